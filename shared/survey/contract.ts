/** IPC methods for survey (filled in by the survey work). */
export const surveyContract = {} as const;
