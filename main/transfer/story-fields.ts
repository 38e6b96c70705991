/**
 * The parts of a story, beside its words, that a transfer compares: everything
 * a person can change after capture (consent, contact details, equality answers,
 * services, status, translation...). Identity and provenance (id, who recorded
 * it, where, when) never change and are not compared.
 */
import { createHash } from 'node:crypto';
import { STORY_FIELD_COLUMNS, type ConflictField } from '../../shared/transfer/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export type StoryFieldColumn = (typeof STORY_FIELD_COLUMNS)[number];

export interface ContactFields {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface StoryFields {
  columns: Record<StoryFieldColumn, string | number | null>;
  contact: ContactFields | null;
  /** The equality answers exactly as stored (JSON text). */
  equality: string | null;
  /** Service ids as known on this laptop, sorted. */
  services: string[];
}

export function fieldsSha256(fields: StoryFields): string {
  const canonical = JSON.stringify([STORY_FIELD_COLUMNS.map((column) => fields.columns[column]), fields.contact, fields.equality, fields.services]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The names of the fields that differ, for the conflict list ("consent_share", "contact", ...). */
export function differingFields(a: StoryFields, b: StoryFields): ConflictField[] {
  const names: ConflictField[] = STORY_FIELD_COLUMNS.filter((column) => a.columns[column] !== b.columns[column]);
  if (JSON.stringify(a.contact) !== JSON.stringify(b.contact)) names.push('contact');
  if (a.equality !== b.equality) names.push('equality');
  if (JSON.stringify(a.services) !== JSON.stringify(b.services)) names.push('services');
  return names;
}

export function pickColumns(row: Record<StoryFieldColumn, string | number | null>): StoryFields['columns'] {
  return Object.fromEntries(STORY_FIELD_COLUMNS.map((column) => [column, row[column]])) as StoryFields['columns'];
}

/** Writes `fields` over a story's current fields (contact, equality and services replaced). */
export function writeFields(db: Db, storyId: string, fields: StoryFields, now: string): void {
  const sets = STORY_FIELD_COLUMNS.map((column) => `${column} = @${column}`).join(', ');
  prepared(db, `UPDATE stories SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...fields.columns, now, id: storyId });
  prepared(db, 'DELETE FROM story_contacts WHERE story_id = ?').run(storyId);
  if (fields.contact) {
    prepared(db, 'INSERT INTO story_contacts (story_id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)').run(
      storyId,
      fields.contact.name,
      fields.contact.phone,
      fields.contact.email,
      now,
    );
  }
  prepared(db, 'DELETE FROM story_equality WHERE story_id = ?').run(storyId);
  if (fields.equality !== null) prepared(db, 'INSERT INTO story_equality (story_id, answers) VALUES (?, ?)').run(storyId, fields.equality);
  prepared(db, 'DELETE FROM story_services WHERE story_id = ?').run(storyId);
  const link = prepared(db, 'INSERT INTO story_services (story_id, service_id) VALUES (?, ?)');
  for (const serviceId of fields.services) link.run(storyId, serviceId);
}
