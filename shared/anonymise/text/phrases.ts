import { tokenize, type Token } from './tokens';

interface PhraseNode {
  children: Map<string, PhraseNode>;
  /** A phrase ends here; true when its last word must be possessive ("Guy's" but not "Guy"). */
  end: false | 'any' | 'possessive';
}

const newNode = (): PhraseNode => ({ children: new Map(), end: false });

/**
 * Finds listed phrases ("St Mary's", "Chelsea and Westminster", "Maida Vale") in a token
 * stream, word by word, ignoring case, accents and apostrophe style.
 */
export class PhraseMatcher {
  private readonly root = newNode();
  private size = 0;

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) this.add(phrase);
  }

  get count(): number {
    return this.size;
  }

  add(phrase: string): void {
    const words = tokenize(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let next = node.children.get(word.key);
      if (!next) {
        next = newNode();
        node.children.set(word.key, next);
      }
      node = next;
    }
    const last = words[words.length - 1];
    const wantsPossessive = last !== undefined && last.possessive;
    // A phrase listed both ways keeps the looser form.
    if (node.end !== 'any') node.end = wantsPossessive ? 'possessive' : 'any';
    this.size++;
  }

  /** Sets marks[i] = 1 for every token inside a listed phrase (longest match from each start). */
  mark(tokens: readonly Token[], marks: Uint8Array): void {
    for (let i = 0; i < tokens.length; i++) {
      let node: PhraseNode | undefined = this.root;
      let matchedEnd = -1;
      for (let j = i; j < tokens.length && node; j++) {
        const token: Token = tokens[j]!;
        node = node.children.get(token.key);
        if (!node) break;
        if (node.end === 'any' || (node.end === 'possessive' && token.possessive)) matchedEnd = j;
      }
      for (let k = i; k <= matchedEnd; k++) marks[k] = 1;
    }
  }
}
