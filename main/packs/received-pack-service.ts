/**
 * The volunteer's side of review packs, on their own Verbatim: import a pack
 * (verified, kept in its own tables, never among `stories`), suggest themes,
 * overall sentiment and a note on each story, and make the results file that
 * goes back to the office, signed by this store's own key.
 */
import type { PackFile, PackStories, ReceivedPack } from '../../shared/packs/schemas';
import type { User } from '../../shared/users/schemas';
import type { Sentiment } from '../../shared/workbench/schemas';
import { ServiceError } from '../../shared/result';
import { checkOutPath } from '../bundles/out-path';
import { readBundleFile } from '../bundles/read-bundle-file';
import { writeSignedBundle } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import { RESULTS_FILE, readPackFile } from './pack-files';

interface PackRow {
  id: string;
  organisation: string;
  key_fingerprint: string;
  volunteer_name: string;
  issued_at: string;
  issued_by_name: string;
  stories: number;
  with_suggestions: number;
}

const PACK_SELECT = `SELECT p.id, p.organisation, p.key_fingerprint, p.volunteer_name, p.issued_at, p.issued_by_name,
       (SELECT count(*) FROM received_pack_stories s WHERE s.pack_id = p.id) AS stories,
       (SELECT count(*) FROM received_pack_stories s WHERE s.pack_id = p.id AND (s.sentiment IS NOT NULL OR s.note IS NOT NULL
          OR EXISTS (SELECT 1 FROM received_pack_suggestions g WHERE g.pack_id = s.pack_id AND g.ref = s.ref))) AS with_suggestions
  FROM received_packs p`;

const toPack = (r: PackRow): ReceivedPack => ({
  id: r.id,
  organisation: r.organisation,
  keyFingerprint: r.key_fingerprint,
  volunteerName: r.volunteer_name,
  issuedAt: r.issued_at,
  issuedByName: r.issued_by_name,
  stories: r.stories,
  storiesWithSuggestions: r.with_suggestions,
});

