/** The searches the workbench benchmarks time: words, prefix, phrase, OR, NOT, of common to rare words in the synthetic text. */
export const QUERIES = ['waited', 'interpreter', 'dentist NHS', '"referral to the specialist"', 'dent*', 'parking OR transport', 'catheter', 'wheelchair NOT ramp', 'Tigrinya', 'rushed listened', 'halal', 'discharge care plan'];
