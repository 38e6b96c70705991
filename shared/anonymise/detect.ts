import { DEFAULT_ALLOW_LIST } from '../../resources/names/allow-list';
import { detectAddresses } from './detectors/address';
import { detectDates } from './detectors/date';
import { detectDodgedEmails } from './detectors/email-dodges';
import { detectEmails, detectUrls } from './detectors/email-url';
import { detectNhsNumbers } from './detectors/nhs-number';
import { detectNinos } from './detectors/nino';
import { detectPersons, type NameKeys } from './detectors/person/index';
import { detectPhones } from './detectors/phone';
import { detectPostcodes } from './detectors/postcode';
import { detectSpelledNumbers } from './detectors/spelled-numbers';
import { digitView } from './text/digit-view';
import { resolveOverlaps } from './spans';
import { analyse, wordFlags } from './text/analysis';
import { PhraseMatcher } from './text/phrases';
import { tokenize, WordTable } from './text/tokens';
import type { DetectOptions, Detection } from './types';
import { F, NAME_FLAGS } from './lexicon/lexicon';

export interface DetectResult {
  detections: Detection[];
  /** Names worth looking for in later texts of the same bundle. */
  bundleKeys: NameKeys;
}

/** A detector with its allow-list and known names compiled once. */
export interface Detector {
  detect(text: string): Detection[];
  /** Detection with names carried over from earlier texts of a bundle. */
  detectInBundle(text: string, bundleKeys: NameKeys): DetectResult;
}

function knownNameKeys(names: readonly string[]): NameKeys {
  const keys: NameKeys = new Map();
  for (const name of names) {
    for (const token of tokenize(name)) {
      if (token.key.length < 2 || token.shape === 'digit') continue;
      const flags = wordFlags(token);
      // A known name that is also a word ("Grace") is matched only when capitalised.
      const anyCase = !(flags & (F.FREQUENT | F.AMBIG_FIRST | F.AMBIG_LAST | F.PLACE | F.NON_PERSON)) || (flags & NAME_FLAGS) !== 0;
      keys.set(token.key, anyCase);
    }
  }
  return keys;
}

export function createDetector(options: DetectOptions = {}): Detector {
  return makeDetector(options, true);
}

/**
 * `cacheWords`: remember the words seen and their lexicon flags (see WordTable). Detectors made
 * for a bundle or a task keep them while they live; the module's shared default detector
 * does not, so no word of a text outlives the call that detected it.
 */
function makeDetector(options: DetectOptions, cacheWords: boolean): Detector {
  const allowList = new PhraseMatcher(options.allowList ?? DEFAULT_ALLOW_LIST);
  const knownNames = options.knownNames && options.knownNames.length > 0 ? new PhraseMatcher(options.knownNames) : null;
  const knownKeys = knownNameKeys(options.knownNames ?? []);
  const words = cacheWords ? new WordTable() : undefined;

  function run(text: string, bundleKeys?: NameKeys): DetectResult {
    if (text.trim() === '') return { detections: [], bundleKeys: new Map() };
    const postcodes = detectPostcodes(text);
    // Numbers are read with a letter O taken for a zero ("O77OO 9OO 143").
    const digits = digitView(text);
    const fixed = [
      ...detectEmails(text),
      ...detectDodgedEmails(text),
      ...detectUrls(text),
      ...detectNhsNumbers(digits),
      ...detectNinos(text),
      ...detectPhones(digits),
      ...detectSpelledNumbers(text),
      ...postcodes,
      ...detectDates(text),
    ];
    const analysis = analyse(text, words);
    const addresses = detectAddresses(analysis, postcodes);
    const others = [...fixed, ...addresses];
    const persons = detectPersons(analysis, others, { allowList, knownNames, knownKeys, ...(bundleKeys ? { bundleKeys } : {}) });
    return { detections: resolveOverlaps([...others, ...persons.detections]), bundleKeys: persons.bundleKeys };
  }

  return {
    detect: (text) => run(text).detections,
    detectInBundle: (text, bundleKeys) => run(text, bundleKeys),
  };
}

let defaultDetector: Detector | undefined;

/** Finds identifiers in free text. Offsets are UTF-16 indices into `text`. */
export function detect(text: string, options?: DetectOptions): Detection[] {
  if (options && (options.allowList || options.knownNames)) return createDetector(options).detect(text);
  defaultDetector ??= makeDetector({}, false);
  return defaultDetector.detect(text);
}
