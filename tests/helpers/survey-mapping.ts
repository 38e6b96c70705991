/**
 * The survey layout the survey tests share: the words, date, service, consent to
 * share, age and postcode in columns 0 to 5 (language only where a test says so).
 */
import { DEFAULT_YES_VALUES, type SurveyMapping, type SurveyOptions } from '../../shared/survey/schemas';

export function surveyMapping(overrides: Partial<SurveyMapping> = {}): SurveyMapping {
  return {
    text: 0,
    date: 1,
    service: 2,
    consentShare: { column: 3, yesValues: [...DEFAULT_YES_VALUES] },
    consentQuote: null,
    age: 4,
    sex: null,
    ethnicity: null,
    postcode: 5,
    language: null,
    ...overrides,
  };
}

export const SURVEY_OPTIONS: SurveyOptions = { unmatchedService: 'problem', defaultLanguage: 'English' };
