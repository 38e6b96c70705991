import { resolve } from 'node:path';
import { ELECTION_CHECKLIST, ELECTION_CHECKLIST_IDS } from '../../../shared/export/election-checklist';
import { LEFT_OUT_REASONS, intelligenceRequestSchema, type IntelligenceRequest } from '../../../shared/export/schemas';
import { exportProfile, exportProfiles } from '../../export/profiles';
import { LEFT_OUT_TEXT } from '../../export/files/bundle-meta';
import { createJobContext } from '../../jobs/job-context';
import type { Services } from '../../core/services';
import { UsageError, UserError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

const USAGE = [
  'Usage: verbatim export --db PATH --profile NAME --out FILE.zip [--from DATE --to DATE] [--recipient TEXT]',
  '                       [--action-plan ORGANISATION] [--confirm-election-checklist --approved-by NAME] [--passphrase-file FILE]',
  '  --action-plan adds that organisation\'s action plan (action-plan.csv; its name or id in the stakeholder register).',
  '       verbatim export --list-profiles',
].join('\n');

/** The request as typed, checked by the same schema the app uses. */
function requestFrom(values: Record<string, string | boolean | undefined>, actionPlan?: { id: string; name: string }): IntelligenceRequest {
  const profile = requireOption(values['profile'], '--profile');
  const confirm = values['confirm-election-checklist'] === true;
  if (confirm && typeof values['approved-by'] !== 'string') throw new UsageError('--confirm-election-checklist needs --approved-by NAME (the manager who approved the export)');
  const parsed = intelligenceRequestSchema.safeParse({
    profile,
    recipient: typeof values['recipient'] === 'string' ? values['recipient'] : (actionPlan?.name ?? exportProfile(profile).displayName),
    ...(actionPlan ? { actionPlanFor: actionPlan.id } : {}),
    ...(typeof values['from'] === 'string' ? { heardFrom: values['from'] } : {}),
    ...(typeof values['to'] === 'string' ? { heardTo: values['to'] } : {}),
    filters: {},
    ...(confirm ? { electionConfirmation: { items: [...ELECTION_CHECKLIST_IDS], approvedBy: values['approved-by'] } } : {}),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; '));
  return parsed.data;
}

/** The organisation --action-plan names, by name or id. */
function actionPlanOrganisation(services: Services, typed: string | undefined): { id: string; name: string } | undefined {
  if (typed === undefined) return undefined;
  const found = services.stakeholders.list(true).find((s) => s.id === typed || s.name === typed);
  if (!found) throw new UserError(`there is no organisation called "${typed}" in the stakeholder register`);
  return found;
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
      'action-plan': { type: 'string' },
    });
    if (values['list-profiles']) {
      for (const profile of exportProfiles()) io.stdout.write(`${profile.name}\n`);
      return 0;
    }
    const dbPath = requireOption(values.db, '--db');
    const out = resolve(requireOption(values.out, '--out'));
    await serviceCall(() => requestFrom(values));
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const user = services.users.actAsCommandLine();
      const request = requestFrom(values, actionPlanOrganisation(services, values['action-plan']));
      await serviceCall(() => services.intelligence.prepareExport(request, out));
      const result = await serviceCall(() => services.intelligence.export(request, out, createJobContext(), user));
      const lines = [
        `Intelligence bundle written to ${result.path}`,
        `Stories included: ${result.included}`,
        ...LEFT_OUT_REASONS.map((reason) => `Left out, ${LEFT_OUT_TEXT[reason]}: ${result.leftOut[reason]}`),
        `Manifest SHA-256: ${result.manifestSha256}`,
      ];
      if (result.actionPlanItems !== null) lines.push(`Action plan: ${result.actionPlanItems} items (action-plan.csv)`);
      if (request.electionConfirmation) lines.push(`Election checklist confirmed (${ELECTION_CHECKLIST.length} items), approved by ${request.electionConfirmation.approvedBy}.`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
