import { screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import { ADMIN, VOLUNTEER } from '../fake-api';
import { CODES, hit, renderReview, STAFF, STORY_ID } from './review-helpers';

const SAMPLE_ID = 'b0000000-0000-4000-8000-000000000001';
const sample = {
  id: SAMPLE_ID,
  name: 'GP access, spring',
  reviewerA: { id: ADMIN.id, name: ADMIN.name, done: 4 },
  reviewerB: { id: STAFF.id, name: STAFF.name, done: 4 },
  storyIds: ['7d8e9f0a-1b2c-4d3e-8f4a-000000000001', '7d8e9f0a-1b2c-4d3e-8f4a-000000000002', '7d8e9f0a-1b2c-4d3e-8f4a-000000000003', '7d8e9f0a-1b2c-4d3e-8f4a-000000000004'],
  createdAt: '2026-03-14T10:00:00.000Z',
};

describe('double coding', () => {
  it('reports kappa per theme in an accessible table, with its band in words', async () => {
    await renderReview(STAFF, `coding/${SAMPLE_ID}/report`, 'Agreement report', (fake) => {
      fake.listAgreementSamples.mockResolvedValue(ok([sample]));
      fake.getAgreementReport.mockResolvedValue(
        ok({
          sampleId: SAMPLE_ID,
          stories: 4,
          codedByBoth: 4,
          themes: [
            { codeId: CODES[0]!.id, name: 'Waiting times', kappa: 1, band: 'almost-perfect', agreement: 1, usedByA: 2, usedByB: 2 },
            { codeId: CODES[2]!.id, name: 'Communication', kappa: 0.5, band: 'moderate', agreement: 0.75, usedByA: 2, usedByB: 1 },
            { codeId: 'a0000000-0000-4000-8000-000000000009', name: 'Staffing', kappa: -0.333, band: 'poor', agreement: 0.25, usedByA: 1, usedByB: 2 },
            { codeId: 'a0000000-0000-4000-8000-000000000010', name: 'Cost', kappa: null, band: null, agreement: 1, usedByA: 4, usedByB: 4 },
          ],
        }),
      );
    });
    const table = await screen.findByRole('table', { name: `Agreement between ${ADMIN.name} and ${STAFF.name}, theme by theme` });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Theme', "Cohen's kappa", 'Agreement beyond chance', 'Stories agreed', `Stories ${ADMIN.name} tagged`, `Stories ${STAFF.name} tagged`]);
    const rows = within(table).getAllByTestId('report-row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Waiting times', '1.00', 'Almost perfect', '100%', '2', '2'],
      ['Communication', '0.50', 'Moderate', '75%', '2', '1'],
      ['Staffing', '-0.33', 'Poor', '25%', '1', '2'],
      ['Cost', 'Cannot be worked out', 'Both gave the same answer for every story', '100%', '4', '4'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Waiting times', 'Communication', 'Staffing', 'Cost']);
    expect(screen.getByTestId('report-summary').textContent).toBe(`4 of the 4 stories have been coded by both ${ADMIN.name} and ${STAFF.name}. Agreement is measured over those.`);
  });

  it('lets a reviewer code a story with theme and sub-theme checkboxes, then moves to the next story', async () => {
    const [first, second] = sample.storyIds as [string, string];
    const { api, user } = await renderReview(STAFF, `coding/${SAMPLE_ID}/${first}`, 'Code story 1 of 4', (fake) => {
      fake.listAgreementSamples.mockResolvedValue(ok([sample]));
      fake.listCodes.mockResolvedValue(ok(CODES));
      fake.getStory.mockImplementation(async ({ id }) => ok({ ...(await import('../fake-api')).storyDetail({ id, text: `Words of ${id}` }) }));
      fake.getMySampleCoding.mockResolvedValue(ok([CODES[2]!.id]));
      fake.codeSampleStory.mockImplementation(async ({ codeIds }) => ok(codeIds));
    });
    const checklist = await screen.findByRole('group', { name: 'Themes and sub-themes' });
    expect((within(checklist).getByLabelText('Communication') as HTMLInputElement).checked).toBe(true);
    await user.click(within(checklist).getByLabelText('Waiting lists for treatment'));
    await user.click(within(checklist).getByLabelText('Communication'));
    await user.type(within(checklist).getByLabelText('Find a theme'), 'commun');
    expect(within(checklist).queryByLabelText('Waiting times')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save and go to the next story' }));
    expect(api.codeSampleStory).toHaveBeenCalledWith({ sampleId: SAMPLE_ID, storyId: first, codeIds: [CODES[1]!.id] });
    await screen.findByRole('heading', { level: 1, name: 'Code story 2 of 4' });
    await waitFor(() => expect(api.getMySampleCoding).toHaveBeenLastCalledWith({ sampleId: SAMPLE_ID, storyId: second }));
    expect(await screen.findByText('Saved (1 theme). This is the next story.')).toBeTruthy();
  });
});

describe('the volunteer view', () => {
  it('shows only anonymised words, searches them, suggests a theme, and never asks for a story as told', async () => {
    const { api, user } = await renderReview(VOLUNTEER, null, 'Review', (fake) => {
      fake.searchStories.mockImplementation(async ({ query }) =>
        ok({ items: query ? [] : [hit(1, { id: STORY_ID, snippet: '[PERSON 1] at the surgery was kind.', recordedByName: null })], nextCursor: null, rankedAmongRecent: null }),
      );
      fake.getRedactedStory.mockResolvedValue(
        ok({ id: STORY_ID, text: '[PERSON 1] at the surgery was kind.\r\nCall [PHONE 1].', heardOn: '2026-03-14', channel: 'drop-in', serviceTypes: ['gp'], tags: [], sentiment: null }),
      );
      fake.listCodes.mockResolvedValue(ok(CODES));
      fake.suggestTag.mockResolvedValue(ok({ done: true as const }));
      fake.listSuggestions.mockImplementation(async ({ status }) =>
        ok(status === 'pending' ? [{ id: 1, storyId: STORY_ID, codeId: CODES[1]!.id, codeName: CODES[1]!.name, sentiment: 'negative' as const, suggestedByName: VOLUNTEER.name, suggestedAt: '2026-03-15T10:00:00.000Z', status: 'pending' as const }] : []),
      );
    });
    const nav = screen.getByRole('navigation', { name: 'Review sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Anonymised stories', 'My suggestions', 'Review packs']);
    const item = await screen.findByTestId('anonymised-hit');
    expect(item.textContent).toContain('[PERSON 1] at the surgery was kind.');

    await user.type(screen.getByLabelText('Search the anonymised words'), 'Okafor');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No anonymised story matches that search.')).toBeTruthy();
    expect(api.searchStories).toHaveBeenLastCalledWith({ query: 'Okafor', filters: {}, limit: 25 });
    await user.clear(screen.getByLabelText('Search the anonymised words'));
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await user.click(await screen.findByRole('link', { name: /Read this story/ }));
    await screen.findByRole('heading', { level: 1, name: 'Anonymised story' });
    expect((await screen.findByTestId('anonymised-text')).textContent).toBe('[PERSON 1] at the surgery was kind.\r\nCall [PHONE 1].');
    expect(api.getRedactedStory).toHaveBeenCalledWith({ id: STORY_ID });

    // The form is there at once; its controls come with the codebook, after.
    const form = await screen.findByTestId('suggest-theme');
    await user.click(await within(form).findByRole('button', { name: 'Suggest this theme' }));
    expect(within(form).getByText('Choose a theme to suggest.')).toBeTruthy();
    expect(api.suggestTag).not.toHaveBeenCalled();
    await user.selectOptions(within(form).getByLabelText('Theme'), CODES[1]!.id);
    await user.click(within(form).getByLabelText('Negative'));
    await user.click(within(form).getByRole('button', { name: 'Suggest this theme' }));
    expect(api.suggestTag).toHaveBeenCalledWith({ storyId: STORY_ID, codeId: CODES[1]!.id, sentiment: 'negative' });
    expect(await within(form).findByText('Thank you. Your suggestion (Waiting lists for treatment) has been sent to staff.')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Back to anonymised stories' }));
    await user.click(await screen.findByRole('link', { name: 'My suggestions' }));
    const table = await screen.findByTestId('my-suggestions-table');
    expect(within(table).getByRole('rowheader').textContent).toBe('Waiting lists for treatment');
    expect(within(table).getByText('Waiting')).toBeTruthy();

    // Whatever the volunteer did, the original words were never asked for.
    expect(api.getStory).not.toHaveBeenCalled();
    expect(api.getMaskReview).not.toHaveBeenCalled();
    expect(api.listStories).not.toHaveBeenCalled();
  });

  it('lets staff accept or reject a suggestion', async () => {
    const suggestion = (id: number, codeName: string) => ({ id, storyId: STORY_ID, codeId: CODES[0]!.id, codeName, sentiment: null, suggestedByName: VOLUNTEER.name, suggestedAt: '2026-03-15T10:00:00.000Z', status: 'pending' as const });
    const { api, user } = await renderReview(STAFF, 'suggestions', 'Review', (fake) => {
      fake.listSuggestions.mockResolvedValue(ok([suggestion(1, 'Waiting times'), suggestion(2, 'Communication')]));
      fake.decideSuggestion.mockResolvedValue(ok({ done: true as const }));
    });
    const items = await screen.findAllByTestId('suggestion');
    expect(api.listSuggestions).toHaveBeenCalledWith({ status: 'pending' });
    await user.click(within(items[0]!).getByRole('button', { name: 'Accept Waiting times' }));
    expect(api.decideSuggestion).toHaveBeenCalledWith({ id: 1, accept: true });
    expect(await screen.findByText('Accepted: the story is now tagged Waiting times.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('suggestion')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Reject Communication' }));
    expect(api.decideSuggestion).toHaveBeenLastCalledWith({ id: 2, accept: false });
    expect(await screen.findByText('No suggestions are waiting for a decision.')).toBeTruthy();
  });
});
