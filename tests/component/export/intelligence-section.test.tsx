import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import profilesFile from '../../../resources/export/profiles.json';
import { ELECTION_CHECKLIST } from '../../../shared/export/election-checklist';
import type { ExportProfile } from '../../../shared/export/profiles';
import type { ElectionPeriod, IntelligencePreview } from '../../../shared/export/schemas';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { err, ok } from '../../../shared/result';
import { IntelligenceSection } from '../../../renderer/src/export/IntelligenceSection';
import { fakeApi, installApi } from '../fake-api';
import { expectFocus } from '../waits';

const PROFILES = profilesFile.profiles as ExportProfile[];
const JOB = 'job-0123456789abcdef';
const PREVIEW_JOB = 'job-00000000000000aa';
const SHA = 'b'.repeat(64);
const PATH = '/home/staff/Verbatim exports/healthwatch-england-bundle.zip';

const PREVIEW: IntelligencePreview = {
  profile: PROFILES[0]!,
  matched: 12,
  included: 7,
  leftOut: { noConsentToShare: 1, notApproved: 2, masksNotChecked: 1, masksOutOfDate: 1, suppressedByKAnonymity: 0 },
  textWithheld: { noConsentToQuote: 2, profileExcludesQuotes: 0 },
  generalised: ['quarter'],
  election: null,
  actionPlan: null,
};

const PERIOD: ElectionPeriod = {
  id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
  name: 'Westminster council election',
  noticeDate: '2026-03-30',
  pollingDay: '2026-05-07',
  candidates: ['Jane Marlow'],
  createdByName: 'Amira Khan',
  createdAt: '2026-03-01T10:00:00Z',
};

const ELECTION_PREVIEW: IntelligencePreview = {
  ...PREVIEW,
  election: {
    period: PERIOD,
    checklist: ELECTION_CHECKLIST.map((item) => ({ ...item })),
    mentions: [{ storyId: 'S-0123456789ab', term: 'Labour', kind: 'party', snippet: 'the Labour council closed it' }],
    mentionCount: 1,
  },
};

const done: JobStatus = { id: JOB, kind: 'intelligence-export', state: 'done', progress: { done: 12, total: 12, phase: 'writing' }, result: { path: PATH, manifestSha256: SHA, included: 7, leftOut: PREVIEW.leftOut } };
const previewRunning: JobStatus = { id: PREVIEW_JOB, kind: 'intelligence-preview', state: 'running', progress: { done: 40000, total: 100000, phase: 'kAnonymity' } };

/**
 * The preview job answers `previewRunning` until the test calls `finish` (or the screen
 * cancels it), then its outcome: by default the preview given. Waits for the profiles,
 * which arrive after the form: a preview asked for before them would be for no profile.
 */
async function setUp(preview: IntelligencePreview, periods: ElectionPeriod[] = []) {
  const { api } = fakeApi({ state: 'unlocked' });
  api.listExportProfiles.mockResolvedValue(ok(PROFILES));
  api.listElectionPeriods.mockResolvedValue(ok(periods));
  api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: '/home/staff/Verbatim exports' }));
  api.startIntelligencePreview.mockResolvedValue(ok({ jobId: PREVIEW_JOB }));
  api.startIntelligenceExport.mockResolvedValue(ok({ jobId: JOB }));
  let previewEnd: JobStatus | null = { ...previewRunning, state: 'done', result: preview };
  let held = false;
  api.getJobStatus.mockImplementation(async ({ jobId }) => (jobId === JOB ? ok(done) : ok(held || !previewEnd ? previewRunning : previewEnd)));
  api.cancelJob.mockImplementation(async () => {
    previewEnd = { ...previewRunning, state: 'cancelled' };
    held = false;
    return ok(previewRunning);
  });
  installApi(api);
  render(<IntelligenceSection />);
  await screen.findByTestId('profile-rules');
  return {
    api,
    user: userEvent.setup(),
    /** Keeps the preview running until `finish`. */
    hold: () => (held = true),
    finish: (end: JobStatus = { ...previewRunning, state: 'done', result: preview }) => {
      previewEnd = end;
      held = false;
    },
  };
}

/** The bundle's path: offered once the exports folder is known, which may be after the preview. */
const savePath = () => screen.getByRole('textbox', { name: /Save the bundle as/ }) as HTMLInputElement;

