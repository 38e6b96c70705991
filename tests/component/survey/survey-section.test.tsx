import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ok } from '../../../shared/result';
import type { SurveyFile, SurveyPreview } from '../../../shared/survey/schemas';
import { SurveySection } from '../../../renderer/src/survey/SurveySection';
import { guessMapping } from '../../../renderer/src/survey/mapping-form';
import { failure, fakeApi, installApi } from '../fake-api';
import { expectFocus } from '../waits';

const PATH = '/home/staff/Downloads/survey.csv';
const SHA = 'a'.repeat(64);
const JOB = 'job-0123456789abcdef';
const WORDS = '  The GP was kind,\nbut I waited three weeks.  ';

const FILE: SurveyFile = {
  columns: ['Respondent ID', 'Tell us about your experience', 'Date submitted', 'Which service?', 'Can we share your feedback?', 'Email'],
  rowCount: 3,
  sample: [
    ['101', WORDS, '14/03/2026', 'Church Street Surgery', 'Yes', 'a@example.org'],
    ['102', 'Too long a wait', '15/03/2026', 'Nowhere', 'No', ''],
  ],
  fileSha256: SHA,
  delimiter: ',',
  encoding: 'utf-8',
};

const PREVIEW: SurveyPreview = {
  fileSha256: SHA,
  validRows: 2,
  invalidRows: 1,
  problems: [{ row: 3, column: 'Which service?', message: '"Nowhere" matches no service name or ODS code in the register.' }],
  problemCount: 1,
  alreadyImported: 0,
  preview: [
    {
      row: 2,
      text: WORDS,
      heardOn: '2026-03-14',
      serviceName: 'Church Street Surgery',
      language: 'English',
      consent: { keep: true, share: true, quote: false, contact: false },
      equality: { ageBand: '35-44' },
    },
  ],
};

const done = (result: unknown): JobStatus => ({ id: JOB, kind: 'survey-import', state: 'done', progress: { done: 2, total: 2, phase: 'saving' }, result });

function setUp() {
  const { api } = fakeApi({ state: 'unlocked' });
  api.readSurveyFile.mockResolvedValue(ok(FILE));
  api.previewSurveyImport.mockResolvedValue(ok(PREVIEW));
  api.startSurveyImport.mockResolvedValue(ok({ jobId: JOB }));
  api.getJobStatus.mockResolvedValue(ok(done({ imported: 2, skipped: 1, alreadyImported: 0 })));
  installApi(api);
  render(<SurveySection />);
  return { api, user: userEvent.setup() };
}