export class ReceivedPackService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  /** Imports a pack once; importing the same pack again changes nothing and says so. */
  importPack(path: string): { pack: ReceivedPack; alreadyImported: boolean } {
    const user = this.users.require('volunteer');
    const db = this.db();
    const { pack, manifest, manifestSha256 } = readPackFile(readBundleFile(path));
    const stored = db.transaction(() => this.store(pack, { organisation: manifest.organisation, keyFingerprint: manifest.signingKey.fingerprint, sha256: manifestSha256 }, user))();
    return { pack: this.pack(pack.packId), alreadyImported: !stored };
  }

  /**
   * Keeps the anonymised stories a sync brought (a pack's content, checked and
   * authenticated by the sync), inside the sync's own transaction. `source` stands
   * where a bundle's key fingerprint would. Answers false when it was already here.
   */
  storeSynced(pack: PackFile, origin: { organisation: string; source: string; sha256: string }, user: User): boolean {
    return this.store(pack, { organisation: origin.organisation, keyFingerprint: origin.source, sha256: origin.sha256 }, user);
  }

  private store(pack: PackFile, origin: { organisation: string; keyFingerprint: string; sha256: string }, user: User): boolean {
    const db = this.db();
    const known = prepared(db, 'SELECT manifest_sha256 FROM received_packs WHERE id = ?').pluck().get(pack.packId) as string | undefined;
    if (known !== undefined) {
      if (known !== origin.sha256) throw new ServiceError('INVALID_INPUT', `A different pack with the id ${pack.packId} is already here; this one was not imported.`);
      return false;
    }
    const codeIds = new Set(pack.codebook.map((c) => c.id));
    prepared(
      db,
      `INSERT INTO received_packs (id, organisation, key_fingerprint, volunteer_name, issued_at, issued_by_name, manifest_sha256, imported_by, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(pack.packId, origin.organisation, origin.keyFingerprint, pack.volunteerName, pack.issuedAt, pack.issuedByName, origin.sha256, user.id, new Date().toISOString());
    const story = prepared(db, 'INSERT INTO received_pack_stories (pack_id, ref, position, text, language, heard_month) VALUES (?, ?, ?, ?, ?, ?)');
    pack.stories.forEach((s, i) => story.run(pack.packId, s.ref, i, s.text, s.language, s.heardMonth));
    const code = prepared(db, 'INSERT INTO received_pack_codes (pack_id, code_id, parent_id, name, retired, position) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of pack.codebook) code.run(pack.packId, c.id, c.parentId !== null && codeIds.has(c.parentId) ? c.parentId : null, c.name, c.retired ? 1 : 0, c.position);
    return true;
  }

  list(): ReceivedPack[] {
    this.users.require('volunteer');
    return (prepared(this.db(), `${PACK_SELECT} ORDER BY p.imported_at DESC`).all() as PackRow[]).map(toPack);
  }

  stories(packId: string): PackStories {
    this.users.require('volunteer');
    const db = this.db();
    const pack = this.pack(packId);
    const themes = prepared(db, 'SELECT ref, code_id, sentiment FROM received_pack_suggestions WHERE pack_id = ? ORDER BY suggested_at').all(packId) as Array<{
      ref: string;
      code_id: string;
      sentiment: Sentiment | null;
    }>;
    const stories = (
      prepared(db, 'SELECT ref, text, language, heard_month, sentiment, note FROM received_pack_stories WHERE pack_id = ? ORDER BY position').all(packId) as Array<{
        ref: string;
        text: string;
        language: string;
        heard_month: string;
        sentiment: Sentiment | null;
        note: string | null;
      }>
    ).map((s) => ({
      ref: s.ref,
      text: s.text,
      language: s.language,
      heardMonth: s.heard_month,
      sentiment: s.sentiment,
      note: s.note,
      themes: themes.filter((t) => t.ref === s.ref).map((t) => ({ codeId: t.code_id, sentiment: t.sentiment })),
    }));
    const codebook = (
      prepared(db, 'SELECT code_id, parent_id, name, retired FROM received_pack_codes WHERE pack_id = ? ORDER BY parent_id IS NOT NULL, position, name').all(packId) as Array<{
        code_id: string;
        parent_id: string | null;
        name: string;
        retired: number;
      }>
    ).map((c) => ({ id: c.code_id, parentId: c.parent_id, name: c.name, retired: c.retired === 1 }));
    return { pack, stories, codebook };
  }

  /** Replaces what the volunteer suggests for one story: its themes, overall sentiment and note. */
  saveSuggestions(request: {
    packId: string;
    ref: string;
    themes: ReadonlyArray<{ codeId: string; sentiment: Sentiment | null }>;
    sentiment: Sentiment | null;
    note: string | null;
  }): PackStories {
    const user = this.users.require('volunteer');
    const db = this.db();
    if (!prepared(db, 'SELECT 1 FROM received_pack_stories WHERE pack_id = ? AND ref = ?').get(request.packId, request.ref)) {
      throw new ServiceError('NOT_FOUND', `There is no story ${request.ref} in that pack.`);
    }
    const seen = new Set<string>();
    for (const theme of request.themes) {
      if (seen.has(theme.codeId)) throw new ServiceError('INVALID_INPUT', 'The same theme is suggested twice; suggest it once.');
      seen.add(theme.codeId);
      const code = prepared(db, 'SELECT retired FROM received_pack_codes WHERE pack_id = ? AND code_id = ?').get(request.packId, theme.codeId) as
        | { retired: number }
        | undefined;
      if (!code) throw new ServiceError('NOT_FOUND', "That theme is not in the pack's codebook.");
      if (code.retired === 1) throw new ServiceError('INVALID_INPUT', 'That theme has been retired; choose a current one.');
    }
    const note = request.note === null || request.note.trim() === '' ? null : request.note;
    const now = new Date().toISOString();
    db.transaction(() => {
      const kept = new Map(
        (prepared(db, 'SELECT code_id, suggested_at FROM received_pack_suggestions WHERE pack_id = ? AND ref = ?').all(request.packId, request.ref) as Array<{
          code_id: string;
          suggested_at: string;
        }>).map((r) => [r.code_id, r.suggested_at]),
      );
      prepared(db, 'DELETE FROM received_pack_suggestions WHERE pack_id = ? AND ref = ?').run(request.packId, request.ref);
      const insert = prepared(
        db,
        'INSERT INTO received_pack_suggestions (pack_id, ref, code_id, sentiment, suggested_by, suggested_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const theme of request.themes) insert.run(request.packId, request.ref, theme.codeId, theme.sentiment, user.id, kept.get(theme.codeId) ?? now);
      prepared(db, 'UPDATE received_pack_stories SET sentiment = ?, note = ? WHERE pack_id = ? AND ref = ?').run(request.sentiment, note, request.packId, request.ref);
    })();
    return this.stories(request.packId);
  }

  /** Writes the results file: suggestions keyed by pack reference, nothing else. */
  async makeResults(request: { packId: string; outPath: string }): Promise<{ stories: number; themes: number }> {
    const user = this.users.require('volunteer');
    const db = this.db();
    const { pack, stories } = this.stories(request.packId);
    checkOutPath(request.outPath, '.zip');
    const answered = stories.filter((s) => s.themes.length > 0 || s.sentiment !== null || s.note !== null);
    if (answered.length === 0) throw new ServiceError('NOTHING_TO_EXPORT', 'There are no suggestions in this pack yet.');
    const suggestedAt = new Map(
      (prepared(db, 'SELECT ref, code_id, suggested_at FROM received_pack_suggestions WHERE pack_id = ?').all(pack.id) as Array<{
        ref: string;
        code_id: string;
        suggested_at: string;
      }>).map((r) => [`${r.ref} ${r.code_id}`, r.suggested_at]),
    );
    const results = {
      packId: pack.id,
      volunteerName: pack.volunteerName,
      madeAt: new Date().toISOString(),
      stories: answered.map((s) => ({
        ref: s.ref,
        sentiment: s.sentiment,
        note: s.note,
        themes: s.themes.map((t) => ({ codeId: t.codeId, sentiment: t.sentiment, suggestedAt: suggestedAt.get(`${s.ref} ${t.codeId}`)! })),
      })),
    };
    await writeSignedBundle(request.outPath, {
      kind: 'volunteer-results',
      organisation: readSetting(db, 'organisation') ?? '',
      details: { packId: pack.id, volunteerName: pack.volunteerName, madeAt: results.madeAt, stories: answered.length },
      files: [{ name: RESULTS_FILE, data: JSON.stringify(results, null, 2) }],
      key: organisationSigningKey(db, this.users.actorOf(user)),
    });
    return { stories: answered.length, themes: answered.reduce((sum, s) => sum + s.themes.length, 0) };
  }

  private pack(packId: string): ReceivedPack {
    const row = prepared(this.db(), `${PACK_SELECT} WHERE p.id = ?`).get(packId) as PackRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such pack on this laptop.');
    return toPack(row);
  }
}
