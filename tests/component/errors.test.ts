import { ERROR_CODES } from '../../shared/result';
import { api, messageFor, toApiError } from '../../renderer/src/api/client';
import errors from '../../renderer/src/i18n/locales/en/errors.json';
import { failure, fakeApi, installApi } from './fake-api';

describe('error messages', () => {
  it.each(ERROR_CODES)('%s has a plain-English message', (code) => {
    const english = (errors as Record<string, string | undefined>)[code] ?? '';
    expect(english.length).toBeGreaterThan(15);
    expect(messageFor(code)).toBe(english);
    expect(messageFor(code)).not.toContain(code);
    expect(messageFor(code)).toMatch(/^[A-Z].*\.$/);
  });

  it('every code has its own message', () => {
    const messages = ERROR_CODES.map((code) => messageFor(code));
    expect(new Set(messages).size).toBe(ERROR_CODES.length);
  });

  it('keeps the service message as detail and the wait for TOO_MANY_ATTEMPTS', () => {
    const error = toApiError('TOO_MANY_ATTEMPTS', 'Wait 4 seconds.', 4000);
    expect(error).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: messageFor('TOO_MANY_ATTEMPTS'), detail: 'Wait 4 seconds.', retryAfterMs: 4000 });
  });

  it('treats a code it does not know as an internal error in plain English', () => {
    const error = toApiError('SOMETHING_NEW', 'raw');
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Verbatim received an answer it did not understand. Nothing was changed.');
    expect(error.detail).toBe('raw');
  });
});

describe('api client', () => {
  it('passes requests through and turns failures into English', async () => {
    const { api: fake } = fakeApi({ state: 'locked' });
    fake.unlockStore.mockResolvedValueOnce(failure('WRONG_PASSPHRASE', 'service words'));
    installApi(fake);
    const answer = await api.unlockStore({ passphrase: ' exactly as typed ' });
    expect(fake.unlockStore).toHaveBeenCalledWith({ passphrase: ' exactly as typed ' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: messageFor('WRONG_PASSPHRASE'), detail: 'service words' },
    });
  });

  it('answers with an error, not an exception, when there is no bridge or the bridge throws', async () => {
    const none = await api.getStoreStatus({});
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.code).toBe('INTERNAL');

    const { api: fake } = fakeApi();
    fake.getStoreStatus.mockRejectedValueOnce(new Error('connection refused'));
    installApi(fake);
    const thrown = await api.getStoreStatus({});
    expect(thrown).toEqual({ ok: false, error: { code: 'INTERNAL', message: messageFor('INTERNAL'), detail: 'connection refused' } });
  });
});
