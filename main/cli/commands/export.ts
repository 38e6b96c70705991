import { resolve } from 'node:path';
import { ELECTION_CHECKLIST, ELECTION_CHECKLIST_IDS } from '../../../shared/export/election-checklist';
import { LEFT_OUT_REASONS, intelligenceRequestSchema, type IntelligenceRequest } from '../../../shared/export/schemas';
import { exportProfile, exportProfiles } from '../../export/profiles';
import { LEFT_OUT_TEXT } from '../../export/files/bundle-meta';
import { createJobContext } from '../../jobs/job-context';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

const USAGE = [
  'Usage: verbatim export --db PATH --profile NAME --out FILE.zip [--from DATE --to DATE] [--recipient TEXT]',
  '                       [--confirm-election-checklist --approved-by NAME] [--passphrase-file FILE]',
  '       verbatim export --list-profiles',
].join('\n');

/** The request as typed, checked by the same schema the app uses. */
function requestFrom(values: Record<string, string | boolean | undefined>): IntelligenceRequest {
  const profile = requireOption(values['profile'], '--profile');
  const confirm = values['confirm-election-checklist'] === true;
  if (confirm && typeof values['approved-by'] !== 'string') throw new UsageError('--confirm-election-checklist needs --approved-by NAME (the manager who approved the export)');
  const parsed = intelligenceRequestSchema.safeParse({
    profile,
    recipient: typeof values['recipient'] === 'string' ? values['recipient'] : exportProfile(profile).displayName,
    ...(typeof values['from'] === 'string' ? { heardFrom: values['from'] } : {}),
    ...(typeof values['to'] === 'string' ? { heardTo: values['to'] } : {}),
    filters: {},
    ...(confirm ? { electionConfirmation: { items: [...ELECTION_CHECKLIST_IDS], approvedBy: values['approved-by'] } } : {}),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; '));
  return parsed.data;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a signed, anonymised intelligence bundle for a stakeholder (or --list-profiles)',
  usage: USAGE,
  async run(args, io) {
    const { values } = parse(args, {
      ...storeOptions,
      'list-profiles': { type: 'boolean' },
      profile: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      recipient: { type: 'string' },
      'confirm-election-checklist': { type: 'boolean' },
      'approved-by': { type: 'string' },
    });
    if (values['list-profiles']) {
      for (const profile of exportProfiles()) io.stdout.write(`${profile.name}\n`);
      return 0;
    }
    const dbPath = requireOption(values.db, '--db');
    const out = resolve(requireOption(values.out, '--out'));
    const request = await serviceCall(() => requestFrom(values));
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const user = services.users.actAsCommandLine();
      await serviceCall(() => services.intelligence.prepareExport(request, out));
      const result = await serviceCall(() => services.intelligence.export(request, out, createJobContext(), user));
      const lines = [
        `Intelligence bundle written to ${result.path}`,
        `Stories included: ${result.included}`,
        ...LEFT_OUT_REASONS.map((reason) => `Left out, ${LEFT_OUT_TEXT[reason]}: ${result.leftOut[reason]}`),
        `Manifest SHA-256: ${result.manifestSha256}`,
      ];
      if (request.electionConfirmation) lines.push(`Election checklist confirmed (${ELECTION_CHECKLIST.length} items), approved by ${request.electionConfirmation.approvedBy}.`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
