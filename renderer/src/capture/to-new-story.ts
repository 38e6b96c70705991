/** Turns what was typed into the saveStory request: the words exactly as typed, nothing added. */
import { PREFER_NOT_TO_SAY, type Equality } from '../../../shared/capture/equality';
import { toPostcodeDistrict } from '../../../shared/capture/postcode';
import type { NewStory } from '../../../shared/capture/story';
import type { CaptureStatus } from './capture-status';
import { hasContent } from '../../../shared/text/verbatim';
import { EQUALITY_CHOICE_KEYS, type CaptureValues } from './capture-values';

interface SaveContext {
  eventId: string | null;
  draftId: string;
  status: CaptureStatus;
}

/** Only the fields that were answered; "not asked" is left out. */
function equalityOf(values: CaptureValues): Equality {
  const equality: Record<string, string> = {};
  for (const key of EQUALITY_CHOICE_KEYS) if (values.equality[key] !== '') equality[key] = values.equality[key];
  const { firstLanguage, postcodeDistrict } = values.equality;
  if (firstLanguage === PREFER_NOT_TO_SAY || hasContent(firstLanguage)) equality.firstLanguage = firstLanguage;
  if (postcodeDistrict === PREFER_NOT_TO_SAY) equality.postcodeDistrict = postcodeDistrict;
  else if (postcodeDistrict !== '') {
    // "w9 " is W9: only the outward code, in capitals, is a district.
    const { district } = toPostcodeDistrict(postcodeDistrict);
    if (district) equality.postcodeDistrict = district;
  }
  return equality as Equality;
}

/** Call only after validateStory found nothing: the answers it needs are then given. */
export function toNewStory(values: CaptureValues, { eventId, draftId, status }: SaveContext): NewStory {
  const { consent, contact, safeguarding } = values;
  const contactGiven = consent.contact === true;
  const kept = (value: string) => (hasContent(value) ? value : undefined);
  return {
    text: values.text,
    wordsKind: values.wordsKind ?? 'own-words',
    language: values.language,
    interpreter: values.interpreter,
    translation: hasContent(values.translation) ? values.translation : null,
    channel: values.channel ?? 'community-event',
    eventId,
    heardOn: values.heardOn,
    serviceIds: [...values.serviceIds],
    consent: { keep: consent.keep === true, share: consent.share === true, quote: consent.quote === true, contact: contactGiven },
    contact: contactGiven
      ? Object.fromEntries(
          Object.entries({ name: kept(contact.name), phone: kept(contact.phone), email: kept(contact.email) }).filter(([, value]) => value !== undefined),
        )
      : null,
    equality: equalityOf(values),
    safeguarding: safeguarding.flagged
      ? { flagged: true, action: hasContent(safeguarding.action) ? safeguarding.action : null, actionBy: hasContent(safeguarding.actionBy) ? safeguarding.actionBy : null }
      : { flagged: false, action: null, actionBy: null },
    status,
    draftId,
  };
}
