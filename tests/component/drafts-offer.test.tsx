import { screen, waitFor, within } from '@testing-library/react';
import { blankValues } from '../../renderer/src/capture/capture-values';
import { importDraftKey } from '../../renderer/src/drafts/draft-crypto';
import { draftStore } from '../../renderer/src/drafts/draft-store';
import { writeDraft } from '../../renderer/src/drafts/drafts';
import { ADMIN, DRAFT_KEY, EVENT, OUTREACH, PASSPHRASE, VOLUNTEER } from './fake-api';
import { renderApp } from './render-app';
import { expectFocus } from './waits';

const TYPED = '  Before the crash:\tthe GP said “come back”.\n\nزوجي مريض 😟 and trailing   ';

/** A draft as a previous run of the app left it in IndexedDB: encrypted, never saved. */
async function leaveDraft(id: string, userId: string, userName: string, text: string, at: string) {
  const key = await importDraftKey(DRAFT_KEY);
  const values = {
    ...blankValues({ language: 'Arabic', channel: 'community-event', heardOn: '2026-03-14' }),
    text,
    wordsKind: 'own-words' as const,
    consent: { keep: true, share: null, quote: null, contact: null },
  };
  await writeDraft(draftStore(), key, { id, userId, payload: { v: 1, values, event: { id: EVENT.id, name: EVENT.name }, userName } }, new Date(at));
}

async function unlockAndSignIn(user: Awaited<ReturnType<typeof renderApp>>['user'], name = ADMIN.name, pin = ADMIN.pin) {
  await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
  await screen.findByRole('heading', { level: 1, name: 'Who is using Verbatim?' });
  // The people are listed once their list arrives, after the heading.
  await user.click(await screen.findByRole('radio', { name }));
  await user.type(screen.getByLabelText('Your PIN'), `${pin}{Enter}`);
}

describe('unsaved drafts after a restart', () => {
  it('are offered after unlock and sign-in, with who typed them, when and their first words; resuming gives back the identical text', async () => {
    await leaveDraft('draft-crash', ADMIN.id, ADMIN.name, TYPED, '2026-03-14T10:05:00Z');
    const { api, user } = await renderApp({ state: 'locked', users: [ADMIN, OUTREACH] });
    await unlockAndSignIn(user);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Unsaved drafts' });
    await expectFocus(heading);
    const card = screen.getByTestId('draft-card');
    expect(card.textContent).toContain(`Typed by ${ADMIN.name}`);
    expect(card.textContent).toContain('14 March 2026');
    expect(card.textContent).toContain(`At ${EVENT.name}`);
    expect(card.textContent).toContain('Before the crash: the GP said “come back”.');

    await user.click(within(card).getByRole('button', { name: /^Resume/ }));
    const words = (await screen.findByLabelText('The story')) as HTMLTextAreaElement;
    expect(words.value).toBe(TYPED);
    expect(api.setCurrentEvent).toHaveBeenCalledWith({ eventId: EVENT.id });
    await expectFocus(words);
    expect(screen.getByRole('radio', { name: "The person's own words" })).toHaveProperty('checked', true);
    expect((screen.getByLabelText('Language it was said in') as HTMLInputElement).value).toBe('Arabic');

    // Saving it sends the same draft id, so a second save could never make a second story.
    await user.click(within(screen.getByRole('group', { name: /being shared/ })).getByLabelText('No'));
    await user.click(within(screen.getByRole('group', { name: /being quoted/ })).getByLabelText('No'));
    await user.click(within(screen.getByRole('group', { name: /want to be contacted/ })).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    await screen.findByText(/^Story saved at/);
    expect(api.saveStory).toHaveBeenCalledWith(expect.objectContaining({ text: TYPED, draftId: 'draft-crash' }));
    await waitFor(async () => expect(await draftStore().all()).toHaveLength(0));
  });

  it('offers every unsaved draft, and discarding one asks first', async () => {
    await leaveDraft('draft-a', ADMIN.id, ADMIN.name, 'Amira typed this.', '2026-03-14T10:00:00Z');
    await leaveDraft('draft-b', OUTREACH.id, OUTREACH.name, 'Tomasz typed this.', '2026-03-14T11:00:00Z');
    const { user } = await renderApp({ state: 'locked', users: [ADMIN, OUTREACH] });
    await unlockAndSignIn(user);
    await screen.findByRole('heading', { level: 1, name: 'Unsaved drafts' });
    const cards = screen.getAllByTestId('draft-card');
    expect(cards.map((card) => card.querySelector('strong')?.textContent)).toEqual([`Typed by ${OUTREACH.name}`, `Typed by ${ADMIN.name}`]);

    const first = cards[0] as HTMLElement;
    await user.click(within(first).getByRole('button', { name: /^Discard/ }));
    const confirm = within(first).getByRole('alertdialog', { name: 'Discard this draft?' });
    await expectFocus(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(await draftStore().all()).toHaveLength(2);
    await user.click(within(first).getByRole('button', { name: /^Discard/ }));
    await user.click(within(first).getByRole('button', { name: 'Yes, discard it' }));
    await waitFor(() => expect(screen.getAllByTestId('draft-card')).toHaveLength(1));
    expect((await draftStore().all()).map((record) => record.id)).toEqual(['draft-a']);

    // "Continue without them" keeps them for later, reachable from Capture.
    await user.click(screen.getByRole('button', { name: 'Continue without them' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Capture' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: '1 unsaved draft' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unsaved drafts' })).toBeTruthy();
  });

  it('are never offered to volunteers, who do not read stories as told', async () => {
    await leaveDraft('draft-v', ADMIN.id, ADMIN.name, 'Not for volunteers.', '2026-03-14T10:00:00Z');
    const { user } = await renderApp({ state: 'locked', users: [ADMIN, VOLUNTEER] });
    await unlockAndSignIn(user, VOLUNTEER.name, VOLUNTEER.pin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Review' })).toBeTruthy();
    expect(screen.queryByText('Not for volunteers.')).toBeNull();
  });
});
