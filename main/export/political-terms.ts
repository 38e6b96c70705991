/** The words scanned for in exports made during a pre-election period: parties, campaign wording, and the period's candidates. */
import partiesFile from '../../resources/export/political-parties.json';
import { z } from 'zod';
import { createPoliticalScanner, type PoliticalScanner, type PoliticalTerm } from '../../shared/export/political-scan';

const politicalTermsFileSchema = z.object({
  source: z.string().min(1),
  parties: z.array(z.object({ name: z.string().min(1), shortNames: z.array(z.string().min(1)) }).strict()).min(1),
  campaignSource: z.string().min(1),
  campaignWording: z.array(z.string().min(1)).min(1),
  caseSensitiveNote: z.string(),
  caseSensitive: z.array(z.string().min(1)),
});

let standing: PoliticalTerm[] | null = null;

function standingTerms(): PoliticalTerm[] {
  if (standing) return standing;
  const file = politicalTermsFileSchema.parse(partiesFile);
  const caseSensitive = new Set(file.caseSensitive);
  const partyNames = new Set(file.parties.flatMap((p) => [p.name, ...p.shortNames]));
  standing = [
    ...[...partyNames].map((term) => ({ term, kind: 'party' as const, caseSensitive: caseSensitive.has(term) })),
    ...file.campaignWording.map((term) => ({ term, kind: 'campaign' as const, caseSensitive: caseSensitive.has(term) })),
  ];
  return standing;
}

export function politicalScanner(candidates: readonly string[]): PoliticalScanner {
  return createPoliticalScanner([...standingTerms(), ...candidates.map((term) => ({ term, kind: 'candidate' as const, caseSensitive: false }))]);
}
