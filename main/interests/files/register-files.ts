/**
 * The files of a published register of interests: a page anyone can open in a
 * browser with nothing else (no scripts, nothing fetched), the same as a
 * spreadsheet and as JSON with its schema, and a README.
 */
import { z } from 'zod';
import { publishedRegisterSchema, type PublishedInterest, type PublishedPerson, type PublishedRegister } from '../../../shared/interests/published';
import type { Capacity, ConflictAction, InterestKind } from '../../../shared/interests/vocabulary';
import { writeCsv } from '../../../shared/csv/write-csv';
import type { BundleFile } from '../../bundles/signed-bundle';
import { escapeHtml } from '../../export/files/html';
import { standalonePage } from '../../export/files/report-style';
import { dayText } from '../../export/files/day-text';

export const REGISTER_SCHEMA_FILE = 'schemas/register.schema.json';

const KIND: Record<InterestKind, string> = {
  employment: 'Employment',
  financial: 'Financial interest',
  family: 'Family interest',
  'voluntary-role': 'Voluntary role',
  'political-role': 'Political role',
};
export const CAPACITY: Record<Capacity, string> = {
  staff: 'Staff',
  volunteer: 'Volunteer',
  'board-member': 'Advisory board member',
  'authorised-representative': 'Authorised representative',
  other: 'Other',
};
const MUST_NOT: Record<ConflictAction, string> = {
  code: 'code (tag) stories about it',
  review: 'review stories about it',
  'check-masks': 'check the anonymisation of stories about it',
  recommend: 'write or send reports and recommendations about it',
};

const mustNotText = (actions: readonly ConflictAction[]) => (actions.length === 0 ? 'none: the declaration is shown before any such work' : actions.map((a) => MUST_NOT[a]).join('; '));

function declarationLine(person: PublishedPerson): string {
  if (person.declaration === 'never' || person.lastDeclaredOn === null) return 'Declaration awaited.';
  const when = `Last declared ${dayText(person.lastDeclaredOn)}`;
  return person.declaration === 'overdue' ? `${when}; a new declaration is awaited.` : `${when}.`;
}

function interestHtml(interest: PublishedInterest): string {
  const runs = interest.to ? `${dayText(interest.from)} to ${dayText(interest.to)}` : `since ${dayText(interest.from)}`;
  return `<dl>
<dt>Interest</dt><dd>${escapeHtml(KIND[interest.kind])} with ${escapeHtml(interest.with)}</dd>
<dt>In their words</dt><dd>${escapeHtml(interest.description)}</dd>
<dt>When</dt><dd>${escapeHtml(runs)}</dd>
<dt>How it is managed</dt><dd>${escapeHtml(interest.management)}</dd>
<dt>Does not</dt><dd>${escapeHtml(mustNotText(interest.mustNot))}</dd>
</dl>`;
}

function personHtml(person: PublishedPerson): string {
  const body =
    person.interests.length === 0
      ? person.declaration === 'never'
        ? ''
        : '<p>Nothing to declare.</p>'
      : person.interests.map((interest, i) => `<h3>Interest ${i + 1}</h3>\n${interestHtml(interest)}`).join('\n');
  return `<section>
<h2>${escapeHtml(person.name)}</h2>
<p class="meta">${escapeHtml(CAPACITY[person.capacity])}. ${escapeHtml(declarationLine(person))}</p>
${body}
</section>`;
}

export function registerHtml(register: PublishedRegister): string {
  const title = `Register of interests: ${register.organisation}`;
  return standalonePage(
    title,
    `<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">As it stood on ${escapeHtml(dayText(register.publishedOn))}.</p>
</header>
<main>
<p>Everyone who works for ${escapeHtml(register.organisation)}, its volunteers and the members of its advisory board declare their interests (employment, financial and family interests, voluntary and political roles) at least once every 12 months, or that they have nothing to declare. Each interest says how it is managed: the work about it the person does not do, so that what people tell us is heard without bias. Interests that ended in the last 12 months are listed too.</p>
<p>${register.people.length} ${register.people.length === 1 ? 'person is' : 'people are'} on the register.</p>
${register.people.map(personHtml).join('\n')}
</main>`,
  );
}

export function registerCsv(register: PublishedRegister): string {
  const header = ['name', 'capacity', 'last_declared_on', 'declaration', 'kind', 'with', 'with_kind', 'description', 'from', 'to', 'management', 'does_not'];
  const rows = register.people.flatMap((person) => {
    const who = [person.name, person.capacity, person.lastDeclaredOn, person.declaration];
    if (person.interests.length === 0) return [[...who, null, null, null, null, null, null, null, null]];
    return person.interests.map((i) => [...who, i.kind, i.with, i.withKind, i.description, i.from, i.to, i.management, i.mustNot.join('; ')]);
  });
  return writeCsv([header, ...rows], { guardFormulas: true });
}

function readme(register: PublishedRegister): string {
  return [
    `Register of interests: ${register.organisation}`,
    `As it stood on ${register.publishedOn}`,
    '',
    'FILES',
    '  register.html    The register as a page: open it in any web browser (it needs no internet).',
    '  register.csv     The same as a spreadsheet (UTF-8). A cell that would start with = + - @ has an',
    '                   apostrophe in front, so that a spreadsheet shows it as text.',
    '  register.json    The same as JSON; described by schemas/register.schema.json.',
    '  manifest.json    What this bundle holds, with the SHA-256 of every file.',
    '  manifest.sig     The organisation\'s Ed25519 signature over manifest.json.',
    '  SHA256SUMS       The SHA-256 of every file, for sha256sum -c.',
    '',
    'It holds names and declared interests only: no contact details.',
    '',
  ].join('\r\n');
}

export const registerFiles = (register: PublishedRegister): BundleFile[] => [
  { name: 'README.txt', data: readme(register) },
  { name: 'register.html', data: registerHtml(register) },
  { name: 'register.csv', data: registerCsv(register) },
  { name: 'register.json', data: `${JSON.stringify(register, null, 2)}\n` },
  { name: REGISTER_SCHEMA_FILE, data: `${JSON.stringify(z.toJSONSchema(publishedRegisterSchema), null, 2)}\n` },
];
