import { F, getLexicon } from '../../lexicon/lexicon';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether a word in no list is one slip (a letter added, dropped, changed or two swapped) from
 * an ordinary word: "discusting", "recomend" are typos in survey answers, not names.
 * Used only for words already judged as possible names, so the few hundred look-ups are rare.
 * Words under six letters are never called typos.
 */
export function isTypoOfWord(key: string): boolean {
  // A short word is one slip from too many words ("doso": dose, dodo) for the test to say anything.
  if (key.length < 6) return false;
  const lexicon = getLexicon();
  const ordinary = (w: string): boolean => (lexicon.flagsOf(w) & (F.FREQUENT | F.WORD)) !== 0;
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i);
    const tail = key.slice(i);
    if (tail && ordinary(head + tail.slice(1))) return true;
    if (tail.length > 1 && ordinary(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of LETTERS) {
      if (tail && letter !== tail[0] && ordinary(head + letter + tail.slice(1))) return true;
      if (ordinary(head + letter + tail)) return true;
    }
  }
  return false;
}
