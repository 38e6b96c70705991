import { F, getLexicon } from '../lexicon/lexicon';
import type { Detection } from '../types';

// Email addresses written to dodge filters: "j.smith at nhs dot net", "hamid[at]protonmail[dot]com",
// "mandy_r (at) yahoo.co.uk", "tomekzaw @ wp . pl", "marcus.b @ gmail .com", "kiran.d AT bt-internet DOT com". Found
// from the "at" and kept only when a domain with a known top-level domain follows, so "at
// the hospital" costs one failed look-ahead.

const AT = /\s?(?:\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\))\s?|\s(?:at|AT)\s|\s@\s?|@\s/g;
const DOT = '(?:\\s?(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>)\\s?|\\s(?:dot|DOT)\\s|\\.|\\s\\.\\s| \\.)';
const LOCAL_LABEL = "[A-Za-z0-9_%+'-]{1,64}";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})';
const LABEL_AT_START = new RegExp(`^${DOMAIN_LABEL}`);
const DOT_AT_START = new RegExp(`^${DOT}`);
const LOCAL = new RegExp(`${LOCAL_LABEL}(?:${DOT}${LOCAL_LABEL}){0,4}$`);
const TOP_LEVEL = new Set(
  `com net org uk co info biz edu gov ac nhs io me eu de fr pl ro pt es it nl be ie in pk bd ng gh ke za au nz ca us br tr ru ua
  cn hk tw jp kr ae sa eg ma lk np ph my sg so et er ir iq sy lb jo il gr cy bg hu cz sk lt lv ee se no dk fi ch at
  cymru wales scot london online email live xyz`.split(/\s+/),
);
const MAX_LOCAL_LOOKBACK = 120;
/** An English word that is no one's name ("look"), as opposed to "john" or "mark". */
const ordinaryWord = (flags: number): boolean => (flags & (F.FREQUENT | F.WORD)) !== 0 && !(flags & (F.FIRST | F.LAST | F.AMBIG_FIRST | F.AMBIG_LAST));

/** End of a domain of two to six labels starting at `from`, at its last top-level label ("nhs dot net"), or -1. */
function domainEnd(text: string, from: number): number {
  let i = from;
  let end = -1;
  for (let labels = 1; labels <= 6; labels++) {
    const label = LABEL_AT_START.exec(text.slice(i, i + 64));
    if (!label) break;
    i += label[0].length;
    if (labels >= 2 && TOP_LEVEL.has(label[0].toLowerCase())) end = i;
    const dot = DOT_AT_START.exec(text.slice(i, i + 8));
    if (!dot) break;
    i += dot[0].length;
  }
  return end;
}

export function detectDodgedEmails(text: string): Detection[] {
  const found: Detection[] = [];
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m !== null; m = AT.exec(text)) {
    const end = domainEnd(text, m.index + m[0].length);
    if (end < 0) continue;
    const local = LOCAL.exec(text.slice(Math.max(0, m.index - MAX_LOCAL_LOOKBACK), m.index));
    if (!local) continue;
    const start = m.index - local[0].length;
    if (start > 0 && /[\p{L}\p{N}@]/u.test(text.charAt(start - 1))) continue;
    // "Look at nhs dot uk": before a plain "at", a single common word is the sentence, not an address.
    if (/^\s(?:at|AT)\s$/.test(m[0]) && /^[A-Za-z]+$/.test(local[0]) && ordinaryWord(getLexicon().flagsOf(local[0].toLowerCase()))) continue;
    found.push({ start, end, type: 'EMAIL', confidence: 'high', rule: 'email.dodged' });
    AT.lastIndex = end;
  }
  return found;
}
