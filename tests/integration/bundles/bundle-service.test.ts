import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/core/handlers';
import { storeWithPeople } from '../../helpers/capture';
import { refusal } from '../../unit/bundles/expect-refusal';

describe('bundle IPC: signing key and defaults', () => {
  it('shows staff and admins the same public key every time, and refuses volunteers and outreach workers', async () => {
    const services = await storeWithPeople();
    const handlers = createHandlers(services);
    const asAdmin = await handlers.getSigningKey({});
    expect(asAdmin.fingerprint).toMatch(/^[0-9a-f]{64}$/u);
    expect(asAdmin.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(asAdmin).not.toHaveProperty('privateKey');

    await services.users.signIn(services.staffId, '8642');
    expect(await handlers.getSigningKey({})).toEqual(asAdmin);

    for (const [id, pin] of [[services.volunteerId, '9753'], [services.outreachId, '1357']] as const) {
      await services.users.signIn(id, pin);
      expect(refusal(() => services.bundles.signingKey()).code).toBe('FORBIDDEN');
    }
  });

  it('offers "Verbatim exports" beside the store to anyone signed in, without making it', async () => {
    const services = await storeWithPeople();
    await services.users.signIn(services.volunteerId, '9753');
    const { exportsFolder } = await createHandlers(services).getBundleDefaults({});
    expect(exportsFolder).toBe(join(dirname(services.dbPath), 'Verbatim exports'));
    expect(existsSync(exportsFolder)).toBe(false);
    services.users.signOut();
    expect(refusal(() => services.bundles.defaults()).code).toBe('NOT_SIGNED_IN');
  });
});
