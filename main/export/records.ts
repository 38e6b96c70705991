/**
 * From selected stories to the records a profile lets out: demographics generalised as
 * the profile says, then k-anonymity over every quasi-identifier it releases (fields
 * widened step by step, and the few stories still in groups smaller than k left out).
 * Everything but the k-anonymity search itself runs in batches with a checkpoint between.
 */
import { createHmac } from 'node:crypto';
import { SUPPRESSED, districtToArea, dateToMonth, ethnicityToBroadGroup, kAnonymise, widenAgeBand, type QuasiIdentifier, type QuasiRecord } from '../../shared/anonymise';
import { PREFER_NOT_TO_SAY } from '../../shared/capture/equality';
import type { ServiceType } from '../../shared/capture/vocabulary';
import type { ExportProfile } from '../../shared/export/profiles';
import type { BuildPhase, ExportedStory, TextWithheldReason } from '../../shared/export/schemas';
import type { JobContext } from '../jobs/job-context';
import { mapInBatches } from '../jobs/map-in-batches';
import type { SelectedStory } from './selection';

/** Stories generalised, or made into records, between checkpoints: a few milliseconds' work. */
export const RECORDS_BATCH = 2000;

export const NOT_STATED = 'Not stated';

/** The capture form's age bands in the disclosure code's labels ("under-18" -> "0-17"). */
const AGE_LABELS: Readonly<Record<string, string>> = { 'under-18': '0-17', '85-plus': '85+' };

function ageBand(value: string | undefined, profile: ExportProfile): string | null {
  if (value === undefined || profile.fields.ageBand === 'none') return null;
  if (value === PREFER_NOT_TO_SAY) return NOT_STATED;
  const label = AGE_LABELS[value] ?? value;
  return profile.fields.ageBand === 'wide' ? widenAgeBand(label, 1) : label;
}

function sex(value: string | undefined, profile: ExportProfile): string | null {
  if (value === undefined || !profile.fields.sex) return null;
  return value === PREFER_NOT_TO_SAY ? NOT_STATED : value;
}

function ethnicity(value: string | undefined, profile: ExportProfile): string | null {
  if (value === undefined || profile.fields.ethnicity === 'none') return null;
  return value === PREFER_NOT_TO_SAY ? NOT_STATED : ethnicityToBroadGroup(value.replace(/-/g, ' '));
}

function postcode(value: string | undefined, profile: ExportProfile): string | null {
  if (value === undefined || profile.fields.postcode === 'none') return null;
  if (value === PREFER_NOT_TO_SAY) return NOT_STATED;
  return profile.fields.postcode === 'area' ? (districtToArea(value) ?? SUPPRESSED) : value;
}

/** Which quasi-identifiers this profile lets out. Month and service always go. */
export function releasedQuasiIdentifiers(profile: ExportProfile): QuasiIdentifier[] {
  const fields: QuasiIdentifier[] = ['service', 'month'];
  if (profile.fields.ageBand !== 'none') fields.push('ageBand');
  if (profile.fields.sex) fields.push('sex');
  if (profile.fields.ethnicity !== 'none') fields.push('ethnicity');
  if (profile.fields.postcode !== 'none') fields.push('postcodeDistrict');
  return fields;
}

interface Keyed extends QuasiRecord {
  position: number;
}

const serviceValue = (story: SelectedStory, profile: ExportProfile) =>
  [...new Set(story.services.map((s) => (profile.fields.serviceName ? s.name : s.type)))].sort().join('; ') || null;

export interface ExportRecords {
  stories: ExportedStory[];
  /** Positions, in the selection, of the stories that go out. */
  includedPositions: number[];
  suppressed: number;
  generalised: string[];
}

/**
 * `bundleKey` makes each story's bundle id (an HMAC of its store id), so ids link
 * nothing outside this bundle. Records are sorted by that id, hiding the store's order.
 */
export async function buildRecords(selected: readonly SelectedStory[], profile: ExportProfile, bundleKey: Uint8Array, context: JobContext): Promise<ExportRecords> {
  const quasi: Keyed[] = await mapInBatches(selected, RECORDS_BATCH, context, 'generalising' satisfies BuildPhase, (story, position) => ({
    position,
    service: serviceValue(story, profile),
    month: dateToMonth(story.heardOn),
    ageBand: ageBand(story.equality.ageBand, profile),
    sex: sex(story.equality.sex, profile),
    ethnicity: ethnicity(story.equality.ethnicity, profile),
    postcodeDistrict: postcode(story.equality.postcodeDistrict, profile),
  }));
  // The service is what a recipient most needs (the trust runs it), so it is widened last.
  // The one step that must see every record at once (about 2 s for 100,000 stories).
  context.progress(0, quasi.length, 'kAnonymity' satisfies BuildPhase);
  const { records, report } = kAnonymise(quasi, { k: profile.k, quasiIdentifiers: releasedQuasiIdentifiers(profile), keepLongest: ['service'] });
  await context.checkpoint();

  const stories = await mapInBatches(records, RECORDS_BATCH, context, 'kAnonymity' satisfies BuildPhase, (record) => {
    const story = selected[record.position]!;
    const withheld: TextWithheldReason | null = !profile.quotes ? 'profileExcludesQuotes' : !story.consentQuote ? 'noConsentToQuote' : null;
    const serviceWithheld = record.service === SUPPRESSED;
    const types = [...new Set(story.services.map((s) => s.type))].sort() as ServiceType[];
    return {
      id: `S-${createHmac('sha256', bundleKey).update(story.storyId).digest('hex').slice(0, 12)}`,
      text: withheld ? null : story.anonymisedText,
      textWithheld: withheld,
      themes: story.themes,
      sentiment: story.sentiment,
      serviceTypes: serviceWithheld ? null : types,
      serviceNames: serviceWithheld || !profile.fields.serviceName ? null : [...new Set(story.services.map((s) => s.name))].sort(),
      month: record.month ?? SUPPRESSED,
      channel: profile.fields.channel ? story.channel : null,
      demographics: {
        ageBand: record.ageBand ?? null,
        sex: record.sex ?? null,
        ethnicity: record.ethnicity ?? null,
        postcode: record.postcodeDistrict ?? null,
      },
    } satisfies ExportedStory;
  });
  const order = stories.map((story, i) => ({ id: story.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    stories: order.map(({ i }) => stories[i]!),
    includedPositions: order.map(({ i }) => records[i]!.position),
    suppressed: report.suppressedIndexes.length,
    generalised: report.generalised.map((g) => g.description),
  };
}
