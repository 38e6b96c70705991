/**
 * Capture settings kept in the store: the neutral prompts shown to recorders, and
 * the key that encrypts unsaved drafts in the renderer's IndexedDB (so drafts on
 * disk are unreadable until the store is unlocked).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import defaults from '../../resources/capture/prompts.json';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';

const promptsSchema = z.array(z.string());
export const DEFAULT_PROMPTS: readonly string[] = defaults.prompts;

export class CaptureSettings {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  prompts(): string[] {
    this.users.require();
    const stored = readSetting(this.db(), 'capture_prompts');
    const parsed = stored === null ? null : promptsSchema.safeParse(JSON.parse(stored));
    return parsed?.success ? parsed.data : [...DEFAULT_PROMPTS];
  }

  setPrompts(prompts: string[]): string[] {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    db.transaction(() => {
      writeSetting(db, 'capture_prompts', JSON.stringify(prompts));
      appendAudit(db, this.users.actorOf(user), { action: 'settings.prompts', entityType: 'settings', entityId: 'capture_prompts', details: { prompts } });
    })();
    return this.prompts();
  }

  /** 256-bit AES-GCM key for drafts, made once per store, handed only to people who capture (drafts hold original words). */
  draftKey(): string {
    this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    let key = readSetting(db, 'draft_key');
    if (key === null) {
      key = randomBytes(32).toString('base64');
      writeSetting(db, 'draft_key', key);
    }
    return key;
  }
}
