import { screen, within } from '@testing-library/react';
import { PASSPHRASE, STORE_PATH } from './fake-api';
import { renderApp } from './render-app';
import { expectFocus } from './waits';

/** The app, unlocked, opened on Settings (the area comes from the address). */
async function renderSettings() {
  window.location.hash = '#/settings';
  return renderApp({ state: 'unlocked' }, { heading: 'Settings' });
}

describe('settings', () => {
  it('saves the auto-lock minutes', async () => {
    const { api, user, state } = await renderSettings();
    const field = screen.getByLabelText('Lock after this many minutes without activity');
    expect((field as HTMLInputElement).value).toBe('10');
    await user.clear(field);
    await user.type(field, '25');
    await user.click(screen.getByRole('button', { name: 'Save automatic lock' }));
    expect(api.updateSettings).toHaveBeenCalledWith({ autoLockMinutes: 25 });
    expect(await screen.findByText('Verbatim will lock after 25 minutes without activity.')).toBeTruthy();
    expect(state.autoLockMinutes).toBe(25);
  });

  it.each(['0', '481', '2.5', ''])('refuses %j minutes without calling the store', async (text) => {
    const { api, user } = await renderSettings();
    const field = screen.getByLabelText('Lock after this many minutes without activity');
    await user.clear(field);
    if (text) await user.type(field, text);
    await user.click(screen.getByRole('button', { name: 'Save automatic lock' }));
    expect(screen.getByText('Enter a whole number of minutes from 1 to 480.')).toBeTruthy();
    await expectFocus(field);
    expect(api.updateSettings).not.toHaveBeenCalled();
  });

  it('saves the organisation name exactly as typed and shows it in the header', async () => {
    const { api, user } = await renderSettings();
    const field = screen.getByLabelText('Organisation name');
    await user.clear(field);
    await user.type(field, 'Healthwatch Kensington and Chelsea ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(api.updateSettings).toHaveBeenCalledWith({ organisation: 'Healthwatch Kensington and Chelsea ' });
    expect(await screen.findByText('The organisation name has been saved.')).toBeTruthy();
    expect(screen.getByTestId('organisation-name').textContent).toBe('Healthwatch Kensington and Chelsea ');
  });

  it('changes the passphrase after checking the new one', async () => {
    const { api, user } = await renderSettings();
    const panel = screen.getByRole('form', { name: 'Change the passphrase' });
    await user.type(within(panel).getByLabelText('Current passphrase'), PASSPHRASE);
    await user.type(within(panel).getByLabelText('New passphrase'), 'short');
    await user.type(within(panel).getByLabelText('Type the new passphrase again'), 'short');
    await user.click(within(panel).getByRole('button', { name: 'Change passphrase' }));
    expect(within(panel).getByText('The passphrase must be at least 10 characters long.')).toBeTruthy();
    expect(api.changePassphrase).not.toHaveBeenCalled();

    await user.clear(within(panel).getByLabelText('New passphrase'));
    await user.type(within(panel).getByLabelText('New passphrase'), 'seven orange kites at dawn');
    await user.clear(within(panel).getByLabelText('Type the new passphrase again'));
    await user.type(within(panel).getByLabelText('Type the new passphrase again'), 'seven orange kites at dawn');
    await user.click(within(panel).getByRole('button', { name: 'Change passphrase' }));
    expect(api.changePassphrase).toHaveBeenCalledWith({ current: PASSPHRASE, next: 'seven orange kites at dawn' });
    expect(await within(panel).findByText(/The passphrase has been changed/)).toBeTruthy();
  });

  it('explains a wrong current passphrase', async () => {
    const { user } = await renderSettings();
    const panel = screen.getByRole('form', { name: 'Change the passphrase' });
    await user.type(within(panel).getByLabelText('Current passphrase'), 'not it at all');
    await user.type(within(panel).getByLabelText('New passphrase'), 'seven orange kites at dawn');
    await user.type(within(panel).getByLabelText('Type the new passphrase again'), 'seven orange kites at dawn');
    await user.click(within(panel).getByRole('button', { name: 'Change passphrase' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('That passphrase is not right.');
  });

  it('shows where the store file lives', async () => {
    await renderSettings();
    expect(screen.getByTestId('store-path').textContent).toBe(STORE_PATH);
  });

  it('goes to the unlock screen when the store turns out to be locked elsewhere', async () => {
    const { user, state } = await renderSettings();
    state.state = 'locked'; // e.g. locked from another window
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Verbatim' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
