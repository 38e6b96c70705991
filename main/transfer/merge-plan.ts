/**
 * Deciding, without writing anything, what importing a transfer file would do to
 * each story: new, unchanged, updated (the field only added to it) or
 * conflicting (changed on both sides). The same plan is shown as the preview and
 * then written by merge-apply.
 *
 * Words: a field revision is already known here when this store has the same
 * revision number with the same SHA-256, or took it in earlier under another
 * number (story_revision_origins). Unknown revisions that simply follow this
 * store's latest are appended as they are; otherwise they are appended under new
 * numbers and the story is flagged. Fields (consent, contact, status...): the
 * field's values are compared with what they were at the last import from that
 * laptop (story_transfer_bases), so a change made only on one side is taken and
 * a change made on both sides is flagged.
 */
import type { ConflictField } from '../../shared/transfer/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { BundleRows, RevisionLine, StoryLine, TagLine } from './bundle-lines';
import type { TransferBundle } from './bundle-reader';
import { groupByStory } from './by-story';
import { planReferences, type ReferencePlan } from './merge-references';
import { readOfficeStories, type OfficeStory } from './merge-office';
import { differingFields, fieldsSha256, pickColumns, type StoryFields } from './story-fields';

const BATCH = 500;

type Row<T extends keyof BundleRows> = BundleRows[T][number];

/** Everything the bundle holds about one story. */
export interface FieldStory {
  story: StoryLine;
  revisions: RevisionLine[];
  fields: StoryFields;
  contact: Row<'contacts'> | undefined;
  tags: TagLine[];
  masks: Row<'masks'>[];
  maskCheck: Row<'maskChecks'> | undefined;
  redaction: Row<'redactions'> | undefined;
}

export interface AppendedRevision {
  line: RevisionLine;
  /** The number it gets here. */
  revision: number;
  /** Set when the revision is appended as a conflict (under a new number). */
  conflictWith: number | null;
}

/** `deleted`: deleted on this laptop (perhaps at the person's request), so never brought back. */
export type StoryOutcome = 'new' | 'unchanged' | 'updated' | 'conflicting' | 'deleted';

export interface StoryPlan {
  outcome: StoryOutcome;
  field: FieldStory;
  fieldsSha256: string;
  /** What to do with an existing story (absent for new ones). */
  existing?: {
    seq: number;
    append: AppendedRevision[];
    /** The new current revision after a fast-forward, or null to leave it. */
    newCurrent: number | null;
    applyFields: boolean;
    fieldsConflict: ConflictField[] | null;
    wordsConflict: { officeRevision: number; fieldRevision: number } | null;
    /** Field revision number → the number it has here, for passage tags. */
    revisionMap: Map<number, number>;
    tagsToAdd: TagLine[];
    baseChanged: boolean;
  };
}

export interface MergePlan {
  device: string;
  /** The store's audit head when the plan was made: a change since means planning again. */
  auditHead: string | null;
  references: ReferencePlan;
  stories: StoryPlan[];
  counts: Record<StoryOutcome, number>;
}

function fieldStories(rows: BundleRows, references: ReferencePlan): FieldStory[] {
  const revisions = groupByStory(rows.revisions);
  const services = groupByStory(rows.storyServices);
  const tags = groupByStory(rows.tags);
  const masks = groupByStory(rows.masks);
  const contacts = new Map(rows.contacts.map((row) => [row.story_id, row]));
  const equality = new Map(rows.equality.map((row) => [row.story_id, row.answers]));
  const checks = new Map(rows.maskChecks.map((row) => [row.story_id, row]));
  const redactions = new Map(rows.redactions.map((row) => [row.story_id, row]));
  return rows.stories.map((story) => {
    const contact = contacts.get(story.id);
    return {
      story,
      revisions: revisions.get(story.id) ?? [],
      fields: {
        columns: pickColumns(story),
        contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email } : null,
        equality: equality.get(story.id) ?? null,
        services: [...new Set((services.get(story.id) ?? []).map((link) => references.serviceIds.get(link.service_id)!))].sort(),
      },
      contact,
      tags: (tags.get(story.id) ?? []).map((tag) => ({ ...tag, code_id: references.codeIds.get(tag.code_id)! })),
      masks: masks.get(story.id) ?? [],
      maskCheck: checks.get(story.id),
      redaction: redactions.get(story.id),
    };
  });
}

