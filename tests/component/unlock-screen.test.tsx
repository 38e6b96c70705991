import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Mock } from 'vitest';
import { messageFor } from '../../renderer/src/api/client';
import { failure, PASSPHRASE, RECOVERY_KEY, type FakeApi } from './fake-api';
import { renderApp } from './render-app';
import { deferred, expectFocus } from './waits';

/** The fake store answers as usual, once `ready` settles. */
function holdUntil<Request, Answer>(fake: Mock<(request: Request) => Promise<Answer>>, ready: Promise<void>): void {
  const answer = fake.getMockImplementation()!;
  fake.mockImplementationOnce(async (request) => {
    await ready;
    return answer(request);
  });
}

describe('unlock screen', () => {
  it('shows the plain-English message for a wrong passphrase and stays locked', async () => {
    const { api, user } = await renderApp({ state: 'locked' });
    const input = screen.getByLabelText('Passphrase');
    expect(input.getAttribute('type')).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    await user.type(input, 'not the passphrase{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That passphrase is not right. Check that Caps Lock is off and try again.');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    await expectFocus(input);
    expect(screen.getByRole('heading', { level: 1, name: 'Unlock Verbatim' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(api.unlockStore).toHaveBeenCalledWith({ passphrase: 'not the passphrase' });
  });

  it('asks for a passphrase before calling the store', async () => {
    const { api, user } = await renderApp({ state: 'locked' });
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter the passphrase.')).toBeTruthy();
    expect(api.unlockStore).not.toHaveBeenCalled();
  });

  it('counts down the wait after too many attempts and refuses to try meanwhile', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, user } = await renderApp({ state: 'locked' }, { advanceTimers: vi.advanceTimersByTime });
    api.unlockStore.mockResolvedValueOnce(failure('TOO_MANY_ATTEMPTS', 'Too many wrong attempts. Wait 3 seconds before trying again.', 3000));
    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(messageFor('TOO_MANY_ATTEMPTS'));
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('You can try again in 3 seconds.');
    const button = screen.getByRole('button', { name: 'Unlock' });
    expect(button.getAttribute('aria-disabled')).toBe('true');

    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('timer').textContent).toBe('You can try again in 2 seconds.');
    await user.click(button);
    expect(api.unlockStore).toHaveBeenCalledTimes(1);

    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('timer').textContent).toBe('You can try again in 1 second.');
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('You can try again now.')).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBeNull();

    await user.click(button);
    expect(api.unlockStore).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' })).toBeTruthy();
  });

  it.each([
    [
      'unlocking with the passphrase',
      (api: FakeApi, ready: Promise<void>) => holdUntil(api.unlockStore, ready),
      async (user: UserEvent): Promise<string> => {
        await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
        return 'Unlocking…';
      },
    ],
    [
      'opening with the recovery key',
      (api: FakeApi, ready: Promise<void>) => holdUntil(api.recoverStore, ready),
      async (user: UserEvent): Promise<string> => {
        await user.click(screen.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }));
        await user.type(await screen.findByLabelText('Recovery key'), RECOVERY_KEY);
        await user.type(screen.getByLabelText('New passphrase'), 'seven orange kites at dawn');
        await user.type(screen.getByLabelText('Type the new passphrase again'), 'seven orange kites at dawn{Enter}');
        return 'Checking the recovery key…';
      },
    ],
  ] as const)('explains, after a few seconds of %s, why it is taking long, and opens when the store answers', async (_, hold, open) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, user } = await renderApp({ state: 'locked' }, { advanceTimers: vi.advanceTimersByTime });
    const storeReady = deferred<void>();
    hold(api, storeReady.promise);
    const working = await open(user);
    expect(await screen.findByRole('button', { name: working })).toBeTruthy();
    const explanation = /Still unlocking\. The first time after Verbatim has been updated, it backs up the store/;

    await act(async () => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.queryByText(explanation)).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(1500);
    });
    expect((await screen.findByText(explanation)).closest('[role="status"]')).toBeTruthy();

    storeReady.resolve();
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' })).toBeTruthy();
    expect(screen.queryByText(explanation)).toBeNull();
  });

  it.each([
    ['STORE_CORRUPT', true],
    ['STORE_KEYS_MISSING', true],
    ['STORE_TOO_NEW', false],
  ] as const)('explains %s and offers a restore only where it helps', async (code, offered) => {
    const { api, user } = await renderApp({ state: 'locked' });
    api.unlockStore.mockResolvedValueOnce(failure(code, 'service detail'));
    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(messageFor(code));
    expect(screen.queryByRole('button', { name: 'Restore from a backup' }) !== null).toBe(offered);
  });

  it('restores a chosen backup with its passphrase', async () => {
    const { api, user, state } = await renderApp({ state: 'locked' });
    api.unlockStore.mockResolvedValueOnce(failure('STORE_CORRUPT', 'The store file is damaged.'));
    api.listBackups.mockResolvedValue({
      ok: true,
      value: [{ name: 'before-schema-2.vbak', createdAt: '2026-03-03T14:05:00.000Z', sizeBytes: 1_250_000, reason: 'Automatic backup before upgrading from schema 1' }],
    });
    api.restoreBackup.mockImplementation(async () => {
      state.state = 'unlocked';
      return {
        ok: true as const,
        value: {
          state: 'unlocked' as const,
          path: '/x',
          organisation: state.organisation,
          recoveryKeyConfirmed: true,
          schemaVersion: 1,
          integrity: 'checking' as const,
          integrityProblem: null,
        },
      };
    });
    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeTruthy();
    const choice = await screen.findByRole('radio', { name: /3 March 2026/ });
    expect(screen.getByText('Automatic backup before upgrading from schema 1. 1.3 MB.')).toBeTruthy();
    await user.click(choice);
    await user.type(screen.getByLabelText('Passphrase for this backup'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(api.restoreBackup).toHaveBeenCalledWith({ name: 'before-schema-2.vbak', passphrase: PASSPHRASE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' })).toBeTruthy();
  });

  it('recovers with the recovery key and a new passphrase typed twice', async () => {
    const { api, user } = await renderApp({ state: 'locked' });
    await user.click(screen.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }));
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Use the recovery key' }));

    await user.type(screen.getByLabelText('Recovery key'), RECOVERY_KEY.toLowerCase());
    await user.type(screen.getByLabelText('New passphrase'), 'seven orange kites at dawn');
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'seven orange kites at dusk');
    await user.click(screen.getByRole('button', { name: 'Unlock and set the new passphrase' }));
    expect(screen.getByText('The two passphrases are not the same. Type them again.')).toBeTruthy();
    expect(api.recoverStore).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Type the new passphrase again'));
    await user.type(screen.getByLabelText('Type the new passphrase again'), 'seven orange kites at dawn');
    await user.click(screen.getByRole('button', { name: 'Unlock and set the new passphrase' }));
    expect(api.recoverStore).toHaveBeenCalledWith({ recoveryKey: RECOVERY_KEY.toLowerCase(), newPassphrase: 'seven orange kites at dawn' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' })).toBeTruthy();
  });
});
