/** Names of the equality answers as Capture words them. */
import type { TFunction } from 'i18next';

const GROUPS = ['asian', 'black', 'mixed', 'white', 'other'] as const;

/** "White: Irish", from the broad group and the answer, as the capture form offers them. */
export function ethnicityName(t: TFunction<['insight', 'workbench', 'capture']>, key: string): string {
  const group = GROUPS.find((g) => key.startsWith(`${g}-`)) ?? 'other';
  return `${t(`capture:equality.ethnicGroups.${group}`)}: ${t(`capture:equality.answers.ethnicity.${key}` as 'capture:equality.answers.ethnicity.white-irish')}`;
}
