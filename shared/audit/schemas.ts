/** The append-only, hash-chained audit trail. */
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'user.create',
  'user.role-change',
  'user.retire',
  'user.pin-change',
  'user.sign-in',
  'service.create',
  'service.update',
  'service.retire',
  'event.create',
  'event.update',
  'event.join',
  'story.create',
  'story.revise',
  'story.delete',
  'story.status-change',
  'story.translation',
  'story.safeguarding',
  'consent.change',
  'contact.remove',
  'settings.prompts',
  'settings.anonymiser',
  'masks.check',
  'settings.signing-key',
  'export',
  'transfer.export',
  'transfer.import',
  'transfer.resolve',
  'survey.import',
  'export.intelligence',
  'election-period.add',
  'election-period.remove',
  'pack.issue',
  'pack.results.import',
  'archive.export',
  'insight.quote-add',
  'insight.quote-remove',
  'insight.report',
  'census.import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  entries: z.number().int().nonnegative(),
  ok: z.boolean(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
