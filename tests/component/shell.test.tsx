import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { failure } from './fake-api';
import { renderApp } from './render-app';
import { expectFocus } from './waits';

describe('main shell', () => {
  it('shows the organisation and the navigation with the current page', async () => {
    const { user } = await renderApp({ state: 'unlocked' });
    expect(screen.getByTestId('organisation-name').textContent).toBe('Healthwatch Westminster');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Capture', 'Stories', 'Review', 'Insight', 'Share', 'Bring in', 'Action plan', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Capture' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 2, name: 'Events' })).toBeTruthy();

    await user.click(within(nav).getByRole('link', { name: 'Action plan' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Action plan' });
    await expectFocus(heading);
    expect(within(nav).getByRole('link', { name: 'Action plan' }).getAttribute('aria-current')).toBe('page');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(window.location.hash).toBe('#/action-plan');
  });

  it('the Lock button calls lockStore and shows the unlock screen', async () => {
    const { api, user } = await renderApp({ state: 'unlocked' });
    await user.click(screen.getByRole('button', { name: /^Lock/ }));
    // Any draft being typed is written first, then the store locks.
    await waitFor(() => expect(api.lockStore).toHaveBeenCalledTimes(1));
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Unlock Verbatim' }));
    expect(screen.getByText('Verbatim is locked.')).toBeTruthy();
  });

  it('Ctrl+L locks', async () => {
    const { api } = await renderApp({ state: 'unlocked' });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    // Any draft being typed is written first, then the store locks.
    await waitFor(() => expect(api.lockStore).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Verbatim' })).toBeTruthy();
  });

  it('stays in the shell and says so when the store does not lock', async () => {
    const { api, user } = await renderApp({ state: 'unlocked' });
    api.lockStore.mockResolvedValueOnce(failure('INTERNAL', 'worker stopped'));
    await user.click(screen.getByRole('button', { name: /^Lock/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verbatim could not lock the store.');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('locks itself after the configured idle time, and activity postpones it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = await renderApp({ state: 'unlocked', autoLockMinutes: 3 });
    await act(async () => {
      vi.advanceTimersByTime(2 * 60_000);
    });
    fireEvent.pointerMove(window);
    await act(async () => {
      vi.advanceTimersByTime(2 * 60_000);
    });
    expect(api.lockStore).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    await waitFor(() => expect(api.lockStore).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Verbatim' })).toBeTruthy();
    expect(screen.getByText('Verbatim locked itself after 3 minutes without activity.')).toBeTruthy();
  });

  it('follows the background check of the store and warns when it finds damage', async () => {
    const { fakeApi: make, installApi: install } = await import('./fake-api');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../renderer/src/app/App');
    const { api } = make({ state: 'unlocked' });
    const base = { state: 'unlocked' as const, path: '/x', organisation: 'Healthwatch Westminster', recoveryKeyConfirmed: true, schemaVersion: 1 };
    api.getStoreStatus
      .mockResolvedValueOnce({ ok: true, value: { ...base, integrity: 'checking', integrityProblem: null } })
      .mockResolvedValue({ ok: true, value: { ...base, integrity: 'damaged', integrityProblem: 'page 7: btree error' } });
    install(api);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Capture' });
    expect(screen.queryByTestId('integrity-damaged')).toBeNull();
    const banner = await screen.findByTestId('integrity-damaged', {}, { timeout: 4000 });
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('The check of the store file found damage.');
    expect(banner.textContent).toContain('page 7: btree error');
  });
});
