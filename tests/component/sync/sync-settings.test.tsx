import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App';
import { err, ok } from '../../../shared/result';
import type { SyncStatus } from '../../../shared/sync/schemas';
import { ADMIN, VOLUNTEER, fakeApi, installApi } from '../fake-api';

const STATUS: SyncStatus = {
  server: null,
  hasPassword: false,
  intervalMinutes: 15,
  profile: null,
  fieldNumber: null,
  deviceId: '5f1c0e9a7b3d4c2e',
  waiting: 3,
  lastRun: null,
  fieldLaptops: [],
};

async function openSync(signedIn: string, status: SyncStatus = STATUS) {
  const fake = fakeApi({ state: 'unlocked', users: [ADMIN, VOLUNTEER], signedIn });
  fake.api.getSyncStatus.mockImplementation(async () => ok(status));
  installApi(fake.api);
  window.location.hash = '#/settings/sync';
  const user = userEvent.setup();
  render(<App />);
  await screen.findByTestId('sync-settings');
  return { ...fake, user };
}

describe('Settings → Sync', () => {
  it('saves the server with TLS and certificate checks on by default, the password typed as it is', async () => {
    const { user, api } = await openSync(ADMIN.id);
    expect(screen.getByTestId('sync-waiting').textContent).toBe('3 changes');
    expect(screen.getByTestId('sync-last').textContent).toBe('Not synced yet');
    const form = screen.getByTestId('sync-server');
    expect((within(form).getByLabelText('Use an encrypted connection (TLS)') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText("Check the server's certificate") as HTMLInputElement).checked).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Save the server settings' }));
    expect(within(form).getAllByText('Fill this in.')).toHaveLength(3);
    expect(api.saveSyncSettings).not.toHaveBeenCalled();
    api.saveSyncSettings.mockImplementation(async () => ok({ ...STATUS, hasPassword: true }));
    await user.type(within(form).getByLabelText('Server address'), 'db.healthwatch.example');
    await user.type(within(form).getByLabelText('Database'), 'verbatim');
    await user.type(within(form).getByLabelText('User name'), 'office');
    await user.type(within(form).getByLabelText('Password'), ' pass word ');
    await user.click(within(form).getByRole('button', { name: 'Save the server settings' }));
    expect(await within(form).findByText('Saved.')).toBeTruthy();
    expect(api.saveSyncSettings).toHaveBeenCalledWith({
      server: { host: 'db.healthwatch.example', port: 5432, database: 'verbatim', user: 'office', tls: true, verifyCertificate: true, caFile: null },
      password: ' pass word ',
      intervalMinutes: 15,
    });
  });

  it('explains a failed connection test in plain English', async () => {
    const { user, api } = await openSync(ADMIN.id, { ...STATUS, hasPassword: true, server: { host: 'db', port: 5432, database: 'v', user: 'u', tls: true, verifyCertificate: true, caFile: null } });
    api.testSyncConnection.mockImplementation(async () => err('SYNC_TLS', 'certificate'));
    const form = screen.getByTestId('sync-server');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toMatch(/secure connection to the sync server could not be made/);
  });

  it('refuses mistyped sync key words and shows what a volunteer may do', async () => {
    const { user, api } = await openSync(ADMIN.id);
    api.enrolSync.mockImplementation(async () => err('SYNC_WORDS_INVALID', 'no'));
    const panel = screen.getByTestId('sync-key');
    await user.type(within(panel).getByLabelText('Sync key words'), 'ABCDEF-123456');
    await user.click(within(panel).getByRole('button', { name: 'Enrol this laptop' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/not sync key words/);
  });

  it('lets a volunteer sync but not change the server', async () => {
    await openSync(VOLUNTEER.id, { ...STATUS, profile: 'volunteer', waiting: 0 });
    expect(screen.getByTestId('sync-profile').textContent).toMatch(/anonymised, checked stories only/);
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.queryByTestId('sync-server')).toBeNull();
  });
});
