/** Organisation-wide settings kept inside the encrypted store. */
import type { Settings } from '../../shared/store/schemas';
import type { StoreService } from '../store/store-service';
import { readSetting, writeSetting } from '../store/settings-table';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export class SettingsService {
  constructor(private readonly store: StoreService) {}

  get(): Settings {
    const db = this.store.requireDb();
    const minutes = Number(readSetting(db, 'auto_lock_minutes') ?? DEFAULT_AUTO_LOCK_MINUTES);
    return {
      organisation: readSetting(db, 'organisation') ?? '',
      autoLockMinutes: Number.isInteger(minutes) && minutes > 0 ? minutes : DEFAULT_AUTO_LOCK_MINUTES,
    };
  }

  update(changes: Partial<Settings>): Settings {
    const db = this.store.requireDb();
    db.transaction(() => {
      if (changes.organisation !== undefined) writeSetting(db, 'organisation', changes.organisation);
      if (changes.autoLockMinutes !== undefined) writeSetting(db, 'auto_lock_minutes', String(changes.autoLockMinutes));
    })();
    return this.get();
  }
}