function planWords(field: FieldStory, office: OfficeStory) {
  const officeSha = new Map(office.revisions.map((row) => [row.revision, row.sha256]));
  const revisionMap = new Map<number, number>();
  const unknown: RevisionLine[] = [];
  for (const line of field.revisions) {
    const taken = office.origins.get(line.revision);
    if (officeSha.get(line.revision) === line.sha256) revisionMap.set(line.revision, line.revision);
    else if (taken?.sha256 === line.sha256) revisionMap.set(line.revision, taken.revision);
    else unknown.push(line);
  }
  const latest = office.revisions.at(-1)?.revision ?? 0;
  const append: AppendedRevision[] = [];
  let newCurrent: number | null = null;
  let wordsConflict: { officeRevision: number; fieldRevision: number } | null = null;
  if (unknown.length === 0) {
    // Nothing new in the words.
  } else if (office.origins.size === 0 && unknown[0]!.revision === latest + 1) {
    for (const line of unknown) append.push({ line, revision: line.revision, conflictWith: null });
    const fieldCurrent = field.story.current_revision;
    newCurrent = fieldCurrent > latest && fieldCurrent !== office.currentRevision ? fieldCurrent : null;
  } else {
    const divergedAt = unknown[0]!.revision;
    unknown.forEach((line, index) => append.push({ line, revision: latest + 1 + index, conflictWith: Math.min(divergedAt, latest) }));
    const fieldCurrent = append.find((item) => item.line.revision === field.story.current_revision)?.revision ?? revisionMap.get(field.story.current_revision)!;
    wordsConflict = { officeRevision: office.currentRevision, fieldRevision: fieldCurrent };
  }
  for (const item of append) revisionMap.set(item.line.revision, item.revision);
  return { append, newCurrent, wordsConflict, revisionMap };
}

const tagKey = (tag: { code_id: string; start: number | null; end: number | null; revision: number | null }) =>
  `${tag.code_id}|${tag.start}|${tag.end}|${tag.revision}`;

function planExisting(field: FieldStory, office: OfficeStory): StoryPlan {
  const words = planWords(field, office);
  const fieldHash = fieldsSha256(field.fields);
  const officeHash = fieldsSha256(office.fields);
  let applyFields = false;
  let fieldsConflict: ConflictField[] | null = null;
  if (fieldHash !== officeHash && fieldHash !== office.base) {
    if (office.base !== undefined && officeHash === office.base) applyFields = true;
    else fieldsConflict = differingFields(office.fields, field.fields);
  }
  const existingTags = new Set(office.tags.map(tagKey));
  const tagsToAdd = field.tags
    .map((tag) => ({ ...tag, revision: tag.revision === null ? null : (words.revisionMap.get(tag.revision) ?? null) }))
    .filter((tag) => (tag.start === null || tag.revision !== null) && !existingTags.has(tagKey(tag)));
  const conflicting = fieldsConflict !== null || words.wordsConflict !== null;
  const changed = words.append.length > 0 || applyFields || tagsToAdd.length > 0;
  return {
    outcome: conflicting ? 'conflicting' : changed ? 'updated' : 'unchanged',
    field,
    fieldsSha256: fieldHash,
    existing: { seq: office.seq, ...words, applyFields, fieldsConflict, tagsToAdd, baseChanged: office.base !== fieldHash },
  };
}

/** Stories this store once held and deleted: the audit trail remembers each deletion. */
function deletedHere(db: Db, ids: string[]): Set<string> {
  const sql = "SELECT entity_id FROM audit_log WHERE entity_type = 'story' AND action = 'story.delete' AND entity_id IN (SELECT value FROM json_each(?))";
  return new Set(prepared(db, sql).pluck().all(JSON.stringify(ids)) as string[]);
}

function* planSteps(db: Db, bundle: TransferBundle): Generator<[done: number, total: number], MergePlan, void> {
  const auditHead = readSetting(db, 'audit_head');
  const device = bundle.manifest.deviceId;
  const references = planReferences(db, bundle.rows);
  const all = fieldStories(bundle.rows, references);
  const stories: StoryPlan[] = [];
  const counts: Record<StoryOutcome, number> = { new: 0, unchanged: 0, updated: 0, conflicting: 0, deleted: 0 };
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH);
    const ids = batch.map((field) => field.story.id);
    const office = readOfficeStories(db, device, ids);
    const deleted = deletedHere(db, ids);
    for (const field of batch) {
      const known = office.get(field.story.id);
      const outcome = deleted.has(field.story.id) ? ('deleted' as const) : ('new' as const);
      const plan = known ? planExisting(field, known) : { outcome, field, fieldsSha256: fieldsSha256(field.fields) };
      counts[plan.outcome] += 1;
      stories.push(plan);
    }
    yield [start + batch.length, all.length];
  }
  return { device, auditHead, references, stories, counts };
}

/** Makes the plan in batches, letting other requests run (and a cancel arrive) between them. */
export async function planMerge(db: Db, bundle: TransferBundle, betweenBatches: (done: number, total: number) => Promise<void>): Promise<MergePlan> {
  const steps = planSteps(db, bundle);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await betweenBatches(...step.value);
  }
}

/** Makes the plan straight through (inside the writing transaction, when the store changed meanwhile). */
export function planMergeNow(db: Db, bundle: TransferBundle): MergePlan {
  const steps = planSteps(db, bundle);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
