/**
 * A search snippet as the service sends it: matched words between MATCH_START and
 * MATCH_END (control characters nobody types). Split into plain and matched parts,
 * so that the list renders the matches as <mark> elements with React text nodes:
 * whatever the words contain stays text, never markup.
 */
import { MATCH_END, MATCH_START } from '../../../../shared/workbench/schemas';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let start = 0;
  for (let i = 0; i < snippet.length; i += 1) {
    const ch = snippet[i];
    if (ch !== MATCH_START && ch !== MATCH_END) continue;
    if (i > start) parts.push({ text: snippet.slice(start, i), match });
    match = ch === MATCH_START;
    start = i + 1;
  }
  if (start < snippet.length) parts.push({ text: snippet.slice(start), match });
  return parts;
}

/** True when the snippet marks at least one matched word. */
export const hasMatch = (snippet: string): boolean => snippet.includes(MATCH_START);
