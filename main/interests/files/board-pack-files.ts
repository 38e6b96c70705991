/** The files of an advisory board pack: a page anyone can open with nothing else, the same as JSON with its schema, and a README. */
import { z } from 'zod';
import type { Channel } from '../../../shared/capture/vocabulary';
import { boardPackSchema, type BoardPack, type SharedKind } from '../../../shared/interests/board-pack';
import type { ConflictAction } from '../../../shared/interests/vocabulary';
import type { BundleFile } from '../../bundles/signed-bundle';
import { escapeHtml } from '../../export/files/html';
import { standalonePage } from '../../export/files/report-style';
import { dayText } from '../../export/files/day-text';

export const BOARD_PACK_SCHEMA_FILE = 'schemas/board-pack.schema.json';

const CHANNEL: Record<Channel, string> = {
  'community-event': 'Community event',
  'drop-in': 'Drop-in',
  phone: 'Phone',
  'email-or-letter': 'Email or letter',
  'online-form': 'Online form',
  'enter-and-view': 'Enter and View',
  'survey-import': 'Survey',
};
const SHARED: Record<SharedKind, string> = {
  intelligence: 'Intelligence bundle',
  recommendation: 'Recommendation',
  'volunteer-pack': 'Volunteer review pack',
  transfer: 'Transfer file',
  archive: 'Whole-store archive',
  'interests-register': 'Register of interests',
  'board-pack': 'Advisory board pack',
};
const WORK: Record<ConflictAction, string> = {
  code: 'Coding stories',
  review: 'Reviewing stories',
  'check-masks': 'Checking anonymisation',
  recommend: 'Writing reports and recommendations',
};
const CONFLICT_ROWS: [keyof BoardPack['conflicts']['totals'], string][] = [
  ['warning', 'Declarations shown before someone went on with work they bear on'],
  ['acknowledge', 'Declarations read and confirmed before going on'],
  ['refusal', 'Work refused because of a declaration'],
  ['override', 'Work allowed by an administrator, with a reason'],
  ['reassign', 'Work given to someone else'],
];

const table = (caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string =>
  rows.length === 0
    ? `<p>${escapeHtml(caption)}: none in this period.</p>`
    : `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map(([first, ...rest]) => `<tr><th scope="row">${escapeHtml(first ?? '')}</th>${rest.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

export function boardPackHtml(pack: BoardPack): string {
  const title = `How ${pack.organisation} worked: ${dayText(pack.from)} to ${dayText(pack.to)}`;
  const d = pack.declarations;
  return standalonePage(
    `Advisory board pack: ${title}`,
    `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">The advisory board pack, made ${escapeHtml(dayText(pack.madeOn))}. ${escapeHtml(pack.smallNumberRule)}</p>
</header>
<main>
<h2>Stories heard</h2>
<p>${escapeHtml(pack.stories.heard)} stories were heard in this period.</p>
${table('Stories heard by channel', ['Channel', 'Stories'], pack.stories.byChannel.map((row) => [CHANNEL[row.channel], row.stories]))}
${table('Stories heard by community (ethnic group, from equality monitoring)', ['Community', 'Stories'], pack.stories.byCommunity.map((row) => [row.group, row.stories]))}
<h2>What was shared, and with whom</h2>
${table(
  'What left the laptop (from the audit trail)',
  ['Day', 'What', 'For', 'Stories or people in it', 'Pre-election period'],
  pack.shared.map((row) => [dayText(row.on), SHARED[row.kind], row.recipient, row.items ?? '', row.electionPeriod ?? '']),
)}
<h2>Declarations of interest</h2>
${table('Declarations in this period', ['What', 'How many'], [
  ['Declarations made', d.made],
  ['Of which: nothing to declare', d.nothingToDeclare],
  ['Interests declared', d.interestsDeclared],
  ['Interests changed or ended', d.interestsChanged],
  [`People owing a declaration on ${dayText(pack.madeOn)}`, d.owingOnMadeOn],
])}
<h2>How conflicts of interest were managed</h2>
${table('Conflicts of interest in this period', ['What happened', 'How many times'], CONFLICT_ROWS.map(([key, text]) => [text, pack.conflicts.totals[key]]))}
${table('Work refused, by the kind of work', ['Work', 'Refusals'], pack.conflicts.refusalsByWork.map((row) => [WORK[row.action], row.refusals]))}
<h2>Pre-election periods</h2>
${table('Pre-election periods in this period', ['Election', 'Notice of election', 'Polling day', 'Intelligence bundles made during it'], pack.elections.map((row) => [row.name, dayText(row.noticeDate), dayText(row.pollingDay), row.bundlesDuring]))}
<h2>In their words</h2>
<p>A few of the stories heard, from people who agreed to be quoted; names and other details that could identify anyone are replaced by placeholders such as [PERSON 1], and a member of staff checked each one.</p>
${pack.quotes.length === 0 ? '<p>No quotes are included for this period.</p>' : pack.quotes.map((q) => `<h3>Heard ${escapeHtml(q.month)}</h3><blockquote>${escapeHtml(q.text)}</blockquote>`).join('\n')}
</main>`,
  );
}

function readme(pack: BoardPack): string {
  return [
    `Advisory board pack: ${pack.organisation}, ${pack.from} to ${pack.to}`,
    `Made ${pack.madeOn}`,
    '',
    pack.smallNumberRule,
    '',
    'FILES',
    '  board-pack.html  The pack as a page: open it in any web browser (it needs no internet).',
    '  board-pack.json  The same as JSON; described by schemas/board-pack.schema.json.',
    '  manifest.json    What this bundle holds, with the SHA-256 of every file.',
    '  manifest.sig     The organisation\'s Ed25519 signature over manifest.json.',
    '  SHA256SUMS       The SHA-256 of every file, for sha256sum -c.',
    '',
  ].join('\r\n');
}

export const boardPackFiles = (pack: BoardPack): BundleFile[] => [
  { name: 'README.txt', data: readme(pack) },
  { name: 'board-pack.html', data: boardPackHtml(pack) },
  { name: 'board-pack.json', data: `${JSON.stringify(pack, null, 2)}\n` },
  { name: BOARD_PACK_SCHEMA_FILE, data: `${JSON.stringify(z.toJSONSchema(boardPackSchema), null, 2)}\n` },
];
