/**
 * The organisation's sync key and the keys derived from it.
 *
 * An administrator makes the organisation key once (200 random bits). Office
 * laptops are enrolled with it; a field laptop with a key derived from it for that
 * laptop's number alone, a volunteer's laptop with a key derived for volunteers.
 * Each is typed in as words in the recovery key's encoding (48 characters, 8 groups
 * of 6): a profile byte, the field laptop's number, a 16-bit checksum (so a typing
 * mistake is caught at once) and the 25-byte secret.
 *
 * Audiences (the tag on each batch on the server, and the key it is sealed with):
 *   office        everything, from office laptops            key from the organisation key
 *   field-N       what field laptop N captured                key from field laptop N's secret
 *   to-field-N    what field laptop N may receive             the same key
 *   volunteers    anonymised, checked stories                 key from the volunteers' secret
 * An office laptop can derive every key; field laptop N only field-N's; a volunteer's
 * laptop only the volunteers'. So a laptop cannot read a batch meant for another
 * audience even if it fetched it.
 */
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { SyncProfile } from '../../shared/sync/schemas';
import { decodeRecoveryKey, encodeRecoveryKey } from '../store/keys';

const SECRET_BYTES = 25;
const WORDS_BYTES = 30;
const SALT = Buffer.from('verbatim-sync v1', 'utf8');
const PROFILE_BYTE: Record<SyncProfile, number> = { office: 1, field: 2, volunteer: 3 };

/** What a laptop was enrolled with: its profile, its field number (0 unless field) and its secret. */
export interface Enrolment {
  profile: SyncProfile;
  fieldNumber: number;
  secret: Buffer;
}

const derive = (secret: Buffer, label: string, bytes = 32): Buffer => Buffer.from(hkdfSync('sha256', secret, SALT, `verbatim-sync v1 ${label}`, bytes));

function checksum(head: Buffer, secret: Buffer): Buffer {
  return createHash('sha256').update('verbatim-sync v1 words').update(head).update(secret).digest().subarray(0, 2);
}

export const newOrganisationKey = (): Buffer => randomBytes(SECRET_BYTES);

/** The enrolment for a laptop of `profile`, made from the organisation key on an office laptop. */
export function enrolmentFor(organisationKey: Buffer, profile: SyncProfile, fieldNumber = 0): Enrolment {
  if (profile === 'office') return { profile, fieldNumber: 0, secret: organisationKey };
  if (profile === 'volunteer') return { profile, fieldNumber: 0, secret: derive(organisationKey, 'volunteers secret', SECRET_BYTES) };
  return { profile, fieldNumber, secret: derive(organisationKey, `field laptop ${fieldNumber} secret`, SECRET_BYTES) };
}

export function enrolmentWords(enrolment: Enrolment): string {
  const head = Buffer.alloc(3);
  head.writeUInt8(PROFILE_BYTE[enrolment.profile], 0);
  head.writeUInt16BE(enrolment.fieldNumber, 1);
  return encodeRecoveryKey(Buffer.concat([head, checksum(head, enrolment.secret), enrolment.secret]));
}

/** The enrolment the words stand for, or null when they are not sync key words (a typing mistake). */
export function readEnrolmentWords(typed: string): Enrolment | null {
  const bytes = decodeRecoveryKey(typed);
  if (!bytes || bytes.length !== WORDS_BYTES) return null;
  const head = bytes.subarray(0, 3);
  const secret = Buffer.from(bytes.subarray(5));
  if (!checksum(head, secret).equals(bytes.subarray(3, 5))) return null;
  const profile = (Object.keys(PROFILE_BYTE) as SyncProfile[]).find((name) => PROFILE_BYTE[name] === head.readUInt8(0));
  const fieldNumber = head.readUInt16BE(1);
  if (!profile || (profile === 'field') !== fieldNumber > 0) return null;
  return { profile, fieldNumber, secret };
}

export const fieldAudience = (number: number) => `field-${number}`;
export const toFieldAudience = (number: number) => `to-field-${number}`;
export const OFFICE_AUDIENCE = 'office';
export const VOLUNTEER_AUDIENCE = 'volunteers';

/** `field-3` or `to-field-3` → 3; anything else → null. */
export function fieldNumberOf(audience: string): number | null {
  const match = /^(?:to-)?field-(\d{1,5})$/.exec(audience);
  const number = match ? Number(match[1]) : NaN;
  return number >= 1 && number <= 65535 ? number : null;
}

/** The keys a laptop holds: by audience, the 32-byte key, or null when it may not read it. */
export class Keyring {
  constructor(private readonly enrolment: Enrolment) {}

  get profile(): SyncProfile {
    return this.enrolment.profile;
  }

  get fieldNumber(): number {
    return this.enrolment.fieldNumber;
  }

  keyFor(audience: string): Buffer | null {
    const { profile, secret, fieldNumber } = this.enrolment;
    const field = fieldNumberOf(audience);
    if (profile === 'office') {
      if (audience === OFFICE_AUDIENCE) return derive(secret, 'audience office');
      if (audience === VOLUNTEER_AUDIENCE) return derive(enrolmentFor(secret, 'volunteer').secret, 'audience volunteers');
      if (field !== null) return derive(enrolmentFor(secret, 'field', field).secret, 'audience field');
      return null;
    }
    if (profile === 'field') return field === fieldNumber ? derive(secret, 'audience field') : null;
    return audience === VOLUNTEER_AUDIENCE ? derive(secret, 'audience volunteers') : null;
  }

  /** Words for another laptop: only an office laptop (holding the organisation key) can make them. */
  wordsFor(profile: SyncProfile, fieldNumber = 0): string {
    if (this.enrolment.profile !== 'office') throw new Error('only an office laptop holds the organisation key');
    return enrolmentWords(enrolmentFor(this.enrolment.secret, profile, fieldNumber));
  }
}

/** A value that shows whether two laptops hold the same key for an audience, revealing nothing of it. */
export function keyCheck(key: Buffer): string {
  return createHmac('sha256', derive(key, 'key check key')).update('verbatim-sync v1 key check').digest('hex');
}

/** A fresh key for one batch, from the audience key and the batch's random salt. */
export const batchKey = (audienceKey: Buffer, salt: Buffer): Buffer => Buffer.from(hkdfSync('sha256', audienceKey, salt, 'verbatim-sync v1 batch key', 32));
