/**
 * Opening a transfer file and checking everything in it before anything is
 * written: the envelope, the zip, the manifest and each file's SHA-256, every
 * line against its schema, every revision's SHA-256 recomputed from its words,
 * every field audit entry's hash, and that each reference points at something
 * inside the bundle. Work is done in batches with checkpoints, so the app stays
 * responsive and a cancel is heard.
 */
import { createHash } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { readZip } from '../bundles/zip/zip-reader';
import { entryHash } from '../audit/audit-log';
import type { JobContext } from '../jobs/job-context';
import { BUNDLE_FILES, BUNDLE_TABLES, MANIFEST_FILE, manifestSchema, type BundleRows, type BundleTable, type Manifest } from './bundle-lines';
import { openWithPassphrase } from './envelope';

const BATCH = 500;

export interface TransferBundle {
  manifest: Manifest;
  rows: BundleRows;
  /** SHA-256 of the whole transfer file, as recorded in the audit trail. */
  fileSha256: string;
}

export const invalidBundle = (message: string) => new ServiceError('BUNDLE_INVALID', `${message} Nothing was imported.`);
const tampered = (message: string) => new ServiceError('BUNDLE_TAMPERED', `The transfer file has been damaged or altered: ${message}. Nothing was imported.`);
const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function readManifest(files: Map<string, Buffer>): Manifest {
  const bytes = files.get(MANIFEST_FILE);
  if (!bytes) throw new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This file has no transfer manifest, so it is not a Verbatim transfer file.');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw tampered('its manifest is not readable');
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version !== 1) {
    throw new ServiceError('BUNDLE_VERSION_UNSUPPORTED', `The transfer file's contents use format version ${version}, which this version of Verbatim cannot read.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw tampered('its manifest is not in the expected form');
  const manifest = parsed.data;
  const expected = new Set([MANIFEST_FILE, ...BUNDLE_TABLES.map((table) => BUNDLE_FILES[table].file)]);
  for (const name of files.keys()) if (!expected.has(name)) throw tampered(`it holds an unexpected file "${name}"`);
  for (const table of BUNDLE_TABLES) {
    const name = BUNDLE_FILES[table].file;
    const data = files.get(name);
    const listed = manifest.files[name];
    if (!data || !listed) throw tampered(`"${name}" is missing`);
    if (listed.bytes !== data.length || listed.sha256 !== sha256Of(data)) throw tampered(`"${name}" does not match its fingerprint in the manifest`);
  }
  return manifest;
}

async function parseLines(table: BundleTable, bytes: Buffer, context: JobContext): Promise<unknown[]> {
  const { file, schema } = BUNDLE_FILES[table];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidBundle(`${file} in the transfer file is not valid UTF-8 text.`);
  }
  if (text.length > 0 && !text.endsWith('\n')) throw invalidBundle(`${file} in the transfer file does not end with a complete line.`);
  const lines = text.length ? text.slice(0, -1).split('\n') : [];
  const rows: unknown[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(lines[index]!);
    } catch {
      throw invalidBundle(`Line ${lineNumber} of ${file} in the transfer file is not valid JSON.`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw invalidBundle(`Line ${lineNumber} of ${file} in the transfer file is not valid (${issue.path.join('.') || 'the line'}: ${issue.message}).`);
    }
    rows.push(parsed.data);
    if (lineNumber % BATCH === 0) await context.checkpoint();
  }
  return rows;
}

function requireUnique<T>(items: T[], keyOf: (item: T) => string, what: string): Set<string> {
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) throw invalidBundle(`The transfer file lists ${what} "${key}" twice.`);
    seen.add(key);
  }
  return seen;
}

/** Every reference resolves inside the bundle, and the words are what their fingerprints say. */
async function checkContents(rows: BundleRows, context: JobContext): Promise<void> {
  const users = requireUnique(rows.users, (u) => u.id, 'the person');
  const services = requireUnique(rows.services, (s) => s.id, 'the service');
  const events = requireUnique(rows.events, (e) => e.id, 'the event');
  const codes = requireUnique(rows.codes, (c) => c.id, 'the code');
  const stories = requireUnique(rows.stories, (s) => s.id, 'the story');
  const need = (set: Set<string>, value: string | null, what: string) => {
    if (value !== null && !set.has(value)) throw invalidBundle(`The transfer file refers to ${what} "${value}" that it does not hold.`);
  };
  for (const event of rows.events) need(users, event.created_by, 'the person');
  for (const code of rows.codes) need(codes, code.parent_id, 'the code');

  const revisionCounts = new Map<string, number>();
  for (let index = 0; index < rows.revisions.length; index += 1) {
    const revision = rows.revisions[index]!;
    need(stories, revision.story_id, 'the story');
    need(users, revision.revised_by, 'the person');
    const count = (revisionCounts.get(revision.story_id) ?? 0) + 1;
    if (revision.revision !== count) throw invalidBundle(`Story "${revision.story_id}" in the transfer file has its revisions out of order or missing (revision ${revision.revision}).`);
    revisionCounts.set(revision.story_id, count);
    if (sha256Of(revision.text) !== revision.sha256) {
      throw tampered(`revision ${revision.revision} of story "${revision.story_id}" does not match its fingerprint`);
    }
    if ((index + 1) % BATCH === 0) await context.checkpoint();
  }
  for (const story of rows.stories) {
    need(users, story.recorded_by, 'the person');
    need(events, story.event_id, 'the event');
    const count = revisionCounts.get(story.id) ?? 0;
    if (count === 0 || story.current_revision > count) throw invalidBundle(`Story "${story.id}" in the transfer file is missing some of its words.`);
  }
  for (const link of rows.storyServices) {
    need(stories, link.story_id, 'the story');
    need(services, link.service_id, 'the service');
  }
  requireUnique(rows.storyServices, (l) => `${l.story_id} ${l.service_id}`, 'the story service');
  for (const table of ['contacts', 'equality', 'redactions', 'maskChecks'] as const) {
    for (const row of rows[table]) need(stories, row.story_id, 'the story');
    requireUnique<{ story_id: string }>(rows[table], (r) => r.story_id, `the ${BUNDLE_FILES[table].file} line for story`);
  }
  for (const tag of rows.tags) {
    need(stories, tag.story_id, 'the story');
    need(codes, tag.code_id, 'the code');
    need(users, tag.tagged_by, 'the person');
  }
  for (const mask of rows.masks) need(stories, mask.story_id, 'the story');
  for (const check of rows.maskChecks) need(users, check.checked_by, 'the person');
  requireUnique(rows.audit, (a) => String(a.seq), 'the audit entry');
  for (const entry of rows.audit) {
    const { hash, ...rest } = entry;
    if (entryHash(rest) !== hash) throw tampered(`audit entry ${entry.seq} does not match its hash`);
  }
}

/** Decrypts, unpacks and checks a transfer file; throws a specific ServiceError for anything wrong. */
export async function readTransferBundle(file: Uint8Array, passphrase: string, context: JobContext): Promise<TransferBundle> {
  context.progress(0, null, 'opening');
  const zip = await openWithPassphrase(file, passphrase);
  await context.checkpoint();
  return readTransferContents(zip, sha256Of(file), context);
}

/** Unpacks and checks the zip inside a transfer file (or a sync batch), already decrypted. */
export async function readTransferContents(zip: Buffer, fileSha256: string, context: JobContext): Promise<TransferBundle> {
  const files = readZip(zip, { maxEntries: BUNDLE_TABLES.length + 1 });
  const manifest = readManifest(files);
  await context.checkpoint();
  context.progress(0, null, 'checking');
  const rows = {} as Record<BundleTable, unknown[]>;
  for (const table of BUNDLE_TABLES) rows[table] = await parseLines(table, files.get(BUNDLE_FILES[table].file)!, context);
  const typed = rows as BundleRows;
  for (const table of BUNDLE_TABLES) {
    if (manifest.counts[table] !== undefined && manifest.counts[table] !== typed[table].length) {
      throw tampered(`${BUNDLE_FILES[table].file} does not hold the number of lines its manifest says`);
    }
  }
  await checkContents(typed, context);
  return { manifest, rows: typed, fileSha256 };
}
