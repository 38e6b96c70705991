/** What the files of one intelligence bundle say about how it was made. */
import type { ExportProfile } from '../../../shared/export/profiles';
import type { ElectionConfirmation, ElectionPeriod, LeftOut } from '../../../shared/export/schemas';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import type { BundleActionPlan } from './action-plan';

export interface ElectionRecord {
  period: ElectionPeriod;
  confirmation: ElectionConfirmation & { confirmedBy: string; confirmedAt: string; itemTexts: string[] };
  mentionCount: number;
}

export interface BundleMeta {
  organisation: string;
  profile: ExportProfile;
  recipient: string;
  heardFrom: string | null;
  heardTo: string | null;
  filters: StoryFilters;
  createdAt: string;
  matched: number;
  included: number;
  leftOut: LeftOut;
  textWithheld: { noConsentToQuote: number; profileExcludesQuotes: number };
  generalised: string[];
  election: ElectionRecord | null;
  /** The recipient organisation's action plan, when asked for. */
  actionPlan: BundleActionPlan | null;
}

export const periodText = (meta: Pick<BundleMeta, 'heardFrom' | 'heardTo'>): string =>
  meta.heardFrom && meta.heardTo
    ? `${meta.heardFrom} to ${meta.heardTo}`
    : meta.heardFrom
      ? `from ${meta.heardFrom}`
      : meta.heardTo
        ? `up to ${meta.heardTo}`
        : 'all dates';

export const LEFT_OUT_TEXT: Readonly<Record<keyof LeftOut, string>> = {
  noConsentToShare: 'the person did not agree to their story being shared',
  notApproved: 'the story has not been approved for sharing',
  masksNotChecked: 'nobody has checked its anonymisation yet',
  masksOutOfDate: 'its words were corrected after the anonymisation was checked',
  suppressedByKAnonymity: `it was too rare to share safely (fewer than k stories shared its details)`,
};

/** What the profile lets out, in plain English, for README.txt and report.html. */
export function profileRules(profile: ExportProfile): string[] {
  const f = profile.fields;
  return [
    f.serviceName ? 'Service names and types.' : 'Service types only, never service names.',
    'The month the story was heard (never the day).',
    f.channel ? 'How the story was heard (the channel).' : 'Not how the story was heard.',
    f.ageBand === 'none' ? 'No ages.' : f.ageBand === 'wide' ? 'Age in wide bands (0-17, 18-34, 35-54, 55-74, 75+).' : 'Age in bands (0-17, 18-24, 25-34 and so on to 85+).',
    f.sex ? 'Sex.' : 'Not sex.',
    f.ethnicity === 'broad' ? 'Ethnicity as one of the five top-level ONS 2021 groups (Asian, Black, Mixed, White, Other).' : 'No ethnicity.',
    f.postcode === 'district' ? 'Postcode district (such as W9), never the full postcode.' : f.postcode === 'area' ? 'Postcode area (such as W), never the full postcode.' : 'No postcode.',
    `Every combination of these details is shared by at least ${profile.k} stories (k-anonymity, k = ${profile.k}); details were widened, or rare stories left out, to make it so.`,
    `In summary tables, counts from 1 to ${profile.smallNumber - 1} show as "<${profile.smallNumber}".`,
    profile.quotes
      ? "The person's words, anonymised and checked by a member of staff, only where the person agreed to be quoted."
      : "No quotes: the person's words are not included.",
  ];
}
