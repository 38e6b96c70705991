/**
 * Test-only helper, run in its own Node process by the end-to-end runner, that
 * prepares store files the UI must cope with. It uses the same StoreService as the
 * app. Usage (passphrase in VERBATIM_PASSPHRASE):
 *   store-fixture backup  <db> <out.vbak>   a real backup of the store
 *   store-fixture too-new <db>              marks the store as written by a newer schema
 */
import { StoreService } from '../../../main/store/store-service';

async function main(): Promise<void> {
  const [command, dbPath, out] = process.argv.slice(2);
  const passphrase = process.env.VERBATIM_PASSPHRASE ?? '';
  if (!command || !dbPath) throw new Error('usage: store-fixture <backup|too-new> <db> [out]');
  const store = new StoreService(dbPath);
  await store.unlock(passphrase);
  try {
    if (command === 'backup') {
      if (!out) throw new Error('backup needs an output file');
      store.backupTo(out, 'Backup made by the end-to-end tests');
    } else if (command === 'too-new') {
      store.requireDb().pragma('user_version = 9999');
    } else {
      throw new Error(`unknown command ${command}`);
    }
  } finally {
    store.lock();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`store-fixture: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
