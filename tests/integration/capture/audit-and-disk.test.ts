import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, createServices } from '../../../main/core/handlers';
import { verifyAudit } from '../../../main/audit/audit-log';
import { invokeHandler } from '../../../main/ipc/backend';
import { ADMIN_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

describe('the audit trail', () => {
  it('records every change, chained, and verifies', async () => {
    const s = await storeWithPeople();
    const saved = s.stories.save(story());
    s.stories.revise(saved.id, 'Corrected words.', 'typo');
    s.stories.delete(saved.id, 'The person withdrew consent');
    const result = verifyAudit(s.store.requireDb());
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null });
    // 4 people created, then create, revise and delete of the story.
    expect(result.entries).toBe(7);
    const last = s.store.requireDb().prepare('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      details: string;
    };
    expect(last.action).toBe('story.delete');
    // The trail keeps hashes of deleted words, never the words.
    expect(last.details).not.toContain('The receptionist');
  });

  it('refuses updates and deletes outright', async () => {
    const s = await storeWithPeople();
    const db = s.store.requireDb();
    expect(() => db.prepare("UPDATE audit_log SET actor_name = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('finds the first altered, removed or cut-off entry when someone gets round the triggers', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 3; i++) s.stories.save(story());
    const db = s.store.requireDb();
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

    db.prepare("UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 5").run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBrokenSeq: 5, problem: 'entry 5 has been altered' });
    db.prepare("UPDATE audit_log SET actor_name = 'Ada Admin' WHERE seq = 5").run();
    expect(verifyAudit(db).ok).toBe(true);

    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('notices entries cut from the end', async () => {
    const s = await storeWithPeople();
    s.stories.save(story());
    const db = s.store.requireDb();
    db.exec('DROP TRIGGER audit_log_no_delete;');
    db.prepare('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBrokenSeq: 5 });
  });
});

describe('a full disk while saving', () => {
  it('says the story was not saved, keeps the store consistent, and saves once space is free', async () => {
    // A 3 MB file system that is then filled up: SQLite cannot grow the WAL.
    const folder = tempFolder('verbatim-full-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', folder]);
    const services = createServices(join(folder, 'verbatim.db'));
    try {
      await services.store.create(ORGANISATION, PASSPHRASE);
      await services.users.createFirst('Ada Admin', ADMIN_PIN);
      const handlers = createHandlers(services);
      const filler = join(folder, 'filler');
      let size = 1024 * 1024;
      let count = 0;
      // Fill what is left, down to the last few kilobytes.
      while (size >= 4096) {
        try {
          writeFileSync(`${filler}-${count++}`, Buffer.alloc(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      const result = await invokeHandler(handlers, 'saveStory', story({ text: 'x'.repeat(60_000) }));
      expect(result).toMatchObject({ ok: false, code: 'DISK_FULL' });
      expect(result.ok === false && result.message).toMatch(/nothing was saved/);
      execFileSync('sh', ['-c', `rm -f ${filler}-*`]);
      const retry = await invokeHandler(handlers, 'saveStory', story({ text: 'x'.repeat(60_000) }));
      expect(retry).toMatchObject({ ok: true });
      expect(services.stories.list({ scope: 'all', limit: 10 }).items).toHaveLength(1);
    } finally {
      services.store.lock();
      execFileSync('umount', [folder]);
    }
  });
});
