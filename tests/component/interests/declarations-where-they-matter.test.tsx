import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictDialog } from '../../../renderer/src/interests/ConflictDialog';
import { forgetDeclarationsRead } from '../../../renderer/src/interests/conflict-gate';
import { RecommendationForm } from '../../../renderer/src/recommendations/recommendation/RecommendationForm';
import { StatusActions } from '../../../renderer/src/review/workflow/StatusActions';
import { err, ok } from '../../../shared/result';
import type { Tag } from '../../../shared/workbench/schemas';
import { fakeApi, installApi, SERVICES, storyDetail } from '../fake-api';
import { renderApp } from '../render-app';
import { expectFocus } from '../waits';
import { codeNamed, installWorkbench, storyId, tag } from '../workbench/workbench-fakes';
import { HOSPITAL, INTEREST_ID, refusing, warning, WORDS } from './interests-fakes';

beforeEach(() => forgetDeclarationsRead());

const ACK_REQUIRED = err('CONFLICT_ACKNOWLEDGEMENT_REQUIRED', 'Before you code this story, read your declaration on screen and confirm it.');

async function onStory() {
  const app = await renderApp({ state: 'unlocked' });
  installWorkbench(app.api);
  const story = storyDetail({ id: storyId(1) });
  app.api.getStory.mockResolvedValue(ok(story));
  app.api.listTags.mockResolvedValue(ok([]));
  window.location.hash = `#/stories/${story.id}`;
  await screen.findByTestId('story-text');
  await screen.findByText('No themes yet.');
  return { ...app, story };
}

