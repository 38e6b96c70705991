import { screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import type { RecommendationDetail } from '../../../shared/recommendations/schemas';
import { failure, VOLUNTEER, type FakeApi, type FakeState } from '../fake-api';
import { renderApp } from '../render-app';
import { planItem, recommendation, RECOMMENDATION_ID, STORY_ID, TRUST, withStory } from './recommendation-fakes';

const ISSUE_ID = '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b';
const STATUS = { source: 'shipped' as const, runsFrom: '2018-01-01', runsTo: '2027-12-31', holidays: 83, importedAt: null, importedByName: null };

/** The app, signed in as `initial` says (the administrator by default), opened at an Action plan address, over fakes of these services. */
async function openAt(sub: string, heading: string, prepare: (api: FakeApi) => void = () => {}, initial: Partial<FakeState> = {}) {
  window.location.hash = `#/action-plan/${sub}`;
  return renderApp(
    { state: 'unlocked', ...initial },
    {
      heading,
      prepare: (api) => {
        api.listStakeholders.mockResolvedValue(ok([TRUST]));
        api.countDue.mockResolvedValue(ok({ due: 2, overdue: 1 }));
        api.listSavedSearches.mockResolvedValue(ok([]));
        api.listCodes.mockResolvedValue(ok([]));
        api.listActionPlan.mockResolvedValue(
          ok({
            today: '2026-03-31',
            dueBy: '2026-04-14',
            nextCursor: null,
            items: [planItem(), planItem({ kind: 'agreed-issue', id: ISSUE_ID, title: 'Home visits', reportTitle: null, status: 'in-progress', sentOn: null, dueOn: null, nextReviewOn: '2026-04-10', next: { what: 'review', on: '2026-04-10', overdue: false } })],
          }),
        );
        api.getBankHolidays.mockResolvedValue(ok(STATUS));
        api.importBankHolidays.mockResolvedValue(ok({ ...STATUS, source: 'imported', runsTo: '2028-12-31', holidays: 91, importedAt: '2026-12-01T10:00:00Z', importedByName: 'Amira Khan' }));
        prepare(api);
      },
    },
  );
}

/** The recommendation screen over fakes answering with `detail`. */
const renderWith = (detail: RecommendationDetail, prepare: (api: FakeApi) => void = () => {}) =>
  openAt(`reports/recommendation/${RECOMMENDATION_ID}`, detail.title, (api) => {
    api.getRecommendation.mockResolvedValue(ok(detail));
    prepare(api);
  });

describe('a recommendation', () => {
  it('cannot be sent without evidence, and the screen says why; a story found by its words can be linked', async () => {
    const { api, user } = await renderWith(recommendation());
    expect(await screen.findByTestId('send-needs-evidence')).toBeTruthy();
    expect(screen.getByTestId('send-needs-evidence').textContent).toMatch(/cannot be sent yet: it has no evidence/);
    expect(screen.queryByRole('button', { name: 'Record it as sent' })).toBeNull();

    api.searchStories.mockResolvedValue(ok({ items: [{ id: STORY_ID, snippet: 'I \u0002waited\u0003 five hours.', heardOn: '2026-02-10', channel: 'drop-in', status: 'approved', safeguarding: false, sentiment: null, themes: [], recordedByName: 'Amira Khan', eventName: null, returnReason: null }], nextCursor: null, rankedAmongRecent: null }));
    api.linkEvidenceStories.mockResolvedValue(ok(withStory()));
    api.dueDateFor.mockResolvedValue(ok({ dueOn: '2026-03-30' }));
    await user.type(screen.getByRole('textbox', { name: /Find stories by their words/ }), 'waited{Enter}');
    await user.click(await screen.findByRole('button', { name: /^Link as evidence: the story heard 10 February 2026/ }));
    expect(api.linkEvidenceStories).toHaveBeenCalledWith({ id: RECOMMENDATION_ID, storyIds: [STORY_ID] });
    expect(await screen.findByText('I waited five hours.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Record it as sent' })).toBeTruthy();
  });

  it('with evidence, shows the due date before sending and sends by keyboard', async () => {
    const { api, user } = await renderWith(withStory(), (fake) => fake.dueDateFor.mockResolvedValue(ok({ dueOn: '2026-03-30' })));
    const date = await screen.findByLabelText('Sent on');
    await user.clear(date);
    await user.type(date, '2026-03-02');
    await waitFor(() => expect(screen.getByTestId('send-due').textContent).toBe('The response will be due on 30 March 2026.'));
    expect(api.dueDateFor).toHaveBeenLastCalledWith({ sentOn: '2026-03-02' });
    api.sendRecommendation.mockResolvedValue(ok(withStory({ status: 'awaiting-response', sentOn: '2026-03-02', dueOn: '2026-03-30' })));
    screen.getByRole('button', { name: 'Record it as sent' }).focus();
    await user.keyboard('{Enter}');
    // The confirmation takes the focus on its safe choice; Shift+Tab reaches "Yes".
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(api.sendRecommendation).toHaveBeenCalledWith({ id: RECOMMENDATION_ID, sentOn: '2026-03-02' });
    expect((await screen.findByTestId('recommendation-status')).textContent).toBe('Awaiting response');
    expect(screen.getByTestId('response-due').textContent).toBe('30 March 2026');
  });

  it('records a response in the words exactly as typed, and explains one dated before sending', async () => {
    const sent = withStory({ status: 'awaiting-response', sentOn: '2026-03-02', dueOn: '2026-03-30' });
    const { api, user } = await renderWith(sent);
    const form = await screen.findByRole('region', { name: 'Record their response' });
    await user.click(within(form).getByRole('button', { name: 'Record the response' }));
    expect(within(form).getByText('Choose what they answered.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('response-decision-accepted'));
    expect(api.recordResponse).not.toHaveBeenCalled();

    const words = '  We accept this —\n"in time".  ';
    await user.click(within(form).getByRole('radio', { name: 'Partly accepted' }));
    await user.type(within(form).getByRole('textbox', { name: /word for word/ }), words);
    const received = within(form).getByLabelText('Received on');
    await user.clear(received);
    await user.type(received, '2026-02-27');
    api.recordResponse.mockResolvedValueOnce(failure('RESPONSE_BEFORE_SENDING', 'The response is dated 2026-02-27, before the recommendation was sent on 2026-03-02.'));
    await user.click(within(form).getByRole('button', { name: 'Record the response' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('The response cannot be dated before the day the recommendation was sent.');
    expect(api.recordResponse).toHaveBeenLastCalledWith({ id: RECOMMENDATION_ID, decision: 'partly-accepted', words, receivedOn: '2026-02-27' });

    api.recordResponse.mockResolvedValueOnce(
      ok({ ...sent, status: 'responded', response: { decision: 'partly-accepted', words, receivedOn: '2026-04-01', late: true, recordedByName: 'Amira Khan' } }),
    );
    await user.clear(received);
    await user.type(received, '2026-04-01');
    await user.click(within(form).getByRole('button', { name: 'Record the response' }));
    expect((await screen.findByTestId('response-words')).textContent).toBe(words);
    expect(screen.getByText('(after the due date, 30 March 2026)')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Record progress' })).toBeTruthy();
  });

  it('shows the evidence anonymised when asked to see it as the organisation would', async () => {
    const { api, user } = await renderWith(withStory());
    await screen.findByText('I waited five hours.');
    api.getRecommendation.mockResolvedValue(ok(withStory({ evidenceStories: [{ id: STORY_ID, heardOn: '2026-02-10', words: null, anonymised: true, withheld: 'not-anonymised' }] })));
    await user.click(screen.getByRole('checkbox', { name: /as the organisation would see it/ }));
    expect(await screen.findByText(/its words are not shown here/)).toBeTruthy();
    expect(api.getRecommendation).toHaveBeenLastCalledWith({ id: RECOMMENDATION_ID, anonymised: true });
    expect(screen.queryByRole('link', { name: 'Open the story' })).toBeNull();
    expect(screen.queryByTestId('story-picker')).toBeNull();
  });
});

describe('the Due list and the action plan', () => {
  it('lists what is due, overdue first and marked, with the count in the top bar linked to it', async () => {
    const { api } = await openAt('due', 'Action plan');
    const link = await screen.findByTestId('due-count');
    expect(link.textContent).toBe('2 due (1 overdue)');
    expect(link.getAttribute('href')).toBe('#/action-plan/due');
    const items = await screen.findAllByTestId('plan-item');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['Show the expected wait', 'Home visits']);
    expect(within(items[0]!).getByText('Response overdue since 30 March 2026')).toBeTruthy();
    expect(within(items[1]!).getByText('Review due 10 April 2026')).toBeTruthy();
    expect(screen.getByText('Overdue responses and reviews come first, then everything due on or before 14 April 2026.')).toBeTruthy();
    expect(api.listActionPlan).toHaveBeenCalledWith({ filters: {}, due: true, limit: 50 });
  });

  it('filters the plan by organisation and overdue, and prints every item', async () => {
    const { api, user } = await openAt('plan', 'Action plan');
    await screen.findAllByTestId('plan-item');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Organisation' }), TRUST.name);
    await user.click(screen.getByRole('checkbox', { name: 'Only what is overdue' }));
    await waitFor(() => expect(api.listActionPlan).toHaveBeenLastCalledWith({ filters: { stakeholderId: TRUST.id, overdue: true }, due: false, limit: 50 }));
    const print = vi.fn();
    window.print = print;
    await user.click(screen.getByRole('button', { name: 'Print the action plan' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(api.listActionPlan).toHaveBeenLastCalledWith({ filters: { stakeholderId: TRUST.id, overdue: true }, due: false, limit: 500 });
    expect(screen.getByText('All 2 items are shown, ready to print.')).toBeTruthy();
  });

  it('offers volunteers the plan and reports to read, and nothing to change', async () => {
    await openAt('', 'Action plan', () => {}, { users: [VOLUNTEER], signedIn: VOLUNTEER.id });
    const sections = within(screen.getByRole('navigation', { name: 'Parts of the action plan' })).getAllByRole('link');
    expect(sections.map((link) => link.textContent)).toEqual(['Action plan', 'Reports']);
    await screen.findAllByTestId('plan-item');
    expect(screen.queryByRole('button', { name: 'Add an agreed issue' })).toBeNull();
    expect(screen.queryByTestId('due-count')).toBeNull();
  });
});

describe('the bank-holiday table', () => {
  it('imports a newer table, and asks before one that drops dates a due date used', async () => {
    const { api, user } = await openAt('bank-holidays', 'Action plan');
    expect((await screen.findByTestId('calendar-covers')).textContent).toBe('1 January 2018 to 31 December 2027 (83 bank holidays)');
    await user.click(screen.getByRole('button', { name: 'Import the table' }));
    expect(screen.getByText('Give the full path of the file.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /bank-holidays.json/ }), '/home/staff/bank-holidays.json');
    api.importBankHolidays.mockResolvedValueOnce(failure('BANK_HOLIDAYS_REMOVED', 'The new table does not have 2026-12-28, which due dates already recorded were worked out with.'));
    await user.click(screen.getByRole('button', { name: 'Import the table' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm.textContent).toContain('does not have 2026-12-28');
    await user.click(within(confirm).getByRole('button', { name: 'Import it anyway' }));
    expect(api.importBankHolidays).toHaveBeenLastCalledWith({ path: '/home/staff/bank-holidays.json', acceptRemovedDates: true });
    expect(await screen.findByText('The new table is in use; it runs to 31 December 2028.')).toBeTruthy();
    expect(screen.getByTestId('calendar-source').textContent).toMatch(/^Imported by Amira Khan on/);
  });
});

