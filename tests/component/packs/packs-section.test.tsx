import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IssuedPacks } from '../../../renderer/src/packs/IssuedPacks';
import { IssuePackForm } from '../../../renderer/src/packs/IssuePackForm';
import { PackResultsSection } from '../../../renderer/src/packs/PackResultsSection';
import { ReceivedPacks } from '../../../renderer/src/packs/ReceivedPacks';
import type { PackStories, ReceivedPack } from '../../../shared/packs/schemas';
import { ok } from '../../../shared/result';
import { ADMIN, failure, fakeApi, installApi, VOLUNTEER } from '../fake-api';
import { expectFocus } from '../waits';

const FOLDER = '/home/staff/Verbatim exports';
const STORY_A = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const STORY_B = '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e';
const PACK_ID = 'pack-0123456789abcdef';
const WORDS = '  My neighbour [PERSON 1] waited\non the phone.  ';

const PACK: ReceivedPack = {
  id: PACK_ID,
  organisation: 'Healthwatch Westminster',
  keyFingerprint: 'ab'.repeat(32),
  volunteerName: 'Grace Mensah',
  issuedAt: '2026-11-20T10:00:00.000Z',
  issuedByName: 'Sam Staff',
  stories: 2,
  storiesWithSuggestions: 0,
};

const STORIES: PackStories = {
  pack: PACK,
  stories: [
    { ref: 'S001', text: WORDS, language: 'English', heardMonth: '2026-11', sentiment: null, note: null, themes: [] },
    { ref: 'S002', text: 'The pharmacist was kind.', language: 'Polish', heardMonth: '2026-10', sentiment: null, note: null, themes: [] },
  ],
  codebook: [
    { id: 'access', name: 'Access', parentId: null, retired: false },
    { id: 'phone', name: 'Getting through on the phone', parentId: 'access', retired: false },
    { id: 'old', name: 'Old theme', parentId: null, retired: true },
  ],
};

function office() {
  const { api } = fakeApi({ state: 'unlocked', users: [ADMIN, VOLUNTEER] });
  api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: FOLDER }));
  api.listPackCandidates.mockResolvedValue(
    ok([
      { id: STORY_A, heardOn: '2026-11-02', status: 'approved', excerpt: 'My neighbour [PERSON 1] waited', inPacks: 0 },
      { id: STORY_B, heardOn: '2026-10-03', status: 'submitted', excerpt: 'The pharmacist was kind.', inPacks: 1 },
    ]),
  );
  api.issuePack.mockResolvedValue(ok({ packId: PACK_ID, stories: 1 }));
  api.listIssuedPacks.mockResolvedValue(
    ok([{ id: PACK_ID, volunteerName: 'Grace Mensah', issuedAt: '2026-11-20T10:00:00.000Z', issuedByName: 'Sam Staff', stories: 2, suggestionsImported: 3, notes: 1 }]),
  );
  api.listPackNotes.mockResolvedValue(ok([{ ref: 'S001', storyId: STORY_A, excerpt: 'My neighbour Bernadette waited', sentiment: 'negative', note: '  Waited an hour\non the phone ' }]));
  installApi(api);
  return { api, user: userEvent.setup() };
}

describe('volunteer packs, in the office', () => {
  it('asks for the volunteer and at least one story, then writes the pack of the chosen stories', async () => {
    const { api, user } = office();
    render(<IssuePackForm onIssued={() => {}} />);
    const path = screen.getByRole('textbox', { name: 'Save the pack as' });
    await waitFor(() => expect((path as HTMLInputElement).value).toMatch(/^\/home\/staff\/Verbatim exports\/review-pack-\d{4}-\d{2}-\d{2}\.zip$/));
    await screen.findAllByTestId('pack-candidate');
    await user.click(screen.getByRole('button', { name: 'Make the pack' }));
    expect(screen.getByText('Choose the volunteer the pack is for.')).toBeTruthy();
    expect(screen.getByText('Choose at least one story for the pack.')).toBeTruthy();
    await expectFocus('pack-volunteer');
    expect(api.issuePack).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Volunteer' }), VOLUNTEER.name);
    await user.click(screen.getByRole('checkbox', { name: /My neighbour \[PERSON 1\] waited/ }));
    expect(screen.getByText('already in 1 pack', { exact: false })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make the pack' }));
    expect(api.issuePack).toHaveBeenCalledWith({ volunteerId: VOLUNTEER.id, storyIds: [STORY_A], outPath: (path as HTMLInputElement).value });
    expect(await screen.findByText(/The pack pack-0123456789abcdef with 1 story was saved/)).toBeTruthy();
  });

  it('brings a results file in and says how many suggestions went to Review → Suggestions; a refusal is explained', async () => {
    const { api, user } = office();
    api.importPackResults
      .mockResolvedValueOnce(failure('NOT_FOUND', 'This results file is for pack pack-1111111111111111, which this store did not issue.'))
      .mockResolvedValueOnce(ok({ packId: PACK_ID, volunteerName: 'Grace Mensah', added: 3, alreadyImported: 1, notes: 1 }));
    render(
      <>
        <PackResultsSection />
        <IssuedPacks refresh={0} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Bring in the results' }));
    expect(screen.getByText('Give the full path of the results file.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Results file' }), '/home/staff/results.zip');
    await user.click(screen.getByRole('button', { name: 'Bring in the results' }));
    // The refusal is the service's answer: it arrives after the click.
    expect(within(await screen.findByRole('alert')).getByText('The results were not brought in. Nothing was changed.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Bring in the results' }));
    expect(await screen.findByText(/3 new suggestions added to Review → Suggestions; 1 already brought in before/)).toBeTruthy();

    // The volunteer's overall sentiment and note, beside the pack.
    await user.click(await screen.findByRole('button', { name: /Show 1 sentiment or note from pack/ }));
    // The panel opens at once; its notes arrive after.
    const notes = await screen.findByTestId('pack-notes');
    expect(await within(notes).findByText('Negative')).toBeTruthy();
    expect(notes.querySelector('blockquote')?.textContent).toBe('  Waited an hour\non the phone ');
  });
});

