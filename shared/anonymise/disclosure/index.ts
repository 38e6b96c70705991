export { AGE_BAND_LEVELS, DEFAULT_AGE_BANDS, ageToBand, bandMinimum, widenAgeBand, type AgeBand } from './age-bands';
export {
  BROAD_ETHNIC_GROUPS,
  dateToMonth,
  districtToArea,
  ethnicityToBroadGroup,
  monthToQuarter,
  periodToYear,
  postcodeToDistrict,
} from './generalise';
export {
  QUASI_IDENTIFIERS,
  SUPPRESSED,
  kAnonymise,
  type Generalisation,
  type KAnonymityOptions,
  type KAnonymityReport,
  type KAnonymityResult,
  type QuasiIdentifier,
  type QuasiRecord,
} from './k-anonymity';
export { NHS_SMALL_NUMBER_RULE, suppressCount, suppressTable, type SmallNumberRule } from './small-numbers';
