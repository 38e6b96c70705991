import { screen, within } from '@testing-library/react';
import { PASSPHRASE, RECOVERY_KEY } from './fake-api';
import { renderApp } from './render-app';
import { expectFocus } from './waits';

const fill = async (user: Awaited<ReturnType<typeof renderApp>>['user'], label: string | RegExp, text: string) => {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  if (text) await user.type(input, text);
};

describe('first-run setup', () => {
  it('starts on the setup screen with its heading focused', async () => {
    await renderApp({ state: 'absent' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Set up Verbatim' });
    await expectFocus(heading);
    expect(document.title).toBe('Set up – Verbatim');
  });

  it('refuses mismatched passphrases, with the error linked to the field and focus on it', async () => {
    const { api, user } = await renderApp({ state: 'absent' });
    await fill(user, 'Organisation name', 'Healthwatch Westminster');
    await fill(user, 'New passphrase', PASSPHRASE);
    await fill(user, 'Type the new passphrase again', `${PASSPHRASE}!`);
    await user.click(screen.getByRole('button', { name: 'Create the encrypted store' }));

    const error = screen.getByText('The two passphrases are not the same. Type them again.');
    expect(error.getAttribute('role')).toBe('alert');
    const confirm = screen.getByLabelText('Type the new passphrase again');
    expect(confirm.getAttribute('aria-describedby')).toContain(error.id);
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    await expectFocus(confirm);
    expect(api.createStore).not.toHaveBeenCalled();
  });

  it('refuses a passphrase shorter than 10 characters and a blank organisation', async () => {
    const { api, user } = await renderApp({ state: 'absent' });
    await fill(user, 'Organisation name', '   ');
    await fill(user, 'New passphrase', 'nine char');
    await fill(user, 'Type the new passphrase again', 'nine char');
    await user.click(screen.getByRole('button', { name: 'Create the encrypted store' }));
    expect(screen.getByText('Enter the name of your organisation.')).toBeTruthy();
    expect(screen.getByText('The passphrase must be at least 10 characters long.')).toBeTruthy();
    await expectFocus(screen.getByLabelText('Organisation name'));
    expect(api.createStore).not.toHaveBeenCalled();
  });

  it('gives a live strength hint', async () => {
    const { user } = await renderApp({ state: 'absent' });
    const input = screen.getByLabelText('New passphrase');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('strength'))!)!;
    expect(hint.getAttribute('aria-live')).toBe('polite');
    await user.type(input, 'abc');
    expect(hint.textContent).toBe('Strength: too short. 7 more characters needed.');
    await user.type(input, ' harbour lantern 42');
    expect(hint.textContent).toBe('Strength: strong.');
  });

  it('creates the store with the name exactly as typed, shows the key once and checks its last group', async () => {
    const { api, user } = await renderApp({ state: 'absent' });
    const passphraseInput = screen.getByLabelText('New passphrase');
    expect(passphraseInput.getAttribute('type')).toBe('password');
    expect(passphraseInput.getAttribute('autocomplete')).toBe('new-password');
    const organisation = screen.getByLabelText('Organisation name');
    expect(organisation.getAttribute('spellcheck')).toBe('false');
    expect(organisation.getAttribute('autocorrect')).toBe('off');
    expect(organisation.getAttribute('autocapitalize')).toBe('off');

    await fill(user, 'Organisation name', ' Healthwatch  Westminster ');
    await fill(user, 'New passphrase', PASSPHRASE);
    await fill(user, 'Type the new passphrase again', PASSPHRASE);
    await user.keyboard('{Enter}');

    expect(api.createStore).toHaveBeenCalledWith({ organisation: ' Healthwatch  Westminster ', passphrase: PASSPHRASE });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Write down your recovery key' });
    await expectFocus(heading);
    const key = screen.getByRole('list', { name: 'Recovery key' });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent?.slice(1))).toEqual(RECOVERY_KEY.split('-'));
    expect(screen.getByText(/It is shown only this once/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your recovery key' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Recovery key' })).toBeNull();

    // An empty answer and a wrong group are refused; the app does not open.
    await user.click(screen.getByRole('button', { name: 'Confirm and open Verbatim' }));
    expect(screen.getByText('Type the last group of the recovery key.')).toBeTruthy();
    await fill(user, 'Last group of the recovery key', 'TM7HAV');
    await user.click(screen.getByRole('button', { name: 'Confirm and open Verbatim' }));
    expect(screen.getByRole('alert').textContent).toContain('That is not the last group of the key.');
    expect(api.getSettings).not.toHaveBeenCalled();

    // Going back shows the key again.
    await user.click(screen.getByRole('button', { name: 'Show the key again' }));
    expect(await screen.findByRole('list', { name: 'Recovery key' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));

    await fill(user, 'Last group of the recovery key', '4y48nz');
    await user.click(screen.getByRole('button', { name: 'Confirm and open Verbatim' }));
    // The store is told that the key was written down, then the first account is made.
    expect(await screen.findByRole('heading', { level: 1, name: 'Create the first account' })).toBeTruthy();
    expect(api.confirmRecoveryKey).toHaveBeenCalledTimes(1);
    await fill(user, 'Your name', ' Amira  Khan');
    await fill(user, 'Choose a PIN', '2468');
    await fill(user, 'Type the PIN again', '2468');
    await user.click(screen.getByRole('button', { name: 'Create the account and sign in' }));
    expect(api.createFirstUser).toHaveBeenCalledWith({ name: ' Amira  Khan', pin: '2468' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Capture' })).toBeTruthy();
    expect(screen.getByTestId('organisation-name').textContent).toBe(' Healthwatch  Westminster ');
    expect(screen.getByTestId('signed-in-person').textContent).toContain(' Amira  Khan');
  });

  it('stays on the key check, and says why, when the store cannot record the confirmation', async () => {
    const { api, user } = await renderApp({ state: 'absent' });
    api.confirmRecoveryKey.mockResolvedValueOnce({ ok: false, code: 'DISK_FULL', message: 'No space left on device' });
    await fill(user, 'Organisation name', 'Healthwatch Westminster');
    await fill(user, 'New passphrase', PASSPHRASE);
    await fill(user, 'Type the new passphrase again', PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create the encrypted store' }));
    await user.click(await screen.findByRole('button', { name: 'I have written it down' }));
    await fill(user, 'Last group of the recovery key', '4Y48NZ');
    await user.click(screen.getByRole('button', { name: 'Confirm and open Verbatim' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full');
    expect(screen.getByRole('heading', { level: 1, name: 'Check your recovery key' })).toBeTruthy();
  });

  it('shows a service refusal in plain English', async () => {
    const { api, user } = await renderApp({ state: 'absent' });
    api.createStore.mockResolvedValueOnce({ ok: false, code: 'FOLDER_READ_ONLY', message: 'Verbatim cannot write to /x' });
    await fill(user, 'Organisation name', 'Healthwatch Westminster');
    await fill(user, 'New passphrase', PASSPHRASE);
    await fill(user, 'Type the new passphrase again', PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create the encrypted store' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verbatim cannot write to the folder where the store lives.');
    expect(alert.textContent).toContain('Verbatim cannot write to /x');
  });
});
