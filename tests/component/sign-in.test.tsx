import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ADMIN, failure, OUTREACH, PASSPHRASE, VOLUNTEER } from './fake-api';
import { renderApp } from './render-app';
import { expectFocus } from './waits';

/** Unlocks and waits for the sign-in screen with its people, whose list arrives after the heading. */
async function unlock(user: UserEvent) {
  await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
  const heading = await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' });
  await screen.findByRole('group', { name: 'Your name' });
  return heading;
}

async function signIn(user: UserEvent, name: string, pin: string) {
  await user.click(screen.getByRole('radio', { name }));
  await user.type(screen.getByLabelText('Your PIN'), `${pin}{Enter}`);
}

describe('who is using Verbatim', () => {
  it('after unlocking, asks who is using Verbatim; each person has their own PIN', async () => {
    const { api, user } = await renderApp({ state: 'locked', users: [ADMIN, OUTREACH] });
    const heading = await unlock(user);
    await expectFocus(heading);
    const people = screen.getByRole('group', { name: 'Your name' });
    expect(within(people).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual([ADMIN.name, OUTREACH.name]);
    expect(within(people).getByText('Outreach worker')).toBeTruthy();
    const pin = screen.getByLabelText('Your PIN');
    expect(pin.getAttribute('type')).toBe('password');
    expect(pin.getAttribute('inputmode')).toBe('numeric');

    await signIn(user, OUTREACH.name, OUTREACH.pin);
    expect(api.signIn).toHaveBeenCalledWith({ userId: OUTREACH.id, pin: OUTREACH.pin });
    expect(await screen.findByRole('heading', { level: 1, name: 'Capture' })).toBeTruthy();
    expect(screen.getByTestId('signed-in-person').textContent).toContain(`${OUTREACH.name}Outreach worker`);
  });

  it('says a wrong PIN plainly, keeps the person chosen and puts the cursor back in an empty PIN field', async () => {
    const { api, user } = await renderApp({ state: 'locked', users: [ADMIN, OUTREACH] });
    await unlock(user);
    await signIn(user, ADMIN.name, '0000');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That PIN is not right. Check it and try again.');
    const pin = screen.getByLabelText('Your PIN') as HTMLInputElement;
    expect(pin.value).toBe('');
    await expectFocus(pin);
    expect(pin.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.getByRole('radio', { name: ADMIN.name })).toHaveProperty('checked', true);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(api.signIn).toHaveBeenCalledWith({ userId: ADMIN.id, pin: '0000' });

    await user.type(pin, `${ADMIN.pin}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Capture' })).toBeTruthy();
  });

  it('asks for a name and a PIN before calling the store', async () => {
    const { api, user } = await renderApp({ state: 'locked' });
    await unlock(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Choose your name.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: ADMIN.name }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your PIN.')).toBeTruthy();
    expect(api.signIn).not.toHaveBeenCalled();
  });

  it('counts down after too many wrong PINs', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, user } = await renderApp({ state: 'locked' }, { advanceTimers: vi.advanceTimersByTime });
    await unlock(user);
    api.signIn.mockResolvedValueOnce(failure('TOO_MANY_ATTEMPTS', 'Too many wrong PINs. Wait 2 seconds.', 2000));
    await signIn(user, ADMIN.name, '1111');
    expect((await screen.findByRole('alert')).textContent).toContain('There have been too many wrong attempts.');
    expect(screen.getByRole('timer').textContent).toBe('You can try again in 2 seconds.');
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => {
      vi.advanceTimersByTime(2000);
    });
    expect(await screen.findByText('You can try again now.')).toBeTruthy();
  });

  it('Switch user signs out and asks again; locking signs out too', async () => {
    const { api, user, state } = await renderApp({ state: 'unlocked', users: [ADMIN, OUTREACH] });
    await user.click(screen.getByRole('button', { name: 'Switch user' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' })).toBeTruthy();
    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(state.signedIn).toBeNull();
    await screen.findByRole('group', { name: 'Your name' });
    await signIn(user, OUTREACH.name, OUTREACH.pin);
    await screen.findByRole('heading', { level: 1, name: 'Capture' });
    await user.click(screen.getByRole('button', { name: /^Lock/ }));
    await screen.findByRole('heading', { level: 1, name: 'Unlock Verbatim' });
    await unlock(user);
    expect(screen.getByRole('radio', { name: OUTREACH.name })).toHaveProperty('checked', false);
  });

  it('a new store asks for its first account, the administrator', async () => {
    const { api, user } = await renderApp({ state: 'unlocked', users: [], signedIn: null }, { heading: 'Create the first account' });
    await user.type(screen.getByLabelText('Your name'), 'Amira Khan');
    await user.type(screen.getByLabelText('Choose a PIN'), '2468');
    await user.type(screen.getByLabelText('Type the PIN again'), '2469');
    await user.click(screen.getByRole('button', { name: 'Create the account and sign in' }));
    expect(screen.getByText('The two PINs are not the same. Type them again.')).toBeTruthy();
    expect(api.createFirstUser).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Type the PIN again'));
    await user.type(screen.getByLabelText('Type the PIN again'), '2468{Enter}');
    expect(api.createFirstUser).toHaveBeenCalledWith({ name: 'Amira Khan', pin: '2468' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Capture' })).toBeTruthy();
  });
});

describe('roles in the navigation', () => {
  it('volunteers see neither Capture nor Stories', async () => {
    await renderApp({ state: 'unlocked', users: [ADMIN, VOLUNTEER], signedIn: VOLUNTEER.id }, { heading: 'Review' });
    const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Review', 'Action plan', 'Settings']);
  });

  it('outreach workers see Capture and Stories but not the administrators\' settings', async () => {
    const { user } = await renderApp({ state: 'unlocked', users: [ADMIN, OUTREACH], signedIn: OUTREACH.id });
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const sections = within(await screen.findByRole('navigation', { name: 'Settings sections' })).getAllByRole('link');
    expect(sections.map((link) => link.textContent)).toEqual(['General', 'My declarations', 'My PIN', 'Sync']);
  });

  it('administrators manage prompts, services, people, the recovery key and sync', async () => {
    const { user } = await renderApp({ state: 'unlocked' });
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const sections = within(await screen.findByRole('navigation', { name: 'Settings sections' })).getAllByRole('link');
    expect(sections.map((link) => link.textContent)).toEqual(['General', 'Capture prompts', 'Services', 'People', 'Register of interests', 'My declarations', 'My PIN', 'Recovery key', 'Sync']);
  });
});

describe('an unconfirmed recovery key', () => {
  it('is flagged in the shell, with a way to make a new key in Settings that is shown once and checked', async () => {
    const { api, user, state } = await renderApp({ state: 'unlocked', recoveryKeyConfirmed: false });
    const banner = screen.getByTestId('recovery-key-banner');
    expect(banner.textContent).toContain('never confirmed as written down');
    await user.click(within(banner).getByRole('link', { name: 'Make a new recovery key in Settings' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Recovery key' })).toBeTruthy();
    expect(window.location.hash).toBe('#/settings/recovery-key');

    await user.type(screen.getByLabelText('Passphrase'), 'not it{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('That passphrase is not right');
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    expect(api.replaceRecoveryKey).toHaveBeenCalledWith({ passphrase: PASSPHRASE });
    const key = await screen.findByRole('list', { name: 'Recovery key' });
    expect(within(key).getAllByRole('listitem')).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expect(screen.queryByRole('list', { name: 'Recovery key' })).toBeNull();
    // The new step's heading takes the focus in the next frame; typing starts after that, as a person's would.
    await expectFocus(screen.getByRole('heading', { level: 3, name: 'Check the new recovery key' }));
    await user.type(screen.getByLabelText('Last group of the recovery key'), '4y48nz{Enter}');
    expect(await screen.findByText(/The new recovery key has been confirmed/)).toBeTruthy();
    expect(state.recoveryKeyConfirmed).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('recovery-key-banner')).toBeNull());
  });
});
