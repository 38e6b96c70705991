import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openWithPassphrase, sealWithPassphrase } from '../../../main/transfer/envelope';

const PASSPHRASE = 'a long enough bundle passphrase';
const REFUSALS = ['BUNDLE_NOT_A_BUNDLE', 'BUNDLE_TRUNCATED', 'BUNDLE_TAMPERED', 'BUNDLE_VERSION_UNSUPPORTED', 'WRONG_BUNDLE_PASSPHRASE'];

/** Every damaged envelope is refused with one of the envelope's own errors, never opened and never crashing. */
async function expectRefusal(bytes: Buffer): Promise<void> {
  const outcome = await openWithPassphrase(bytes, PASSPHRASE).then(
    () => 'opened',
    (error: { code?: string }) => error.code ?? String(error),
  );
  expect(REFUSALS).toContain(outcome);
}

describe('the envelope against damaged files', () => {
  it('refuses every cut of a file, at any length', async () => {
    const sealed = await sealWithPassphrase(randomBytes(3000), PASSPHRASE);
    for (let i = 0; i < 150; i++) await expectRefusal(sealed.subarray(0, Math.floor(Math.random() * sealed.length)));
  });

  it('refuses a file with any one byte changed, or random bytes', async () => {
    const sealed = await sealWithPassphrase(randomBytes(3000), PASSPHRASE);
    for (let i = 0; i < 12; i++) {
      const damaged = Buffer.from(sealed);
      const at = Math.floor(Math.random() * damaged.length);
      damaged[at] = damaged[at]! ^ (1 + Math.floor(Math.random() * 255));
      await expectRefusal(damaged);
    }
    for (let i = 0; i < 50; i++) await expectRefusal(randomBytes(Math.floor(Math.random() * 500)));
  }, 60_000);
});
