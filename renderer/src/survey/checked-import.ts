import type { SurveyMapping, SurveyOptions, SurveyPreview } from '../../../shared/survey/schemas';

/** What the mapping step hands on once every row has been checked: the choices and their preview. */
export interface CheckedImport {
  mapping: SurveyMapping;
  options: SurveyOptions;
  preview: SurveyPreview;
}
