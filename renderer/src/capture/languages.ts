/**
 * Suggestions for "language it was said in", common in London boroughs; any other
 * language can be typed. Their English names are in the vocabulary resources.
 */
export const LANGUAGE_SUGGESTIONS = [
  'english',
  'arabic',
  'bengali',
  'sylheti',
  'somali',
  'polish',
  'portuguese',
  'spanish',
  'romanian',
  'turkish',
  'farsi',
  'kurdish',
  'tigrinya',
  'urdu',
  'punjabi',
  'gujarati',
  'tamil',
  'cantonese',
  'mandarin',
  'french',
  'italian',
  'ukrainian',
  'bsl',
] as const;
