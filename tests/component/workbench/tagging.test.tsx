import { screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import type { Tag } from '../../../shared/workbench/schemas';
import { ADMIN, OUTREACH, storyDetail } from '../fake-api';
import { renderApp } from '../render-app';
import { expectFocus } from '../waits';
import { codeNamed, installWorkbench, storyId, tag } from './workbench-fakes';

const TEXT = 'I waited 😠 three weeks.\r\nThe nurse was kind.';

/** The app on one story, signed in as the administrator (who may tag). */
async function onStory(tags: Tag[] = []) {
  const app = await renderApp({ state: 'unlocked' });
  installWorkbench(app.api);
  const story = storyDetail({ id: storyId(1), text: TEXT, revisions: [{ ...storyDetail().revisions[0]!, text: TEXT }] });
  app.api.getStory.mockResolvedValue(ok(story));
  app.api.listTags.mockResolvedValue(ok(tags));
  window.location.hash = `#/stories/${story.id}`;
  await screen.findByTestId('story-text');
  if (tags.length === 0) await screen.findByText('No themes yet.');
  else await screen.findByTestId('story-tag');
  return { ...app, story };
}

const options = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option').map((option) => option.textContent);

describe('tagging a story', () => {
  it('finds themes and sub-themes as you type (case and accents ignored), and Enter adds the one chosen', async () => {
    const { api, user, story } = await onStory();
    const picker = screen.getByRole('combobox', { name: 'Add a theme to the whole story' });
    await user.click(picker);
    await user.type(picker, 'WAIT');
    expect(picker.getAttribute('aria-expanded')).toBe('true');
    // The codebook is asked for beside the story and its tags, and may arrive after them.
    await waitFor(() => expect(options()).toEqual(['Waiting times', 'Waiting times › Waiting for an appointment', 'Waiting times › Waiting lists for treatment']));
    expect(screen.getByText('3 themes match.')).toBeTruthy();
    await user.clear(picker);
    await user.type(picker, 'cafe');
    expect(options()).toEqual(['Café and facilities', 'Café and facilities › Food and drink']);
    await user.clear(picker);
    await user.type(picker, 'appointment');
    expect(options()).toEqual(['Waiting times › Waiting for an appointment']);
    await user.clear(picker);
    await user.type(picker, 'zzz');
    expect(screen.getByText('No theme matches those words.')).toBeTruthy();
    await user.clear(picker);

    // Down moves the choice; Enter adds it; the new tag takes the focus.
    api.tagStory.mockImplementation(async ({ codeId }) => ok([tag(5, codeId === codeNamed('Waiting for an appointment').id ? 'Waiting for an appointment' : 'Waiting times')]));
    await user.type(picker, 'waiting');
    await user.keyboard('{ArrowDown}');
    const active = picker.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe('Waiting times › Waiting for an appointment');
    await user.keyboard('{Enter}');
    expect(api.tagStory).toHaveBeenCalledWith({ storyId: story.id, codeId: codeNamed('Waiting for an appointment').id, sentiment: null, passage: null });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('story-tag'));
    expect(document.activeElement?.textContent).toContain('Waiting times › Waiting for an appointment');
    expect(picker.getAttribute('aria-expanded')).toBe('false');
    expect((picker as HTMLInputElement).value).toBe('');
  });

  it('sets a tag\'s sentiment with 1-4 or P, N, U, M on the focused tag, clears it with 0, and Delete removes it', async () => {
    const { api, user } = await onStory([tag(5, 'Waiting times')]);
    let current = tag(5, 'Waiting times');
    api.setTagSentiment.mockImplementation(async ({ sentiment }) => {
      current = { ...current, sentiment };
      return ok([current]);
    });
    api.untag.mockResolvedValue(ok([]));
    const item = screen.getByTestId('story-tag');
    expect(item.getAttribute('aria-keyshortcuts')).toBe('1 2 3 4 P N U M 0 Delete');
    item.focus();
    await user.keyboard('2');
    expect(api.setTagSentiment).toHaveBeenLastCalledWith({ tagId: 5, sentiment: 'negative' });
    expect(await screen.findByText('Waiting times: Negative.')).toBeTruthy();
    expect(within(item).getByRole('button', { name: /^Negative/ }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('m');
    expect(api.setTagSentiment).toHaveBeenLastCalledWith({ tagId: 5, sentiment: 'mixed' });
    await screen.findByText('Waiting times: Mixed.');
    await user.keyboard('1');
    expect(api.setTagSentiment).toHaveBeenLastCalledWith({ tagId: 5, sentiment: 'positive' });
    await screen.findByText('Waiting times: Positive.');
    await user.keyboard('u');
    expect(api.setTagSentiment).toHaveBeenLastCalledWith({ tagId: 5, sentiment: 'neutral' });
    await screen.findByText('Waiting times: Neutral.');
    await user.keyboard('0');
    expect(api.setTagSentiment).toHaveBeenLastCalledWith({ tagId: 5, sentiment: null });
    await screen.findByText('Waiting times: sentiment cleared.');
    // Letters typed elsewhere are not shortcuts.
    const calls = api.setTagSentiment.mock.calls.length;
    await user.type(screen.getByLabelText('Find words to tag as a passage'), 'pnum1234');
    expect(api.setTagSentiment.mock.calls.length).toBe(calls);
    screen.getByTestId('story-tag').focus();
    await user.keyboard('{Delete}');
    expect(api.untag).toHaveBeenCalledWith({ tagId: 5 });
    expect(await screen.findByText('Removed Waiting times.')).toBeTruthy();
  });

  it('tags a passage found by typing, with UTF-16 offsets of the current revision, highlighted over unchanged words', async () => {
    const { api, user, story } = await onStory();
    const phrase = '😠 three weeks.\r\nThe';
    const start = TEXT.indexOf('😠');
    api.tagStory.mockImplementation(async ({ codeId, passage }) => ok([tag(9, 'Waiting times', { codeId, passage })]));
    await user.type(screen.getByLabelText('Find words to tag as a passage'), '😠 three weeks.');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Found 1 of 1: the passage is chosen.')).toBeTruthy();
    expect(screen.getByText(`Passage chosen (characters ${start} to ${start + '😠 three weeks.'.length}):`)).toBeTruthy();
    const words = screen.getByTestId('story-text');
    expect(words.textContent).toBe(TEXT);
    expect([...words.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['😠 three weeks.']);
    // T goes to the picker from anywhere that is not a field.
    screen.getByRole('heading', { level: 1, name: 'Story' }).focus();
    await user.keyboard('t');
    const picker = screen.getByRole('combobox', { name: 'Add a theme to the chosen passage' });
    await expectFocus(picker);
    await user.keyboard('waiting times');
    await screen.findByRole('option', { name: 'Waiting times' });
    await user.keyboard('{Enter}');
    expect(api.tagStory).toHaveBeenCalledWith({
      storyId: story.id,
      codeId: codeNamed('Waiting times').id,
      sentiment: null,
      passage: { start, end: start + '😠 three weeks.'.length, revision: 1 },
    });
    // The chosen passage is marked too (passage-pending): wait for the tagged one.
    await waitFor(() => expect(words.querySelectorAll('mark.passage:not(.passage-pending)')).toHaveLength(1));
    expect(words.querySelectorAll('mark.passage')).toHaveLength(1);
    expect(words.textContent).toBe(TEXT);
    expect(phrase.startsWith(words.querySelector('mark.passage')!.textContent!)).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Add a theme to the whole story' })).toBeTruthy();
  });

  it('lists a passage tagged on an earlier version as such, without drawing it over the new words', async () => {
    const revisions = [
      { ...storyDetail().revisions[0]!, text: 'Old words' },
      { ...storyDetail().revisions[0]!, revision: 2, text: TEXT, reason: 'Typing mistake' },
    ];
    const app = await renderApp({ state: 'unlocked' });
    installWorkbench(app.api);
    app.api.getStory.mockResolvedValue(ok(storyDetail({ id: storyId(1), text: TEXT, revisions })));
    app.api.listTags.mockResolvedValue(ok([tag(3, 'Referrals', { passage: { start: 0, end: 3, revision: 1 } }), tag(4, 'Waiting times', { passage: { start: 2, end: 8, revision: 2 } })]));
    window.location.hash = `#/stories/${storyId(1)}`;
    expect(await screen.findByText('Refers to an earlier version of the words (revision 1).')).toBeTruthy();
    const marks = [...screen.getByTestId('story-text').querySelectorAll('mark.passage')].map((mark) => mark.textContent);
    expect(marks).toEqual([TEXT.slice(2, 8)]);
  });

  it('sets the overall sentiment', async () => {
    const { api, user, story } = await onStory();
    api.setStorySentiment.mockResolvedValue(ok({ done: true as const }));
    await user.click(screen.getByRole('radio', { name: 'Negative' }));
    expect(api.setStorySentiment).toHaveBeenCalledWith({ storyId: story.id, sentiment: 'negative' });
    expect(await screen.findByText('Overall sentiment set to Negative.')).toBeTruthy();
  });

  it('is not offered to outreach workers', async () => {
    const app = await renderApp({ state: 'unlocked', users: [ADMIN, OUTREACH], signedIn: OUTREACH.id });
    installWorkbench(app.api);
    app.api.getStory.mockResolvedValue(ok(storyDetail({ id: storyId(1), recordedById: OUTREACH.id })));
    window.location.hash = `#/stories/${storyId(1)}`;
    await screen.findByTestId('story-text');
    expect(screen.queryByRole('heading', { name: 'Themes and sentiment' })).toBeNull();
    expect(app.api.listTags).not.toHaveBeenCalled();
  });
});
