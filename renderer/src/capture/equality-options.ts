/** The answers offered for each equality question, with their English labels. */
import type { TFunction } from 'i18next';
import {
  AGE_BANDS,
  ETHNICITIES,
  GENDER_SAME_AS_BIRTH,
  PREFER_NOT_TO_SAY,
  RELIGIONS,
  SEXES,
  SEXUAL_ORIENTATIONS,
  YES_NO,
} from '../../../shared/capture/equality';
import type { SelectGroup, SelectOption } from '../ui/SelectField';
import type { EqualityChoiceKey } from './capture-values';

const ETHNIC_GROUPS = ['asian', 'black', 'mixed', 'white', 'other'] as const;

/** ONS 2021 groups each category under its broad group by the code's first part. */
const groupOf = (code: (typeof ETHNICITIES)[number]): (typeof ETHNIC_GROUPS)[number] => {
  const prefix = code.split('-')[0];
  return (ETHNIC_GROUPS as readonly string[]).includes(prefix ?? '') ? (prefix as (typeof ETHNIC_GROUPS)[number]) : 'other';
};

export function equalityOptions(t: TFunction<'capture'>, key: EqualityChoiceKey): Array<SelectOption | SelectGroup> {
  const ends = { first: { value: '', label: t('equality.notAsked') }, last: { value: PREFER_NOT_TO_SAY, label: t('equality.preferNotToSay') } };
  let middle: Array<SelectOption | SelectGroup>;
  switch (key) {
    case 'ageBand':
      middle = AGE_BANDS.map((value) => ({ value, label: t(`equality.answers.ageBand.${value}`) }));
      break;
    case 'sex':
      middle = SEXES.map((value) => ({ value, label: t(`equality.answers.sex.${value}`) }));
      break;
    case 'genderSameAsBirth':
      middle = GENDER_SAME_AS_BIRTH.map((value) => ({ value, label: t(`equality.answers.genderSameAsBirth.${value}`) }));
      break;
    case 'disability':
    case 'carer':
      middle = YES_NO.map((value) => ({ value, label: t(`equality.answers.${key}.${value}`) }));
      break;
    case 'sexualOrientation':
      middle = SEXUAL_ORIENTATIONS.map((value) => ({ value, label: t(`equality.answers.sexualOrientation.${value}`) }));
      break;
    case 'religion':
      middle = RELIGIONS.map((value) => ({ value, label: t(`equality.answers.religion.${value}`) }));
      break;
    case 'ethnicity':
      middle = ETHNIC_GROUPS.map((group) => ({
        label: t(`equality.ethnicGroups.${group}`),
        options: ETHNICITIES.filter((code) => groupOf(code) === group).map((value) => ({ value, label: t(`equality.answers.ethnicity.${value}`) })),
      }));
      break;
  }
  return [ends.first, ...middle, ends.last];
}

/** The English label of one stored answer (its code when it is not one of the options). */
export function equalityLabel(t: TFunction<'capture'>, key: EqualityChoiceKey, value: string): string {
  for (const option of equalityOptions(t, key)) {
    if ('options' in option) {
      const inner = option.options.find((candidate) => candidate.value === value);
      if (inner) return inner.label;
    } else if (option.value === value) return option.label;
  }
  return value;
}
