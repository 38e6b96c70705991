/**
 * What a member of staff confirms before an export leaves during a pre-election
 * period, drawn from the independence policy ("free of any political influence";
 * "will not engage in activities, or advocate positions, which are party political").
 * The ids travel in requests; the words go into the manifest as confirmed.
 */
export const ELECTION_CHECKLIST = [
  { id: 'content-checked', text: 'I have read the mentions listed and the content carries no party-political message or endorsement.' },
  { id: 'not-timed-to-influence', text: 'The export is not timed, chosen or worded to influence the election; it is part of our usual work.' },
  { id: 'balanced', text: 'The stories chosen reflect what people told us without bias, not a position for or against any party or candidate.' },
  { id: 'commissioner-guidance', text: 'Any guidance from our commissioner (the local authority) for this election period has been followed.' },
  { id: 'manager-approved', text: 'The named manager has approved this export.' },
] as const;

export type ElectionChecklistId = (typeof ELECTION_CHECKLIST)[number]['id'];
export const ELECTION_CHECKLIST_IDS = ELECTION_CHECKLIST.map((item) => item.id) as readonly ElectionChecklistId[];
