import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { SigningKeyPublic } from '../../../shared/bundles/contract';
import { err, ok, type Result } from '../../../shared/result';
import { ADMIN, VOLUNTEER, fakeApi, installApi } from '../fake-api';

const FINGERPRINT = '3f2a9c1b'.repeat(8);
const PEM = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAexampleexampleexampleexampleexample=\n-----END PUBLIC KEY-----\n';

/** The app on Settings, with getSigningKey answering as given before anything renders. */
async function openSettings(signedIn: string, answer: Result<SigningKeyPublic> = ok({ publicKeyPem: PEM, fingerprint: FINGERPRINT })) {
  const fake = fakeApi({ state: 'unlocked', users: [ADMIN, VOLUNTEER], signedIn });
  fake.api.getSigningKey.mockImplementation(async () => answer);
  installApi(fake.api);
  window.location.hash = '#/settings';
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return { ...fake, user };
}

describe('the signing key in Settings', () => {
  it('shows staff the fingerprint in groups of four, copies it, and shows the public key on request', async () => {
    const { user, api } = await openSettings(ADMIN.id);
    const panel = screen.getByRole('region', { name: 'Signing key' });
    const fingerprint = await within(panel).findByTestId('signing-fingerprint');
    expect(fingerprint.textContent).toBe('3F2A 9C1B '.repeat(8).trim());
    expect(within(panel).getByText(/never only with the bundle/)).toBeTruthy();
    expect(api.getSigningKey).toHaveBeenCalledTimes(1);

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy fingerprint' }));
    expect(writeText).toHaveBeenCalledWith('3F2A 9C1B '.repeat(8).trim());
    expect(await within(panel).findByText('The fingerprint has been copied.')).toBeTruthy();

    await user.click(within(panel).getByText('Show the public key (for your website)'));
    expect(within(panel).getByTestId('signing-public-key').textContent).toBe(PEM);
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const { user } = await openSettings(ADMIN.id);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    await screen.findByTestId('signing-fingerprint');
    await user.click(screen.getByRole('button', { name: 'Copy fingerprint' }));
    expect(await screen.findByText('The fingerprint could not be copied. Select it and copy it by hand.')).toBeTruthy();
  });

  it('explains when the key cannot be shown', async () => {
    await openSettings(ADMIN.id, err('STORE_CORRUPT', 'damaged key'));
    const panel = screen.getByRole('region', { name: 'Signing key' });
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('The signing key could not be shown.');
    expect(within(panel).queryByTestId('signing-fingerprint')).toBeNull();
  });

  it('is not offered to volunteers, and the key is not asked for', async () => {
    const { api } = await openSettings(VOLUNTEER.id);
    expect(screen.queryByRole('region', { name: 'Signing key' })).toBeNull();
    expect(api.getSigningKey).not.toHaveBeenCalled();
  });
});
