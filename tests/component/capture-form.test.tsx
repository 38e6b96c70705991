import { act, screen, waitFor, within } from '@testing-library/react';
import type { NewStory } from '../../shared/capture/story';
import { ok, type Result } from '../../shared/result';
import { draftStore } from '../../renderer/src/drafts/draft-store';
import { answerRequired, group, renderCaptureForm, saveButton, typeExactly } from './capture-helpers';
import { EVENT, failure } from './fake-api';
import { deferred, expectFocus } from './waits';

const sentStory = (api: Awaited<ReturnType<typeof renderCaptureForm>>['api'], call = 0): NewStory => {
  const request = api.saveStory.mock.calls[call]?.[0];
  if (!request) throw new Error(`saveStory call ${call} was not made`);
  return request as NewStory;
};

describe('capture form', () => {
  it('opens at the chosen event with the words field focused and every correction turned off', async () => {
    const { api, words } = await renderCaptureForm();
    expect(api.setCurrentEvent).toHaveBeenCalledWith({ eventId: EVENT.id });
    await expectFocus(words);
    expect(words.getAttribute('spellcheck')).toBe('false');
    expect(words.getAttribute('autocorrect')).toBe('off');
    expect(words.getAttribute('autocapitalize')).toBe('off');
    expect(words.getAttribute('autocomplete')).toBe('off');
    expect(words.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('capture-count').textContent).toBe('0 stories saved at this event');
    // The prompts are beside the form and fill nothing in.
    expect(await screen.findByText('What happened?')).toBeTruthy();
    expect(words.value).toBe('');
    // Nothing about the person's consent is answered for them.
    for (const question of [/keeping their story/, /being shared/, /being quoted/, /want to be contacted/]) {
      expect(within(group(question)).getByLabelText('Yes')).toHaveProperty('checked', false);
      expect(within(group(question)).getByLabelText('No')).toHaveProperty('checked', false);
    }
    // No sentiment or theme anywhere at capture.
    expect(screen.queryByText(/sentiment|theme/i)).toBeNull();
  });

  it('sends the words exactly as typed: spaces at both ends, tabs, right-to-left text, emoji', async () => {
    const { api, user, words } = await renderCaptureForm();
    const typed = '  She said:\t“wait”…\n\n  مرحبا، لم يستمع الطبيب 😟 then left.   ';
    typeExactly(words, typed);
    expect(words.value).toBe(typed);
    await answerRequired(user);
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));
    const story = sentStory(api);
    expect(story.text).toBe(typed);
    expect(story.eventId).toBe(EVENT.id);
    expect(story.channel).toBe('community-event');
    expect(story.consent).toEqual({ keep: true, share: true, quote: false, contact: false });
    expect(story.contact).toBeNull();
    expect(story.status).toBe('submitted');
    expect(story.draftId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends exactly what the text area holds when CRLF line breaks are pasted (HTML turns them into LF; nothing else changes)', async () => {
    const { api, user, words } = await renderCaptureForm();
    const pasted = '\tLine one  \r\nLine two\r\n\r\n  שלום and English  ';
    typeExactly(words, pasted);
    // The text area's value is the browser's: line breaks as LF, every other character kept.
    const held = words.value;
    expect(held).toBe(pasted.replace(/\r\n/g, '\n'));
    await answerRequired(user);
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));
    expect(sentStory(api).text).toBe(held);
  });

  it('keeps spaces typed key by key', async () => {
    const { api, user, words } = await renderCaptureForm();
    await user.type(words, '   three spaces before, two after  ');
    await answerRequired(user);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));
    expect(sentStory(api).text).toBe('   three spaces before, two after  ');
  });

  it('refuses to save, without calling the store, when the story is empty or only spaces', async () => {
    const { api, user, words } = await renderCaptureForm();
    await answerRequired(user);
    await user.click(saveButton());
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Type what the person said. The story is empty.');
    await expectFocus(summary);
    typeExactly(words, ' \n\t  ');
    await user.click(saveButton());
    expect(screen.getByRole('link', { name: 'Type what the person said. The story is empty.' })).toBeTruthy();
    expect(words.getAttribute('aria-invalid')).toBe('true');
    expect(words.getAttribute('aria-describedby')).toContain('capture-words-error');
    expect(api.saveStory).not.toHaveBeenCalled();
    // The link takes you to the field.
    await user.click(screen.getByRole('link', { name: 'Type what the person said. The story is empty.' }));
    await expectFocus(words);
  });

  it('refuses to save without the person agreeing to it being kept, and without choosing whose words they are', async () => {
    const { api, user, words } = await renderCaptureForm();
    typeExactly(words, 'The surgery never rang back.');
    await user.click(within(group(/keeping their story/)).getByLabelText('No'));
    await user.click(saveButton());
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The story cannot be saved: the person has not agreed to it being kept.');
    expect(summary.textContent).toContain("Choose whether these are the person's own words or your summary.");
    expect(summary.textContent).toContain('Ask whether they agree to their story being shared without their details.');
    expect(api.saveStory).not.toHaveBeenCalled();

    // Problems disappear as they are put right.
    await user.click(within(group('Whose words are these?')).getByLabelText('My summary of what they said'));
    expect(screen.queryByText("Choose whether these are the person's own words or your summary.")).toBeNull();
    await answerRequired(user, { keep: 'No' });
    await user.click(saveButton());
    expect(api.saveStory).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'The story cannot be saved: the person has not agreed to it being kept.' })).toBeTruthy();
  });

  it('asks for contact details only after the person agrees to be contacted, and drops them when that changes', async () => {
    const { api, user, words } = await renderCaptureForm();
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    await user.click(within(group(/want to be contacted/)).getByLabelText('Yes'));
    await user.type(screen.getByLabelText('Phone number'), '020 7946 0000');
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(screen.getByLabelText('Email address')).toBeTruthy();
    await user.click(within(group(/want to be contacted/)).getByLabelText('No'));
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    await user.click(within(group(/want to be contacted/)).getByLabelText('Yes'));
    expect((screen.getByLabelText('Phone number') as HTMLInputElement).value).toBe('');

    // A yes with no way of making contact is refused; with one, it is sent.
    typeExactly(words, 'Please ring me.');
    await answerRequired(user, { contact: 'Yes' });
    await user.click(saveButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Give at least one way to contact them');
    await user.type(screen.getByLabelText('Phone number'), '020 7946 0000');
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));
    expect(sentStory(api).contact).toEqual({ phone: '020 7946 0000' });
  });

  it('cuts a full postcode to its district, says so, and sends only the district', async () => {
    const { api, user, words } = await renderCaptureForm();
    await user.click(screen.getByText('About the person (optional)'));
    const postcode = screen.getByRole('textbox', { name: 'Postcode district' }) as HTMLInputElement;
    await user.type(postcode, 'w9 4ab');
    expect(postcode.value).toBe('W9');
    const note = screen.getByText('A full postcode was typed. Only the district, W9, is kept.');
    expect(note.getAttribute('role')).toBe('status');
    expect(postcode.getAttribute('aria-describedby')).toContain(note.id);
    // Every question offers "Prefer not to say".
    for (const label of ['Age', 'Sex', 'Ethnic group', 'Religion', 'Sexual orientation']) {
      const select = screen.getByRole('combobox', { name: label });
      expect(within(select).getByRole('option', { name: 'Prefer not to say' })).toBeTruthy();
    }
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ethnic group' }), 'other-arab');
    typeExactly(words, 'About the clinic.');
    await answerRequired(user);
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));
    expect(sentStory(api).equality).toEqual({ ethnicity: 'other-arab', postcodeDistrict: 'W9' });
  });

  it('says "saved" only once the store has answered, then gives a blank form with the words field focused', async () => {
    const { api, user, words } = await renderCaptureForm();
    const answer = deferred<Result<{ id: string; savedAt: string; eventStoryCount: number | null; alreadySaved: boolean }>>();
    api.saveStory.mockImplementationOnce(() => answer.promise);
    typeExactly(words, 'Waited six hours in A&E.');
    await answerRequired(user);
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(1));

    // Still waiting for the store: nothing says "saved", and the words are held still.
    expect(screen.getByTestId('save-status').textContent).toBe('');
    expect(words.value).toBe('Waited six hours in A&E.');
    expect(words.readOnly).toBe(true);
    // A second press while waiting does not send the story again.
    await user.click(screen.getByRole('button', { name: 'Saving…' }));
    expect(api.saveStory).toHaveBeenCalledTimes(1);

    await act(async () => answer.resolve(ok({ id: 'x', savedAt: '2026-03-14T10:05:09.000Z', eventStoryCount: 3, alreadySaved: false })));
    const status = screen.getByTestId('save-status');
    await waitFor(() => expect(status.textContent).toMatch(/^Story saved at \d\d:\d\d:\d\d\. 3 stories saved at this event\.$/));
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getByTestId('capture-count').textContent).toBe('3 stories saved at this event');
    expect(words.value).toBe('');
    // "Saving" ends in its own update, and the words take the focus in an effect.
    await waitFor(() => expect(words.readOnly).toBe(false));
    await expectFocus(words);
    expect(within(group(/keeping their story/)).getByLabelText('Yes')).toHaveProperty('checked', false);
    // The next story gets its own draft id.
    typeExactly(words, 'Next person.');
    await answerRequired(user);
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(2));
    expect(sentStory(api, 1).draftId).not.toBe(sentStory(api, 0).draftId);
  });

  it('on a full disk says plainly it was NOT saved, keeps everything typed, and keeps the draft', async () => {
    const { api, user, words, state } = await renderCaptureForm();
    api.saveStory.mockResolvedValueOnce(failure('DISK_FULL', 'SQLITE_FULL: database or disk is full'));
    const typed = '  The district nurse stopped coming.  ';
    typeExactly(words, typed);
    await answerRequired(user);
    await user.click(saveButton());
    const alert = await screen.findByText('The story was NOT saved. Everything you typed is still here and is kept as an unsaved draft.');
    expect(alert.closest('[role="alert"]')?.textContent).toContain('The disk is full, so nothing was saved.');
    expect(words.value).toBe(typed);
    expect(screen.getByTestId('save-status').textContent).toBe('');
    expect(within(group(/keeping their story/)).getByLabelText('Yes')).toHaveProperty('checked', true);
    await waitFor(async () => expect(await draftStore().all()).toHaveLength(1));
    expect(state.saved).toHaveLength(0);

    // Trying again once there is space saves the same draft.
    const draftId = sentStory(api).draftId;
    await user.click(saveButton());
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(2));
    expect(sentStory(api, 1).draftId).toBe(draftId);
    await waitFor(async () => expect(await draftStore().all()).toHaveLength(0));
  });

  // The timing itself (a write at most 200 ms after a change) is proven with a manual
  // clock in drafts.test.ts; in Chromium, the crash-recovery scenario waits for the draft
  // that holds the last change before it crashes the page.
  it('keeps every change as an encrypted draft, and deletes it only after the save', async () => {
    const { user, words } = await renderCaptureForm();
    const typed = 'Nobody explained the new medicine. زوجي';
    typeExactly(words, typed);
    await waitFor(async () => expect(await draftStore().all()).toHaveLength(1), { interval: 10 });
    const [record] = await draftStore().all();
    expect(Object.keys(record ?? {}).sort()).toEqual(['ciphertext', 'id', 'iv', 'updatedAt', 'userId']);
    expect(JSON.stringify(record)).not.toContain('medicine');
    expect(Buffer.from(record?.ciphertext ?? []).toString('utf8')).not.toContain('medicine');
    await answerRequired(user);
    await user.click(saveButton());
    await screen.findByText(/^Story saved at/);
    await waitFor(async () => expect(await draftStore().all()).toHaveLength(0));
  });

  it('saves as a draft with Ctrl+Shift+S and as submitted with Ctrl+S', async () => {
    const { api, user, words } = await renderCaptureForm();
    typeExactly(words, 'First.');
    await answerRequired(user);
    await user.keyboard('{Control>}{Shift>}s{/Shift}{/Control}');
    await screen.findByText(/^Story saved as a draft at/);
    expect(sentStory(api).status).toBe('draft');
    typeExactly(words, 'Second.');
    await answerRequired(user);
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.saveStory).toHaveBeenCalledTimes(2));
    expect(sentStory(api, 1).status).toBe('submitted');
  });
});