describe('the intelligence bundle screen', () => {
  it('explains the profile, previews the counts per reason, and exports by keyboard to a done panel with the hash', async () => {
    const { api, user } = await setUp(PREVIEW);
    const rules = await screen.findByTestId('profile-rules');
    expect(within(rules).getByText('Postcode district (such as W9)')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Who is it for/ }), 'public-report');
    expect(within(screen.getByTestId('profile-rules')).getByText('Service types only, never names')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Who is it for/ }), 'healthwatch-england');

    await user.click(screen.getByRole('button', { name: 'Preview what goes out' }));
    expect(screen.getByText('Enter who will receive the bundle')).toBeTruthy();
    expect(api.startIntelligencePreview).not.toHaveBeenCalled();
    await expectFocus('intelligence-recipient');

    await user.type(screen.getByRole('textbox', { name: /Recipient/ }), 'Healthwatch England');
    await user.keyboard('{Enter}');
    expect(api.startIntelligencePreview).toHaveBeenCalledWith({ profile: 'healthwatch-england', recipient: 'Healthwatch England', filters: {} });
    const preview = await screen.findByTestId('intelligence-preview');
    expect(within(preview).getByText('7 stories will go out.')).toBeTruthy();
    expect(within(screen.getByTestId('left-out-notApproved')).getByText('2')).toBeTruthy();
    expect(within(preview).getByText(/2 stories go out without their words/)).toBeTruthy();

    const path = (await screen.findByRole('textbox', { name: /Save the bundle as/ })) as HTMLInputElement;
    await waitFor(() => expect(path.value).toMatch(/^\/home\/staff\/Verbatim exports\/healthwatch-england-bundle-\d{4}-\d{2}-\d{2}\.zip$/));
    await user.click(screen.getByRole('button', { name: 'Export the bundle' }));
    expect(api.startIntelligenceExport).toHaveBeenCalledWith({ path: path.value, request: { profile: 'healthwatch-england', recipient: 'Healthwatch England', filters: {} } });
    const donePanel = await screen.findByTestId('intelligence-done');
    expect(within(donePanel).getByText(PATH)).toBeTruthy();
    expect(within(donePanel).getByTestId('manifest-hash').textContent).toBe(SHA);
  });

  it('shows the preview job in words as it goes, then its result, which takes the focus', async () => {
    const { api, user, hold, finish } = await setUp(PREVIEW);
    hold();
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'Healthwatch England{Enter}');
    // The progress shows ("Starting the preview") before the job's first answer fills it in.
    const progress = await screen.findByTestId('job-progress');
    expect(await within(progress).findByText('Checking that every group of details is shared by at least k stories')).toBeTruthy();
    expect(within(progress).getByRole('status').textContent).toBe('40% done (40,000 of 100,000)');
    expect(screen.getByRole('button', { name: 'Working out what goes out…' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Working out what goes out…' }));
    expect(api.startIntelligencePreview).toHaveBeenCalledTimes(1);

    finish();
    const preview = await screen.findByTestId('intelligence-preview');
    expect(within(preview).getByText('7 stories will go out.')).toBeTruthy();
    expect(screen.queryByTestId('job-progress')).toBeNull();
    await expectFocus('intelligence-preview-title');
  });

  it('cancels a preview: the job is told, nothing is shown as a preview, and the focus returns to the preview button', async () => {
    const { api, user, hold } = await setUp(PREVIEW);
    hold();
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'Council{Enter}');
    const progress = await screen.findByTestId('job-progress');
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: PREVIEW_JOB });
    expect(await screen.findByText('The preview was cancelled. Nothing was changed.')).toBeTruthy();
    expect(screen.queryByTestId('job-progress')).toBeNull();
    expect(screen.queryByTestId('intelligence-preview')).toBeNull();
    await expectFocus('intelligence-preview-button');
  });

  it('says why a preview failed, and cancels one still running when the screen is left', async () => {
    const { api, user, hold, finish } = await setUp(PREVIEW);
    hold();
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'Council{Enter}');
    await screen.findByTestId('job-progress');
    finish({ ...previewRunning, state: 'failed', code: 'FORBIDDEN', message: 'Only staff can do this.' });
    expect((await screen.findByRole('alert')).getAttribute('data-code')).toBe('FORBIDDEN');
    expect(screen.getByText('The preview could not be made.')).toBeTruthy();

    hold();
    await user.click(screen.getByRole('button', { name: 'Preview what goes out' }));
    await screen.findByTestId('job-progress');
    expect(api.cancelJob).not.toHaveBeenCalled();
    cleanup();
    await waitFor(() => expect(api.cancelJob).toHaveBeenCalledWith({ jobId: PREVIEW_JOB }));
  });

  it('asks for a new preview when the choices change after one', async () => {
    const { user } = await setUp(PREVIEW);
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'Council');
    await user.click(screen.getByRole('button', { name: 'Preview what goes out' }));
    await screen.findByTestId('intelligence-preview');
    await user.type(screen.getByRole('textbox', { name: /Recipient/ }), ' adult social care');
    expect(screen.queryByTestId('intelligence-preview')).toBeNull();
    expect(screen.getByText(/preview again before exporting/)).toBeTruthy();
  });

  it('in a pre-election period, lists the mentions and will not export until the checklist is confirmed and a manager named', async () => {
    const { api, user } = await setUp(ELECTION_PREVIEW, [PERIOD]);
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'NHS trust');
    await user.click(screen.getByRole('button', { name: 'Preview what goes out' }));
    const review = await screen.findByTestId('election-review');
    expect(within(review).getByText(/pre-election period “Westminster council election”/)).toBeTruthy();
    expect(within(screen.getByTestId('election-mentions')).getByText('the Labour council closed it')).toBeTruthy();

    await waitFor(() => expect(savePath().value).toMatch(/healthwatch-england-bundle-/));
    await user.click(screen.getByRole('button', { name: 'Export the bundle' }));
    expect(api.startIntelligenceExport).not.toHaveBeenCalled();
    expect(screen.getByText('Confirm every item of the checklist')).toBeTruthy();
    expect(screen.getByText('Enter the name of the manager who approved this export')).toBeTruthy();
    for (const box of within(review).getAllByRole('checkbox')) await user.click(box);
    await user.type(screen.getByRole('textbox', { name: /Approved by/ }), 'Cleo Chalk');
    await user.click(screen.getByRole('button', { name: 'Export the bundle' }));
    expect(api.startIntelligenceExport).toHaveBeenCalledWith(
      expect.objectContaining({ request: expect.objectContaining({ electionConfirmation: { items: ELECTION_CHECKLIST.map((i) => i.id), approvedBy: 'Cleo Chalk' } }) }),
    );
  });

  it('shows a refusal from the service in plain English', async () => {
    const { api, user } = await setUp(ELECTION_PREVIEW, [PERIOD]);
    api.startIntelligenceExport.mockResolvedValue(err('FILE_EXISTS', '/x.zip already exists.'));
    await user.type(await screen.findByRole('textbox', { name: /Recipient/ }), 'CQC');
    await user.click(screen.getByRole('button', { name: 'Preview what goes out' }));
    const review = await screen.findByTestId('election-review');
    for (const box of within(review).getAllByRole('checkbox')) await user.click(box);
    await user.type(screen.getByRole('textbox', { name: /Approved by/ }), 'Cleo Chalk');
    await waitFor(() => expect(savePath().value).toMatch(/healthwatch-england-bundle-/));
    await user.click(screen.getByRole('button', { name: 'Export the bundle' }));
    expect((await screen.findByRole('alert')).getAttribute('data-code')).toBe('FILE_EXISTS');
  });

  it('adds and removes election periods', async () => {
    const { api, user } = await setUp(PREVIEW, [PERIOD]);
    const panel = await screen.findByTestId('election-periods');
    await within(panel).findByText('Westminster council election');
    const byElection = { ...PERIOD, id: '8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c', name: 'By-election' };
    api.addElectionPeriod.mockResolvedValue(ok(byElection));
    await user.click(within(panel).getByRole('button', { name: 'Add the election period' }));
    expect(within(panel).getByText('Enter a name for the election')).toBeTruthy();
    await user.type(within(panel).getByRole('textbox', { name: 'Name' }), 'By-election');
    const dates = panel.querySelectorAll('input[type="date"]');
    await user.type(dates[0] as HTMLInputElement, '2026-06-01');
    await user.type(dates[1] as HTMLInputElement, '2026-05-01');
    await user.click(within(panel).getByRole('button', { name: 'Add the election period' }));
    expect(within(panel).getByText('Polling day must be on or after the notice of election')).toBeTruthy();
    await user.clear(dates[1] as HTMLInputElement);
    await user.type(dates[1] as HTMLInputElement, '2026-07-02');
    await user.type(within(panel).getByRole('textbox', { name: /Candidates/ }), 'Jane Marlow{Enter}Sam Okoro');
    api.listElectionPeriods.mockResolvedValue(ok([PERIOD, byElection]));
    await user.click(within(panel).getByRole('button', { name: 'Add the election period' }));
    expect(api.addElectionPeriod).toHaveBeenCalledWith({ name: 'By-election', noticeDate: '2026-06-01', pollingDay: '2026-07-02', candidates: ['Jane Marlow', 'Sam Okoro'] });
    // The panel asks for the list again after adding: wait for it, so it cannot land after the removal below.
    expect(await within(panel).findByText('Election period “By-election” added.')).toBeTruthy();
    await within(panel).findByRole('button', { name: 'Remove By-election' });

    api.removeElectionPeriod.mockResolvedValue(ok([]));
    await user.click(within(panel).getByRole('button', { name: 'Remove Westminster council election' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(api.removeElectionPeriod).toHaveBeenCalledWith({ id: PERIOD.id });
    expect(await within(panel).findByText('No election periods are recorded.')).toBeTruthy();
  });
});
