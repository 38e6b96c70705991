/**
 * The search box's language, checked and turned into an SQLite FTS5 query:
 *   words            waiting room         (both words, anywhere)
 *   prefixes         dent*                (dentist, dentures...)
 *   phrases          "waiting list"
 *   AND / OR / NOT   parking OR transport NOT cost    (upper case; AND is implied)
 *   brackets         (gp OR surgery) NOT online
 * A word (not a prefix, not in quotes) also finds its other forms when the caller
 * knows them (`formsOf`: "appointment" → appointments, appointed), as any one of
 * them; a quoted word or phrase matches exactly as typed. A prefix is searched as
 * the words it covers when the caller lists them (`startingWith`: dent* → dental,
 * dentist...): FTS5's own prefix search gathers every story holding any of them
 * before it returns the first, where an OR of the words reads only as far as needed.
 * Every word is quoted before it reaches FTS5, so punctuation in what people type
 * (A&E, 111, don't) is searched for, never parsed as FTS5 syntax. Problems get a
 * plain-English message instead of an SQLite error.
 */
/** `prefixed`: some word is left to FTS5 as a prefix (dent*), which it must gather every word of afresh each time the match starts. */
export type QueryResult = { ok: true; fts: string; terms: string[]; prefixed: boolean } | { ok: false; message: string };

/** The other forms of a word the stories hold (lower case, as indexed); none when it has none or is not one word. */
export type FormsOf = (word: string) => readonly string[];

/**
 * The words the stories hold that start with `start` (lower case, as indexed), or
 * null to leave the prefix to FTS5 (too many words, or a start it cannot list exactly).
 */
export type WordsStarting = (start: string) => readonly string[] | null;

/** A word as the search index keeps it: lower case, accents removed. */
const asIndexed = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Any one of these words (at least one): the word itself when there is only one. */
function anyOf(words: readonly [string, ...string[]]): string {
  return words.length === 1 ? quote(words[0]) : `( ${words.map(quote).join(' OR ')} )`;
}

/** The word, or any of its other forms. */
function anyForm(word: string, formsOf: FormsOf | undefined): string {
  const typed = asIndexed(word);
  return anyOf([word, ...(formsOf?.(word) ?? []).filter((form) => form !== typed)]);
}

/** The prefix as the words it covers, or as FTS5's prefix search when they are not listed. */
function prefixTerm(start: string, startingWith: WordsStarting | undefined): { fts: string; listed: boolean } {
  const [first, ...rest] = startingWith?.(start) ?? [];
  return first === undefined ? { fts: `${quote(start)}*`, listed: false } : { fts: anyOf([first, ...rest]), listed: true };
}

type Token = { kind: 'term'; text: string; prefix: boolean; phrase: boolean } | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' } | { kind: 'open' } | { kind: 'close' };

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function tokenize(input: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (ch === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) return 'A quotation mark is not closed: add the closing " after the phrase.';
      const phrase = input.slice(i + 1, end);
      if (/[\p{L}\p{N}]/u.test(phrase)) tokens.push({ kind: 'term', text: phrase, prefix: false, phrase: true });
      i = end + 1;
      if (input[i] === '*') i += 1; // a prefix on a phrase means nothing here; ignore it quietly
    } else if (ch === '(') {
      tokens.push({ kind: 'open' });
      i += 1;
    } else if (ch === ')') {
      tokens.push({ kind: 'close' });
      i += 1;
    } else {
      let end = i;
      while (end < input.length && !/[\s"()]/u.test(input[end]!)) end += 1;
      const raw = input.slice(i, end);
      i = end;
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
        tokens.push({ kind: 'op', op: raw });
        continue;
      }
      const prefix = raw.endsWith('*');
      const text = raw.replace(/\*+$/, '');
      if (!/[\p{L}\p{N}]/u.test(text)) {
        if (prefix && text === '') return 'A * must follow the start of a word, as in dent*.';
        continue; // lone punctuation carries nothing to search for
      }
      tokens.push({ kind: 'term', text, prefix, phrase: false });
    }
  }
  return tokens;
}

export function parseSearchQuery(input: string, formsOf?: FormsOf, startingWith?: WordsStarting): QueryResult {
  if (input.length > 1000) return { ok: false, message: 'The search is too long; use fewer words.' };
  const tokens = tokenize(input);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  if (tokens.length === 0) return { ok: false, message: 'Type a word to search for.' };

  const out: string[] = [];
  const terms: string[] = [];
  let depth = 0;
  // Whether the previous token ends an operand (a term or a closing bracket).
  let afterOperand = false;
  let prefixed = false;
  for (const token of tokens) {
    if (token.kind === 'term' || token.kind === 'open') {
      if (afterOperand) out.push('AND');
      if (token.kind === 'open') {
        depth += 1;
        out.push('(');
        afterOperand = false;
      } else {
        if (token.prefix) {
          const prefix = prefixTerm(token.text, startingWith);
          prefixed ||= !prefix.listed;
          out.push(prefix.fts);
        } else {
          out.push(token.phrase ? quote(token.text) : anyForm(token.text, formsOf));
        }
        terms.push(token.text);
        afterOperand = true;
      }
    } else if (token.kind === 'close') {
      if (depth === 0) return { ok: false, message: 'A closing bracket ) has no opening bracket (.' };
      if (!afterOperand) return { ok: false, message: 'Brackets must have words inside them.' };
      depth -= 1;
      out.push(')');
      afterOperand = true;
    } else {
      if (!afterOperand) return { ok: false, message: `${token.op} needs words before it, as in "parking ${token.op} transport".` };
      out.push(token.op);
      afterOperand = false;
    }
  }
  if (depth > 0) return { ok: false, message: 'A bracket ( is not closed: add the closing ).' };
  const last = tokens.at(-1)!;
  if (last.kind === 'op') return { ok: false, message: `${last.op} needs words after it, as in "parking ${last.op} transport".` };
  return { ok: true, fts: out.join(' '), terms, prefixed };
}
