import type { surveyContract } from '../../shared/survey/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';
import { createJobContext } from '../jobs/job-context';

export function surveyHandlers({ survey, users, jobs }: Services): HandlersFor<keyof typeof surveyContract> {
  return {
    readSurveyFile: ({ path }) => survey.readFile(path),
    previewSurveyImport: (request) => survey.preview(request, createJobContext()),
    startSurveyImport: (request) => {
      const user = users.require('staff', 'admin');
      return jobs.start('survey-import', user.id, (context) => survey.import(request, user, context));
    },
  };
}
