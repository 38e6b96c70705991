import { screen, waitFor, within } from '@testing-library/react';
import { err, ok } from '../../../shared/result';
import type { BoardPack } from '../../../shared/interests/board-pack';
import { ADMIN, OUTREACH } from '../fake-api';
import { renderApp } from '../render-app';
import { expectFocus } from '../waits';
import { REGISTER, refusal } from './interests-fakes';

const OTHER = { id: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f', name: 'Oona Other', role: 'staff' as const };

async function asAdmin(hash: string, heading: string) {
  const app = await renderApp({ state: 'unlocked' }, {
    prepare: (api) => {
      api.listRegister.mockResolvedValue(ok(REGISTER));
      api.listOpenRefusals.mockResolvedValue(ok([refusal()]));
      api.countOwingDeclarations.mockResolvedValue(ok({ overdue: 1, never: 1 }));
      api.listConflictCandidates.mockResolvedValue(ok([OTHER]));
      api.listUsers.mockResolvedValue(ok([{ id: ADMIN.id, name: ADMIN.name, role: 'admin', retired: false }, { id: OUTREACH.id, name: OUTREACH.name, role: 'outreach', retired: false }]));
    },
  });
  if (hash) window.location.hash = hash;
  await screen.findByRole('heading', { level: heading === 'Capture' ? 1 : 2, name: heading });
  return app;
}

describe('administrators and conflicts', () => {
  it('the home screen says how many owe a declaration and how many refusals wait, linked to the register; People shows each declaration', async () => {
    const { user } = await asAdmin('', 'Capture');
    const notice = await screen.findByRole('region', { name: 'Declarations of interest' });
    await waitFor(() => expect(notice.textContent).toContain('2 people owe a declaration of interests. 1 refusal waits for you.'));
    await user.click(within(notice).getByRole('link', { name: 'Open the register of interests' }));
    await screen.findByRole('heading', { level: 2, name: 'Refusals waiting for you' });
    // Only on the home screen, not on every screen.
    expect(screen.queryByRole('region', { name: 'Declarations of interest' })).toBeNull();

    window.location.hash = '#/settings/people';
    const row = (await screen.findByRole('rowheader', { name: new RegExp(OUTREACH.name) })).closest('tr')!;
    await within(row).findByText('Overdue since 10 January 2026');
  });

  it('an override without a reason is refused on screen and nothing is sent; with one it is recorded', async () => {
    const { api, user } = await asAdmin('#/settings/interests', 'Refusals waiting for you');
    const item = await screen.findByTestId('refusal');
    expect(within(item).getByRole('heading', { name: `${OUTREACH.name} was refused: code this story` })).toBeTruthy();
    expect(item.textContent).toContain('Story: “I waited five hours and nobody told me why.”');
    await user.click(within(item).getByRole('button', { name: 'Allow it' }));
    await expectFocus(`refusal-${refusal().id}-reason`);
    await user.type(within(item).getByRole('textbox', { name: 'Reason' }), '   ');
    await user.click(within(item).getByRole('button', { name: 'Allow it, with this reason' }));
    expect(within(item).getByText('Say why this person may do this work despite their declaration.')).toBeTruthy();
    expect(api.overrideConflict).not.toHaveBeenCalled();

    // The service refuses too (a reason of only spaces is none).
    api.overrideConflict.mockResolvedValueOnce(err('REASON_REQUIRED', 'Say why.'));
    await user.type(within(item).getByRole('textbox', { name: 'Reason' }), 'x');
    await user.click(within(item).getByRole('button', { name: 'Allow it, with this reason' }));
    expect(await within(item).findByText(/Give a reason\. This is never recorded without one/)).toBeTruthy();

    api.overrideConflict.mockResolvedValueOnce(ok({ done: true as const }));
    api.listOpenRefusals.mockResolvedValue(ok([]));
    await user.clear(within(item).getByRole('textbox', { name: 'Reason' }));
    await user.type(within(item).getByRole('textbox', { name: 'Reason' }), 'The trust asked Tomasz to present it.');
    await user.click(within(item).getByRole('button', { name: 'Allow it, with this reason' }));
    expect(api.overrideConflict).toHaveBeenLastCalledWith({ action: 'code', subject: refusal().subject, userId: OUTREACH.id, reason: 'The trust asked Tomasz to present it.' });
    expect(await screen.findByText(`${OUTREACH.name} may go on, after reading the declaration.`)).toBeTruthy();
    expect(screen.getByText('No refusal is waiting.')).toBeTruthy();
    await expectFocus('refusals-title');
  });

  it('reassigns the work to someone the rule allows', async () => {
    const { api, user } = await asAdmin('#/settings/interests', 'Refusals waiting for you');
    const item = await screen.findByTestId('refusal');
    await user.click(within(item).getByRole('button', { name: 'Give it to someone else' }));
    const to = await within(item).findByRole('combobox', { name: 'Give the work to' });
    expect(api.listConflictCandidates).toHaveBeenCalledWith({ action: 'code', subject: refusal().subject, exceptUserId: OUTREACH.id });
    await user.click(within(item).getByRole('button', { name: 'Give the work' }));
    expect(within(item).getByText('Choose who takes the work.')).toBeTruthy();
    expect(api.reassignWork).not.toHaveBeenCalled();
    api.reassignWork.mockResolvedValue(ok({ done: true as const }));
    api.listOpenRefusals.mockResolvedValue(ok([]));
    await user.selectOptions(to, OTHER.id);
    await user.click(within(item).getByRole('button', { name: 'Give the work' }));
    expect(api.reassignWork).toHaveBeenCalledWith({ action: 'code', subject: refusal().subject, fromUserId: OUTREACH.id, toUserId: OTHER.id, reason: '' });
    expect(await screen.findByText(`The work went to ${OTHER.name}.`)).toBeTruthy();
  });
});

const PACK: BoardPack = {
  organisation: 'Healthwatch Westminster',
  from: '2026-01-01',
  to: '2026-03-31',
  madeOn: '2026-04-02',
  smallNumberRule: 'Counts from 1 to 7 are shown as "*"; other counts are rounded to the nearest 5.',
  stories: { heard: '40', byChannel: [{ channel: 'community-event', stories: '35' }, { channel: 'phone', stories: '*' }], byCommunity: [{ group: 'Not stated', stories: '40' }] },
  shared: [{ on: '2026-03-02', kind: 'intelligence', recipient: 'Central London NHS Trust', items: '10', electionPeriod: null }],
  declarations: { made: '*', nothingToDeclare: '*', interestsDeclared: '*', interestsChanged: '0', owingOnMadeOn: '*' },
  conflicts: { totals: { warning: '*', acknowledge: '*', refusal: '*', override: '0', reassign: '*' }, refusalsByWork: [{ action: 'code', refusals: '*' }] },
  elections: [],
  quotes: [{ month: '2026-02', text: 'The nurse was kind to [PERSON 1].' }],
};

describe('the board pack and the published register (Share)', () => {
  it('the period is checked before anything is asked; the pack is shown, then saved as a signed bundle; the register is published', async () => {
    const { api, user } = await asAdmin('#/share/board', 'Advisory board pack');
    await user.type(screen.getByLabelText('From'), '2026-03-31');
    await user.type(screen.getByLabelText('To'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Show the pack' }));
    expect(screen.getByText('The period ends before it starts. Check the dates.')).toBeTruthy();
    await expectFocus('board-to');
    expect(api.getBoardPack).not.toHaveBeenCalled();

    api.getBoardPack.mockResolvedValue(ok(PACK));
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Show the pack' }));
    const view = await screen.findByTestId('board-pack-view');
    expect(within(view).getByRole('heading', { name: 'Stories heard: 40' })).toBeTruthy();
    expect(within(view).getByRole('row', { name: 'Phone call *' })).toBeTruthy();
    expect(within(view).getByRole('row', { name: /Central London NHS Trust 10/ })).toBeTruthy();
    expect(within(view).getByText('The nurse was kind to [PERSON 1].')).toBeTruthy();

    api.saveBoardPack.mockResolvedValue(ok({ path: '/home/staff/board.zip', manifestSha256: 'a'.repeat(64) }));
    const save = screen.getByTestId('board-save');
    await user.clear(within(save).getByRole('textbox', { name: /Save the pack as/ }));
    await user.type(within(save).getByRole('textbox', { name: /Save the pack as/ }), '/home/staff/board.zip');
    await user.click(within(save).getByRole('button', { name: 'Save the pack' }));
    expect(await screen.findByText('The pack for 1 January 2026 to 31 March 2026 is in /home/staff/board.zip.')).toBeTruthy();
    expect(api.saveBoardPack).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-03-31', path: '/home/staff/board.zip' });

    api.publishRegister.mockResolvedValue(ok({ path: '/home/staff/register.zip', people: 3, interests: 1, manifestSha256: 'b'.repeat(64) }));
    const publish = screen.getByTestId('publish-register');
    await user.clear(within(publish).getByRole('textbox', { name: /Save the register as/ }));
    await user.type(within(publish).getByRole('textbox', { name: /Save the register as/ }), '/home/staff/register.zip');
    await user.click(within(publish).getByRole('button', { name: 'Publish the register' }));
    expect(await screen.findByText('Published in /home/staff/register.zip. People on the register: 3; interests: 1.')).toBeTruthy();
  });
});