describe('volunteer packs, on a volunteer laptop', () => {
  function laptop() {
    const { api } = fakeApi({ state: 'unlocked', users: [VOLUNTEER], signedIn: VOLUNTEER.id });
    api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: FOLDER }));
    api.listReceivedPacks.mockResolvedValue(ok([PACK]));
    api.importPack.mockResolvedValue(ok({ pack: PACK, alreadyImported: true }));
    api.getPackStories.mockResolvedValue(ok(STORIES));
    api.savePackSuggestions.mockImplementation(async (request) => {
      const stories = STORIES.stories.map((s) => (s.ref === request.ref ? { ...s, themes: request.themes, sentiment: request.sentiment, note: request.note } : s));
      return ok({ ...STORIES, stories });
    });
    api.makePackResults.mockResolvedValue(ok({ stories: 1, themes: 1 }));
    installApi(api);
    return { api, user: userEvent.setup() };
  }

  it('imports a pack, showing the signing key fingerprint to compare, and says when it was already imported', async () => {
    const { api, user } = laptop();
    render(<ReceivedPacks />);
    await user.type(screen.getByRole('textbox', { name: 'Pack file' }), '/media/usb/pack.zip');
    await user.click(screen.getByRole('button', { name: 'Import the pack' }));
    expect(api.importPack).toHaveBeenCalledWith({ path: '/media/usb/pack.zip' });
    expect(await screen.findByText(/was already imported; nothing was added/)).toBeTruthy();
    expect(screen.getAllByText('ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB').length).toBeGreaterThan(0);
  });

  it('suggests themes from the pack codebook (retired ones not offered), sentiment and a note, then makes the results file', async () => {
    const { api, user } = laptop();
    render(<ReceivedPacks />);
    await user.click(await screen.findByRole('button', { name: /Open/ }));
    const words = await screen.findByTestId('pack-story-text');
    expect(words.textContent).toBe(WORDS);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(within(theme).queryByRole('option', { name: 'Old theme' })).toBeNull();
    await user.selectOptions(theme, 'Getting through on the phone');
    await user.click(within(screen.getByTestId('suggest-theme')).getByRole('radio', { name: 'Negative' }));
    await user.click(screen.getByRole('button', { name: 'Suggest this theme' }));
    expect(api.savePackSuggestions).toHaveBeenLastCalledWith({ packId: PACK_ID, ref: 'S001', themes: [{ codeId: 'phone', sentiment: 'negative' }], sentiment: null, note: null });
    expect(await screen.findByText('Added Getting through on the phone to your suggestions for this story.')).toBeTruthy();
    expect(screen.getAllByTestId('pack-theme')).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Note for staff (optional)' }), '  Waited an hour ');
    await user.click(screen.getByRole('button', { name: 'Save sentiment and note' }));
    expect(api.savePackSuggestions).toHaveBeenLastCalledWith({
      packId: PACK_ID,
      ref: 'S001',
      themes: [{ codeId: 'phone', sentiment: 'negative' }],
      sentiment: null,
      note: '  Waited an hour ',
    });

    await user.click(screen.getByRole('button', { name: /Story S002/ }));
    expect((await screen.findByTestId('pack-story-text')).textContent).toBe('The pharmacist was kind.');

    const out = screen.getByRole('textbox', { name: 'Save the results as' }) as HTMLInputElement;
    await waitFor(() => expect(out.value).toMatch(/review-results-/));
    await user.click(screen.getByRole('button', { name: 'Make results file' }));
    expect(api.makePackResults).toHaveBeenCalledWith({ packId: PACK_ID, outPath: out.value });
    expect(await screen.findByText(/Results for 1 story \(themes suggested: 1\) were saved/)).toBeTruthy();
  });
});