describe('survey import screen', () => {
  it('goes from file to columns to checks to import and report, by keyboard, keeping choices on the way back', async () => {
    const { api, user } = setUp();
    // 1: the file.
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    expect(screen.getByText('Give the full path to the survey file.')).toBeTruthy();
    expect(api.readSurveyFile).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Survey file (CSV)' }), PATH);
    await user.keyboard('{Enter}');
    expect(api.readSurveyFile).toHaveBeenCalledWith({ path: PATH });

    // 2: the columns, guessed from their names, with a sample answer beside each.
    const heading = await screen.findByRole('heading', { name: 'Match the columns' });
    await expectFocus(heading);
    const words = screen.getByRole('combobox', { name: "The person's words" }) as HTMLSelectElement;
    expect(words.value).toBe('1');
    expect(screen.getByText(/First answer:\s+The GP was kind/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Date of the answer' }) as HTMLSelectElement).value).toBe('2');
    expect((screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement).value).toBe('3');
    expect((screen.getByRole('combobox', { name: 'Agreed to share (anonymised)' }) as HTMLSelectElement).value).toBe('4');
    expect(screen.getByText(/Contact details in the file .* are never imported/)).toBeTruthy();

    await user.selectOptions(words, 'Not in this file');
    await user.click(screen.getByRole('button', { name: 'Check every row' }));
    expect(api.previewSurveyImport).not.toHaveBeenCalled();
    expect(screen.getAllByText("Choose the column that holds people's words.").length).toBeGreaterThan(0);
    await user.selectOptions(words, 'Tell us about your experience');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agreed to be quoted (anonymised)' }), 'Date submitted');
    await user.click(screen.getByRole('button', { name: 'Check every row' }));
    expect(screen.getAllByText('This column is already used for Date of the answer.').length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agreed to be quoted (anonymised)' }), 'Not in this file');
    await user.click(screen.getByRole('button', { name: 'Check every row' }));
    expect(api.previewSurveyImport).toHaveBeenCalledWith({
      path: PATH,
      mapping: {
        text: 1,
        date: 2,
        service: 3,
        consentShare: { column: 4, yesValues: ['yes', 'y', 'true', '1', 'agree', 'agreed', 'i agree'] },
        consentQuote: null,
        age: null,
        sex: null,
        ethnicity: null,
        postcode: null,
        language: null,
      },
      options: { unmatchedService: 'problem', defaultLanguage: 'English' },
    });

    // 3: the checks: counts, problems by row, the stories exactly as stored.
    await screen.findByRole('heading', { name: 'Check before importing' });
    expect(screen.getByText('2 rows can be imported.')).toBeTruthy();
    expect(screen.getByText('1 row has a problem.')).toBeTruthy();
    const problems = screen.getByRole('region', { name: 'Problems, by row' });
    expect(problems.tabIndex).toBe(0);
    expect(within(problems).getByRole('rowheader').textContent).toBe('3');
    expect(within(problems).getByText('Which service?')).toBeTruthy();
    const story = screen.getByText((_, element) => element?.classList.contains('survey-words') ?? false);
    expect(story.textContent).toBe(WORDS);

    // Back keeps the columns chosen; forward again shows the same check.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('combobox', { name: "The person's words" }) as HTMLSelectElement).value).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Check every row' }));
    await screen.findByRole('heading', { name: 'Check before importing' });

    // Nothing starts until the invalid rows are skipped and the keep-consent is confirmed.
    const importButton = screen.getByRole('button', { name: 'Import 2 stories' });
    await user.click(importButton);
    expect(screen.getByText('Fix the problems in the file and check it again, or choose to skip the invalid rows.')).toBeTruthy();
    await expectFocus('survey-skip');
    await user.keyboard(' ');
    await user.click(importButton);
    expect(screen.getByText('Confirm that respondents agreed to their feedback being kept.')).toBeTruthy();
    await expectFocus('survey-agreed');
    expect(api.startSurveyImport).not.toHaveBeenCalled();
    await user.keyboard(' ');
    await user.click(importButton);
    expect(api.startSurveyImport).toHaveBeenCalledWith({
      path: PATH,
      mapping: expect.objectContaining({ text: 1, date: 2 }),
      options: { unmatchedService: 'problem', defaultLanguage: 'English' },
      fileSha256: SHA,
      skipInvalid: true,
      respondentsAgreed: true,
    });

    // 4 and 5: the import runs as a job, then the report.
    await screen.findByRole('heading', { name: 'Import finished' });
    expect(screen.getByText('2 stories imported.')).toBeTruthy();
    expect(screen.getByText('1 invalid row skipped.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    expect((screen.getByRole('textbox', { name: 'Survey file (CSV)' }) as HTMLInputElement).value).toBe('');
  });

  it('shows the reader’s own words for a refused file, naming the row', async () => {
    const { api, user } = setUp();
    api.readSurveyFile.mockResolvedValue(failure('CSV_INVALID', 'Row 4 is not UTF-8 text: byte 0xE9 (at position 77 in the file) is from another encoding.'));
    await user.type(screen.getByRole('textbox', { name: 'Survey file (CSV)' }), PATH);
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Row 4 is not UTF-8 text: byte 0xE9');
    expect(screen.getByRole('heading', { name: 'Choose the file' })).toBeTruthy();
  });

  it('says nothing was imported when the import fails, with the reason, and goes back to the check', async () => {
    const { api, user } = setUp();
    api.getJobStatus.mockResolvedValue(
      ok({ id: JOB, kind: 'survey-import', state: 'failed', progress: { done: 0, total: null, phase: 'reading' }, code: 'CSV_INVALID', message: 'The file has changed since it was previewed, so nothing was imported.' }),
    );
    api.previewSurveyImport.mockResolvedValue(ok({ ...PREVIEW, invalidRows: 0, problems: [], problemCount: 0 }));
    await user.type(screen.getByRole('textbox', { name: 'Survey file (CSV)' }), PATH);
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    await user.click(await screen.findByRole('button', { name: 'Check every row' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Respondents agreed to their feedback being kept' }));
    await user.click(screen.getByRole('button', { name: 'Import 2 stories' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The import did not finish. Nothing was imported.');
    expect(alert.textContent).toContain('The file has changed since it was previewed');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Check before importing' })).toBeTruthy();
  });
});

describe('guessing the columns', () => {
  it('takes each column once, the words first, and never a date of birth', () => {
    const form = guessMapping(['Date of birth', 'Please share your experience', 'Timestamp', 'GP practice', 'May we quote you?', 'Age group', 'Gender', 'Ethnic group', 'Postcode', 'Language']);
    expect(form.columns).toEqual({
      text: '1',
      consentShare: '',
      consentQuote: '4',
      date: '2',
      service: '3',
      age: '5',
      sex: '6',
      ethnicity: '7',
      postcode: '8',
      language: '9',
    });
  });
});