async function addTheme(user: ReturnType<typeof userEvent.setup>, words: string) {
  const picker = screen.getByRole('combobox', { name: 'Add a theme to the whole story' });
  await user.click(picker);
  await user.type(picker, words);
  await waitFor(() => expect(within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option').length).toBeGreaterThan(0));
  await user.keyboard('{Enter}');
}

describe('declarations where they matter: coding a story', () => {
  it('shows the declaration and its management rule before going on; Escape goes back with nothing changed; going on sends the acknowledgement, asked once for the story', async () => {
    const { api, user, story } = await onStory();
    const waiting = codeNamed('Waiting times');
    let tags: Tag[] = [];
    api.tagStory.mockImplementation(async ({ acknowledged }) => {
      if (!acknowledged?.includes(INTEREST_ID)) return ACK_REQUIRED;
      tags = [...tags, tag(tags.length + 5, 'Waiting times')];
      return ok(tags);
    });
    api.checkConflicts.mockResolvedValue(ok(warning()));

    await addTheme(user, 'waiting times');
    const dialog = await screen.findByRole('dialog', { name: 'Before you code this story' });
    expect(api.checkConflicts).toHaveBeenCalledWith({ action: 'code', subject: { type: 'story', id: story.id }, about: null });
    expect(within(dialog).getByRole('heading', { level: 3, name: `Employment with ${HOSPITAL.name}` })).toBeTruthy();
    expect(within(dialog).getByTestId('declaration-words').textContent).toBe(WORDS);
    expect(within(dialog).getByText('does not code stories about this service')).toBeTruthy();
    expect(within(dialog).getByText('Since 1 January 2026')).toBeTruthy();
    await expectFocus(within(dialog).getByRole('heading', { level: 2 }));
    // The focus stays in the dialog.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/A declared interest bears on this work\. Read the declaration shown on screen/)).toBeTruthy();
    expect(api.tagStory).toHaveBeenCalledTimes(1);
    await expectFocus(screen.getByRole('combobox', { name: 'Add a theme to the whole story' }));

    await addTheme(user, 'waiting times');
    await user.click(await screen.findByRole('button', { name: 'I have read it: go on' }));
    await screen.findByTestId('story-tag');
    expect(api.tagStory).toHaveBeenLastCalledWith({ storyId: story.id, codeId: waiting.id, sentiment: null, passage: null, acknowledged: [INTEREST_ID] });

    // The same story again: what was read is sent straight away.
    api.checkConflicts.mockClear();
    api.setTagSentiment.mockImplementation(async ({ acknowledged }) => (acknowledged?.includes(INTEREST_ID) ? ok(tags) : ACK_REQUIRED));
    screen.getByTestId('story-tag').focus();
    await user.keyboard('2');
    await waitFor(() => expect(api.setTagSentiment).toHaveBeenCalledWith({ tagId: 5, sentiment: 'negative', acknowledged: [INTEREST_ID] }));
    expect(api.checkConflicts).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('when the rule says they must not, says so in plain English naming the declaration, and nothing changes', async () => {
    const { api, user } = await onStory();
    api.tagStory.mockResolvedValue(err('CONFLICT_OF_INTEREST', 'Amira Khan must not code this story.'));
    api.checkConflicts.mockResolvedValue(ok(refusing()));
    await addTheme(user, 'waiting times');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      `You must not code this story: the register of interests records employment with ${HOSPITAL.name}, managed as “does not code stories about this service”. Nothing was changed. An administrator can give the work to someone else, or allow it with a reason.`,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('No themes yet.')).toBeTruthy();
  });
});

describe('declarations where they matter: reviewing and writing recommendations', () => {
  it('a review move waits for the declaration to be read, then goes again with it', async () => {
    const { api } = fakeApi({ state: 'unlocked' });
    installApi(api);
    const user = userEvent.setup();
    const id = storyId(2);
    api.setStoryStatus.mockImplementation(async ({ acknowledged }) => (acknowledged?.length ? ok({ done: true as const }) : ACK_REQUIRED));
    api.checkConflicts.mockResolvedValue(ok(warning('review')));
    const moved = vi.fn();
    render(
      <>
        <StatusActions storyId={id} status="submitted" role="admin" checkState="checked" onMoved={moved} />
        <ConflictDialog />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Start review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Before you review this story' });
    await user.click(within(dialog).getByRole('button', { name: 'I have read it: go on' }));
    await waitFor(() => expect(moved).toHaveBeenCalledWith('in-review'));
    expect(api.setStoryStatus).toHaveBeenLastCalledWith({ id, status: 'in-review', reason: null, acknowledged: [INTEREST_ID] });
    await expectFocus(screen.getByRole('button', { name: 'Start review' }));
  });

  it('a new recommendation shows the declarations about its report and the organisation it goes to before it is saved', async () => {
    const { api } = fakeApi({ state: 'unlocked' });
    installApi(api);
    const user = userEvent.setup();
    const reportId = storyId(3);
    const trust = { id: storyId(4), name: 'Central London NHS Trust', kind: 'nhs-trust' as const, contacts: [], retired: false };
    api.createRecommendation.mockImplementation(async ({ acknowledged }) => (acknowledged?.length ? err('INVALID_INPUT', 'stop here') : ACK_REQUIRED));
    api.checkConflicts.mockResolvedValue(ok(warning('recommend')));
    render(
      <>
        <RecommendationForm reportId={reportId} stakeholders={[trust]} services={SERVICES} serviceIds={[HOSPITAL.id]} onSaved={vi.fn()} />
        <ConflictDialog />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Show the expected wait');
    await user.type(screen.getByRole('textbox', { name: /The recommendation/ }), 'Put the wait on a screen.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Addressed to/ }), trust.id);
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    await screen.findByRole('dialog', { name: 'Before you write or send this report or recommendation' });
    expect(api.checkConflicts).toHaveBeenCalledWith({ action: 'recommend', subject: { type: 'report', id: reportId }, about: { serviceIds: [HOSPITAL.id], stakeholderIds: [trust.id] } });
    await user.click(screen.getByRole('button', { name: 'I have read it: go on' }));
    await waitFor(() => expect(api.createRecommendation).toHaveBeenCalledTimes(2));
    expect(api.createRecommendation).toHaveBeenLastCalledWith(expect.objectContaining({ reportId, stakeholderId: trust.id, acknowledged: [INTEREST_ID] }));
  });
});
