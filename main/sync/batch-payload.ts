/**
 * What a batch carries once opened: a short description (sync.json) followed by
 * its content. `changes` carry a transfer file's zip (the same lines, checked by
 * the same reader, merged by the same merge) and, for each story, what the sending
 * laptop last received of its details from each other laptop, so the receiver can
 * tell a change from a state it already had. `anonymised` carry a review pack's
 * content (anonymised, checked words only) for volunteers' laptops.
 */
import { z } from 'zod';
import { packFileSchema, type PackFile } from '../../shared/packs/schemas';
import type { ServiceError } from '../../shared/result';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const id = z.string().min(1).max(200);

const descriptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changes'), bases: z.array(z.tuple([id, id, sha])).max(1_000_000) }).strict(),
  z.object({ kind: z.literal('anonymised') }).strict(),
]);

/** [story id, laptop it was received from, SHA-256 of its details as received]. */
export type DeclaredBase = [storyId: string, device: string, fieldsSha256: string];

export type BatchContent = { kind: 'changes'; bases: DeclaredBase[]; zip: Buffer } | { kind: 'anonymised'; pack: PackFile };

export function framePayload(content: BatchContent): Buffer {
  const description = content.kind === 'changes' ? { kind: content.kind, bases: content.bases } : { kind: content.kind };
  const head = Buffer.from(JSON.stringify(description), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length, 0);
  const body = content.kind === 'changes' ? content.zip : Buffer.from(JSON.stringify(content.pack), 'utf8');
  return Buffer.concat([length, head, body]);
}

/** Reads an opened (authenticated) payload; `invalid` names the batch in the message. */
export function readPayload(payload: Buffer, invalid: (what: string) => ServiceError): BatchContent {
  if (payload.length < 4) throw invalid('it is empty');
  const headLength = payload.readUInt32BE(0);
  if (4 + headLength > payload.length) throw invalid('its description is cut short');
  let description: unknown;
  try {
    description = JSON.parse(payload.subarray(4, 4 + headLength).toString('utf8'));
  } catch {
    throw invalid('its description is not readable');
  }
  const parsed = descriptionSchema.safeParse(description);
  if (!parsed.success) throw invalid('its description is not in the expected form');
  const body = payload.subarray(4 + headLength);
  if (parsed.data.kind === 'changes') return { kind: 'changes', bases: parsed.data.bases, zip: Buffer.from(body) };
  let pack: unknown;
  try {
    pack = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalid('its stories are not readable');
  }
  const checked = packFileSchema.safeParse(pack);
  if (!checked.success) throw invalid('its stories are not in the expected form');
  return { kind: 'anonymised', pack: checked.data };
}
