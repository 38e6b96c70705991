import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditFor, verifyAudit } from '../../../main/audit/audit-log';
import { organisationSigningKey } from '../../../main/bundles/signing-key';
import { writeSetting } from '../../../main/store/settings-table';
import { storeWithPeople } from '../../helpers/capture';
import { PASSPHRASE } from '../../helpers/temp-store';
import { expectRefused } from '../../unit/bundles/expect-refusal';

describe('organisationSigningKey', () => {
  it('is made once per store, recorded in the audit trail, and the same on every later call', async () => {
    const services = await storeWithPeople();
    const db = services.store.requireDb();
    const first = organisationSigningKey(db, { id: services.adminId, name: 'Ada Admin' });
    const again = organisationSigningKey(db);
    expect(again.publicKeyPem).toBe(first.publicKeyPem);
    expect(again.fingerprint).toBe(first.fingerprint);
    const signature = sign(null, Buffer.from('manifest'), again.privateKey);
    expect(verify(null, Buffer.from('manifest'), createPublicKey(first.publicKeyPem), signature)).toBe(true);

    const der = createPublicKey(first.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(first.fingerprint).toBe(createHash('sha256').update(der).digest('hex'));

    const entries = auditFor(db, 'signing-key', first.fingerprint);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'settings.signing-key', actorName: 'Ada Admin', details: { algorithm: 'Ed25519' } });
    expect(verifyAudit(db).ok).toBe(true);
  });

  it('keeps the key across locking and unlocking the store', async () => {
    const services = await storeWithPeople();
    const before = organisationSigningKey(services.store.requireDb()).fingerprint;
    services.store.lock();
    await services.store.unlock(PASSPHRASE);
    expect(organisationSigningKey(services.store.requireDb()).fingerprint).toBe(before);
  });

  it('says so when the stored key is damaged', async () => {
    const services = await storeWithPeople();
    const db = services.store.requireDb();
    writeSetting(db, 'signing_key', '-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n');
    expectRefused(() => organisationSigningKey(db), 'STORE_CORRUPT', /signing key/);
  });
});
