/** README.txt: what each file is, the profile's rules, what was left out and why, and how to check the bundle. */
import { LEFT_OUT_REASONS } from '../../../shared/export/schemas';
import { actionPlanReadme } from './action-plan';
import { LEFT_OUT_TEXT, periodText, profileRules, type BundleMeta } from './bundle-meta';

const wrap = (lines: readonly string[]) => lines.map((line) => `  - ${line}`).join('\r\n');

export function readmeText(meta: BundleMeta): string {
  const leftOut = LEFT_OUT_REASONS.map((r) => `${meta.leftOut[r]} because ${LEFT_OUT_TEXT[r]}`);
  const lines = [
    `Intelligence from ${meta.organisation}`,
    `For: ${meta.recipient} (profile: ${meta.profile.displayName})`,
    `Stories heard: ${periodText(meta)}`,
    `Made: ${meta.createdAt}`,
    '',
    'These are experiences members of the public told us about health and care services.',
    'They are evidence of experience, not findings of an inspection. Names and other details',
    'that could identify someone are replaced by placeholders such as [PERSON 1]; the same',
    'placeholder means the same person or thing throughout this bundle, and nowhere else.',
    'A member of staff checked the anonymisation of every story before it left.',
    '',
    'FILES',
    '  report.html      A readable report: open it in any web browser (it needs no internet).',
    '  stories.json     Every story included, as JSON; described by schemas/stories.schema.json.',
    '  stories.csv      The same stories as a spreadsheet (UTF-8, comma-separated).',
    '  summary.csv      Counts of stories by theme and sentiment, by type of service, and by sentiment.',
    ...(meta.actionPlan ? [actionPlanReadme(meta.actionPlan)] : []),
    '  schemas/         JSON Schemas for stories.json and manifest.json.',
    '  manifest.json    What this bundle holds: every file with its SHA-256 hash, and how it was made.',
    '  manifest.sig     The organisation\'s Ed25519 signature over manifest.json.',
    '  SHA256SUMS       The SHA-256 hash of every file, for sha256sum -c.',
    '',
    'WHAT THIS PROFILE LETS OUT',
    wrap(profileRules(meta.profile)),
    meta.generalised.length ? `  To reach k = ${meta.profile.k}, these were widened: ${meta.generalised.join('; ')}.` : '',
    '  A demographic value of "*" was withheld to keep groups of at least k; "Not stated" means',
    '  the person preferred not to say; an empty value means it was not asked or not sent.',
    '',
    'WHAT WAS LEFT OUT',
    `  ${meta.matched} stories matched the dates and filters; ${meta.included} are included.`,
    '  Each story left out is counted once, under the first reason that applies:',
    wrap(leftOut),
    `  ${meta.textWithheld.noConsentToQuote} stories go out without their words because the person did not agree to be quoted` +
      (meta.textWithheld.profileExcludesQuotes ? `, and ${meta.textWithheld.profileExcludesQuotes} because this profile sends no quotes.` : '.'),
    '  Their text is empty (null in stories.json, with the reason in text_withheld); themes and sentiment are included.',
    '',
    'SPREADSHEET SAFETY',
    `  In stories.csv and summary.csv${meta.actionPlan ? ' (and action-plan.csv)' : ''}, a cell that begins with = + - @ or a tab or carriage return has an`,
    '  apostrophe (\') added in front, so that a spreadsheet shows it as text and never runs it as a formula.',
    '  stories.json keeps every word exactly as exported, without that apostrophe.',
    '',
    ...(meta.election
      ? [
          'PRE-ELECTION PERIOD',
          `  Made during "${meta.election.period.name}" (${meta.election.period.noticeDate} to ${meta.election.period.pollingDay}).`,
          `  ${meta.election.mentionCount} mentions of parties, candidates or campaign wording were listed and reviewed.`,
          `  ${meta.election.confirmation.confirmedBy} confirmed, at ${meta.election.confirmation.confirmedAt}:`,
          wrap(meta.election.confirmation.itemTexts),
          `  Approved by: ${meta.election.confirmation.approvedBy}`,
          '',
        ]
      : []),
    'HOW TO CHECK THIS BUNDLE IS COMPLETE AND UNCHANGED',
    '  With Verbatim installed:   verbatim verify BUNDLE.zip',
    '  With standard tools (Linux or macOS; OpenSSL 3.0 or later; jq), after unzip -q BUNDLE.zip -d bundle; cd bundle:',
    '    1. Every file is the one that was listed:',
    '         sha256sum -c SHA256SUMS          (on macOS: shasum -a 256 -c SHA256SUMS)',
    '    2. SHA256SUMS is the one the manifest lists (the two hashes must be the same):',
    '         sha256sum SHA256SUMS',
    '         jq -r \'.files[] | select(.name == "SHA256SUMS") | .sha256\' manifest.json',
    '    3. The manifest is signed by the key it names ("Signature Verified Successfully"):',
    '         jq -r .signingKey.publicKeyPem manifest.json > key.pem',
    '         base64 -d manifest.sig > manifest.sig.bin',
    '         openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json -sigfile manifest.sig.bin',
    '    4. The key is the organisation\'s: compare this with the fingerprint they gave you by another route:',
    '         openssl pkey -pubin -in key.pem -outform DER | sha256sum',
    '  On Windows, Get-FileHash -Algorithm SHA256 stories.csv in PowerShell gives a file\'s hash to compare with SHA256SUMS.',
    '',
  ];
  return `${lines.join('\r\n')}`;
}
