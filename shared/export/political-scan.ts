/**
 * Finds mentions of political parties, candidates and campaign wording in the text
 * that is about to leave, so a person can review them before an export made during a
 * pre-election period. Whole words only; case-insensitive except for names that are
 * also everyday words ("in labour", "a reform"), which must be capitalised as a name.
 */
export type MentionKind = 'party' | 'candidate' | 'campaign';

export interface PoliticalTerm {
  term: string;
  kind: MentionKind;
  caseSensitive: boolean;
}

export interface Mention {
  term: string;
  kind: MentionKind;
  /** The words around the mention, from the anonymised text. */
  snippet: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits in any script count as word characters, so "Labour" is not found in "Labourer".
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const SNIPPET_SIDE = 40;

export interface PoliticalScanner {
  scan(text: string): Mention[];
}

export function createPoliticalScanner(terms: readonly PoliticalTerm[]): PoliticalScanner {
  const usable = terms.filter((t) => t.term.trim().length > 0);
  // Longest first, so "Green Party" is reported rather than a shorter term inside it.
  const sorted = [...usable].sort((a, b) => b.term.length - a.term.length);
  const build = (list: PoliticalTerm[], flags: string) =>
    list.length === 0 ? null : new RegExp(`${BEFORE}(?:${list.map((t) => escape(t.term.trim()).replace(/\s+/g, '\\s+')).join('|')})${AFTER}`, flags);
  const insensitive = build(sorted.filter((t) => !t.caseSensitive), 'giu');
  const sensitive = build(sorted.filter((t) => t.caseSensitive), 'gu');
  const lookup = new Map<string, PoliticalTerm>();
  for (const t of sorted) {
    const key = t.caseSensitive ? t.term.trim() : t.term.trim().toLowerCase();
    if (!lookup.has(key)) lookup.set(key, t);
  }
  const termOf = (matched: string, caseSensitive: boolean) => {
    const flat = matched.replace(/\s+/g, ' ');
    return lookup.get(caseSensitive ? flat : flat.toLowerCase());
  };

  return {
    scan(text) {
      const found: (Mention & { at: number })[] = [];
      for (const [pattern, caseSensitive] of [
        [insensitive, false],
        [sensitive, true],
      ] as const) {
        if (!pattern) continue;
        for (const match of text.matchAll(pattern)) {
          const term = termOf(match[0], caseSensitive);
          const at = match.index;
          const from = Math.max(0, at - SNIPPET_SIDE);
          const to = Math.min(text.length, at + match[0].length + SNIPPET_SIDE);
          const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
          found.push({ at, term: term?.term ?? match[0], kind: term?.kind ?? 'campaign', snippet });
        }
      }
      return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
    },
  };
}
