/**
 * The office side of volunteer review packs: staff choose checked stories and a
 * volunteer, and a signed pack goes out holding only the anonymised words (as the
 * in-app volunteer view shows them) under pack references; the volunteer's
 * results come back as suggestions for staff to accept or reject.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { StoryStatus } from '../../shared/capture/vocabulary';
import { MAX_PACK_STORIES, type IssuedPack, type PackCandidate, type PackFile, type PackNoteRow, type ResultsImport } from '../../shared/packs/schemas';
import { ServiceError } from '../../shared/result';
import type { Sentiment } from '../../shared/workbench/schemas';
import { appendAudit } from '../audit/audit-log';
import { checkOutPath } from '../bundles/out-path';
import { readBundleFile } from '../bundles/read-bundle-file';
import { writeSignedBundle } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import type { VolunteerView } from '../review/volunteer-view';
import { PACK_FILE, readResultsFile } from './pack-files';

const packRef = (index: number): string => `S${String(index + 1).padStart(3, '0')}`;

export class PackService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly volunteerView: VolunteerView,
  ) {}

  /** Stories a pack may hold: exactly those whose masks are checked for the current words. */
  candidates(request: { status?: StoryStatus | undefined; limit: number }): PackCandidate[] {
    this.users.require('staff', 'admin');
    const rows = prepared(
      this.db(),
      `SELECT s.id, s.heard_on, s.status, substr(x.text, 1, 200) AS excerpt,
              (SELECT count(*) FROM issued_pack_stories p WHERE p.story_id = s.id) AS in_packs
         FROM stories s JOIN story_redactions x ON x.story_id = s.id AND x.revision = s.current_revision
        WHERE (? IS NULL OR s.status = ?)
        ORDER BY s.created_at DESC, s.id DESC LIMIT ?`,
    ).all(request.status ?? null, request.status ?? null, request.limit) as Array<{
      id: string;
      heard_on: string;
      status: StoryStatus;
      excerpt: string;
      in_packs: number;
    }>;
    return rows.map((r) => ({ id: r.id, heardOn: r.heard_on, status: r.status, excerpt: r.excerpt, inPacks: r.in_packs }));
  }

  async issue(request: { volunteerId: string; storyIds: readonly string[]; outPath: string }): Promise<{ packId: string; stories: number }> {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const ids = [...new Set(request.storyIds)];
    if (ids.length === 0) throw new ServiceError('NOTHING_TO_EXPORT', 'Choose at least one story for the pack.');
    if (ids.length > MAX_PACK_STORIES) throw new ServiceError('INVALID_INPUT', `A pack holds at most ${MAX_PACK_STORIES} stories.`);
    const volunteer = prepared(db, "SELECT id, name FROM users WHERE id = ? AND role = 'volunteer' AND retired_at IS NULL").get(request.volunteerId) as
      | { id: string; name: string }
      | undefined;
    if (!volunteer) throw new ServiceError('NOT_FOUND', 'There is no such volunteer on this store.');
    checkOutPath(request.outPath, '.zip');

    const packId = `pack-${randomBytes(8).toString('hex')}`;
    const issuedAt = new Date().toISOString();
    const stories = ids.map((id, index) => {
      const facts = prepared(db, 'SELECT language, current_revision FROM stories WHERE id = ?').get(id) as
        | { language: string; current_revision: number }
        | undefined;
      const redacted = facts ? this.readable(id) : null;
      if (!facts || !redacted) {
        throw new ServiceError('INVALID_INPUT', `Story ${id} cannot go in a pack: its anonymisation has not been checked for its current words.`);
      }
      return { storyId: id, revision: facts.current_revision, ref: packRef(index), text: redacted.text, language: facts.language, heardMonth: redacted.heardOn.slice(0, 7) };
    });
    const pack: PackFile = {
      packId,
      volunteerName: volunteer.name,
      issuedAt,
      issuedByName: user.name,
      stories: stories.map(({ ref, text, language, heardMonth }) => ({ ref, text, language, heardMonth })),
      codebook: this.codebook(),
    };
    const organisation = readSetting(db, 'organisation') ?? '';
    const key = organisationSigningKey(db, this.users.actorOf(user));
    const { manifestSha256 } = await writeSignedBundle(request.outPath, {
      kind: 'volunteer-pack',
      organisation,
      details: { packId, volunteerName: volunteer.name, issuedAt, issuedByName: user.name, stories: stories.length },
      files: [{ name: PACK_FILE, data: JSON.stringify(pack, null, 2) }],
      key,
    });
    try {
      db.transaction(() => {
        prepared(db, 'INSERT INTO issued_packs (id, volunteer_id, volunteer_name, manifest_sha256, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          packId,
          volunteer.id,
          volunteer.name,
          manifestSha256,
          user.id,
          issuedAt,
        );
        const insert = prepared(db, 'INSERT INTO issued_pack_stories (pack_id, ref, story_id, revision) VALUES (?, ?, ?, ?)');
        for (const story of stories) insert.run(packId, story.ref, story.storyId, story.revision);
        appendAudit(db, this.users.actorOf(user), {
          action: 'pack.issue',
          entityType: 'pack',
          entityId: packId,
          details: { volunteerId: volunteer.id, stories: stories.length, manifestSha256 },
        });
      })();
    } catch (error) {
      // A pack the store has no record of could never have its results imported.
      rmSync(request.outPath, { force: true });
      throw error;
    }
    return { packId, stories: stories.length };
  }

  list(): IssuedPack[] {
    this.users.require('staff', 'admin');
    const rows = prepared(
      this.db(),
      `SELECT p.id, p.volunteer_name, p.issued_at, u.name AS issued_by_name,
              (SELECT count(*) FROM issued_pack_stories s WHERE s.pack_id = p.id) AS stories,
              (SELECT count(*) FROM imported_pack_suggestions i WHERE i.pack_id = p.id) AS suggestions,
              (SELECT count(*) FROM issued_pack_stories s WHERE s.pack_id = p.id AND (s.result_sentiment IS NOT NULL OR s.result_note IS NOT NULL)) AS notes
         FROM issued_packs p JOIN users u ON u.id = p.issued_by ORDER BY p.issued_at DESC LIMIT 500`,
    ).all() as Array<{ id: string; volunteer_name: string; issued_at: string; issued_by_name: string; stories: number; suggestions: number; notes: number }>;
    return rows.map((r) => ({
      id: r.id,
      volunteerName: r.volunteer_name,
      issuedAt: r.issued_at,
      issuedByName: r.issued_by_name,
      stories: r.stories,
      suggestionsImported: r.suggestions,
      notes: r.notes,
    }));
  }

  /** The overall sentiments and notes a volunteer sent back, by story (themes go to Review → Suggestions). */
  notes(packId: string): PackNoteRow[] {
    this.users.require('staff', 'admin');
    const rows = prepared(
      this.db(),
      `SELECT p.ref, p.story_id, substr(r.text, 1, 160) AS excerpt, p.result_sentiment, p.result_note
         FROM issued_pack_stories p JOIN stories s ON s.id = p.story_id
         JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision
        WHERE p.pack_id = ? AND (p.result_sentiment IS NOT NULL OR p.result_note IS NOT NULL) ORDER BY p.ref`,
    ).all(packId) as Array<{ ref: string; story_id: string; excerpt: string; result_sentiment: Sentiment | null; result_note: string | null }>;
    return rows.map((r) => ({ ref: r.ref, storyId: r.story_id, excerpt: r.excerpt, sentiment: r.result_sentiment, note: r.result_note }));
  }

  /**
   * Brings a volunteer's suggestions back as pending suggestions in Review →
   * Suggestions, attributed to the volunteer the pack was issued to. All or nothing;
   * suggestions already brought back are skipped, so a second import changes nothing.
   */
  importResults(path: string): ResultsImport {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const { results, manifestSha256 } = readResultsFile(readBundleFile(path));
    const pack = prepared(db, 'SELECT id, volunteer_id FROM issued_packs WHERE id = ?').get(results.packId) as { id: string; volunteer_id: string } | undefined;
    if (!pack) throw new ServiceError('NOT_FOUND', `This results file is for pack ${results.packId}, which this store did not issue.`);
    const storyOf = new Map(
      (prepared(db, 'SELECT ref, story_id FROM issued_pack_stories WHERE pack_id = ?').all(pack.id) as Array<{ ref: string; story_id: string }>).map((r) => [
        r.ref,
        r.story_id,
      ]),
    );
    for (const story of results.stories) {
      if (!storyOf.has(story.ref)) throw new ServiceError('INVALID_INPUT', `The results file mentions story ${story.ref}, which is not in pack ${pack.id}.`);
      for (const theme of story.themes) {
        if (!prepared(db, 'SELECT 1 FROM codes WHERE id = ?').get(theme.codeId)) {
          throw new ServiceError('INVALID_INPUT', `The results file suggests a theme (${theme.codeId}) for ${story.ref} that is not in this store's codebook.`);
        }
      }
    }
    let added = 0;
    let alreadyImported = 0;
    let notes = 0;
    db.transaction(() => {
      for (const story of results.stories) {
        const storyId = storyOf.get(story.ref)!;
        for (const theme of story.themes) {
          if (prepared(db, 'SELECT 1 FROM imported_pack_suggestions WHERE pack_id = ? AND ref = ? AND code_id = ?').get(pack.id, story.ref, theme.codeId)) {
            alreadyImported += 1;
            continue;
          }
          const { lastInsertRowid } = prepared(
            db,
            'INSERT INTO tag_suggestions (story_id, code_id, sentiment, suggested_by, suggested_at) VALUES (?, ?, ?, ?, ?)',
          ).run(storyId, theme.codeId, theme.sentiment, pack.volunteer_id, theme.suggestedAt);
          prepared(db, 'INSERT INTO imported_pack_suggestions (pack_id, ref, code_id, suggestion_id) VALUES (?, ?, ?, ?)').run(
            pack.id,
            story.ref,
            theme.codeId,
            lastInsertRowid,
          );
          added += 1;
        }
        if (story.sentiment !== null || story.note !== null) {
          prepared(db, 'UPDATE issued_pack_stories SET result_sentiment = ?, result_note = ? WHERE pack_id = ? AND ref = ?').run(
            story.sentiment,
            story.note,
            pack.id,
            story.ref,
          );
          notes += 1;
        }
      }
      appendAudit(db, this.users.actorOf(user), {
        action: 'pack.results.import',
        entityType: 'pack',
        entityId: pack.id,
        details: { added, alreadyImported, manifestSha256 },
      });
    })();
    return { packId: pack.id, volunteerName: results.volunteerName, added, alreadyImported, notes };
  }

  /** The anonymised words as the volunteer view shows them, or null while unchecked. */
  private readable(storyId: string): { text: string; heardOn: string } | null {
    try {
      return this.volunteerView.get(storyId);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  private codebook(): PackFile['codebook'] {
    const rows = prepared(this.db(), 'SELECT id, name, parent_id, retired_at, position FROM codes ORDER BY parent_id IS NOT NULL, position, name').all() as Array<{
      id: string;
      name: string;
      parent_id: string | null;
      retired_at: string | null;
      position: number;
    }>;
    return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, retired: r.retired_at !== null, position: r.position }));
  }
}
