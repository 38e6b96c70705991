import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { err, ok } from '../../../shared/result';
import { OUTREACH } from '../fake-api';
import { renderApp } from '../render-app';
import { expectFocus } from '../waits';
import { entry, HOSPITAL, interest, REGISTER, WORDS } from './interests-fakes';

async function onRegister() {
  const app = await renderApp({ state: 'unlocked' }, {
    prepare: (api) => {
      api.listRegister.mockResolvedValue(ok(REGISTER));
      api.listOpenRefusals.mockResolvedValue(ok([]));
      api.countOwingDeclarations.mockResolvedValue(ok({ overdue: 1, never: 1 }));
      api.listStakeholders.mockResolvedValue(ok([]));
    },
  });
  window.location.hash = '#/settings/interests';
  await screen.findByRole('heading', { level: 2, name: 'Register of interests' });
  return app;
}

describe('the register of interests', () => {
  it('lists everyone with when their declaration is due (those owing first), and adds a board member without an account', async () => {
    const { api, user } = await onRegister();
    const rows = await screen.findAllByTestId('register-person');
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['Never declared', 'Overdue since 10 January 2026', 'Due again on 5 January 2027']);
    expect(within(rows[0]!).getByRole('cell', { name: 'Board member' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add to the register' }));
    expect(await screen.findByText('Enter the person’s name.')).toBeTruthy();
    expect(api.addRegisterPerson).not.toHaveBeenCalled();
    await expectFocus('register-add-name');

    api.addRegisterPerson.mockResolvedValue(ok(entry({ personId: 'x', name: ' Sam  Rep ', capacity: 'authorised-representative' })));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' Sam  Rep ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'On the register as' }), 'authorised-representative');
    await user.click(screen.getByRole('button', { name: 'Add to the register' }));
    expect(api.addRegisterPerson).toHaveBeenCalledWith({ name: ' Sam  Rep ', capacity: 'authorised-representative' });
    // The name as typed, spaces and all.
    expect(await screen.findByText(' Sam  Rep  is on the register.', { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) })).toBeTruthy();
  });

  it('declares an interest for someone: bad input is shown beside its field and nothing is sent; an unknown service is refused and nothing written', async () => {
    const { api, user } = await onRegister();
    api.getRegisterEntry.mockResolvedValue(ok(entry({ personId: OUTREACH.id, name: OUTREACH.name, role: 'outreach' })));
    await user.click(await screen.findByRole('button', { name: `Open ${OUTREACH.name}’s entry` }));
    await expectFocus('register-entry-title');
    expect(screen.getByText('No interests are on the register.')).toBeTruthy();

    const form = screen.getByTestId('interest-new-form');
    await user.click(within(form).getByRole('button', { name: 'Declare the interest' }));
    expect(within(form).getByText('Choose the kind of interest.')).toBeTruthy();
    expect(within(form).getByText('Describe the interest.')).toBeTruthy();
    await expectFocus('interest-new-kind-employment');

    await user.click(within(form).getByRole('radio', { name: 'Employment' }));
    await user.click(within(form).getByRole('radio', { name: 'A service in the services register' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Service' }), HOSPITAL.id);
    await user.type(within(form).getByRole('textbox', { name: /The interest, in your own words/ }), WORDS);
    await user.type(within(form).getByLabelText('From'), '2026-03-01');
    await user.type(within(form).getByLabelText(/^To/), '2026-02-01');
    await user.type(within(form).getByRole('textbox', { name: /How it is managed/ }), 'does not code stories about this service');
    await user.click(within(form).getByRole('checkbox', { name: 'Coding (tagging) its stories' }));
    await user.click(within(form).getByRole('button', { name: 'Declare the interest' }));
    expect(within(form).getByText('The last day is before the first. Check the dates.')).toBeTruthy();
    await expectFocus('interest-new-to');
    expect(api.declareInterest).not.toHaveBeenCalled();

    await user.clear(within(form).getByLabelText(/^To/));
    api.declareInterest.mockResolvedValueOnce(err('UNKNOWN_SERVICE', 'That service is not in the register.'));
    await user.click(within(form).getByRole('button', { name: 'Declare the interest' }));
    expect(await within(form).findByText(/That health or care service is not in the list of services/)).toBeTruthy();
    expect(api.declareInterest).toHaveBeenCalledWith({
      personId: OUTREACH.id,
      interest: { kind: 'employment', concerns: { type: 'service', serviceId: HOSPITAL.id }, description: WORDS, fromOn: '2026-03-01', toOn: null, management: 'does not code stories about this service', refuses: ['code'] },
    });
    expect(screen.getByText('No interests are on the register.')).toBeTruthy();

    const declared = entry({ personId: OUTREACH.id, name: OUTREACH.name, interests: [interest({ refuses: ['code'] })], status: { state: 'current', lastDeclaredOn: '2026-03-02', dueOn: '2027-03-02' } });
    api.declareInterest.mockResolvedValueOnce(ok(declared));
    await user.click(within(form).getByRole('button', { name: 'Declare the interest' }));
    const shown = await screen.findByTestId('interest');
    expect(within(shown).getByTestId('declaration-words').textContent).toBe(WORDS);
    expect(within(shown).getByText('Coding (tagging) its stories')).toBeTruthy();
    expect(screen.getByTestId('declaration-status').textContent).toBe('Due again on 2 March 2027');
    expect(await screen.findByText('The interest is on the register, as a declaration made today.')).toBeTruthy();
  });

  it('My declarations: anyone signed in records that they have nothing to declare, and sees when it is due again', async () => {
    const { api, user } = await renderApp({ state: 'unlocked', users: [OUTREACH], signedIn: OUTREACH.id }, {
      prepare: (fake) => {
        fake.getMyRegister.mockResolvedValue(ok(entry({ personId: OUTREACH.id, name: OUTREACH.name, status: { state: 'never', lastDeclaredOn: null, dueOn: null } })));
        fake.listGivenToMe.mockResolvedValue(ok([]));
        fake.listStakeholders.mockResolvedValue(err('FORBIDDEN', 'Only staff.'));
      },
    });
    window.location.hash = '#/settings/my-declarations';
    await screen.findByRole('heading', { level: 2, name: 'My declarations' });
    expect(screen.queryByRole('link', { name: 'Register of interests' })).toBeNull();
    expect(await screen.findByText('There is nothing to declare: record that today.')).toBeTruthy();
    expect(screen.getByTestId('declaration-status').textContent).toBe('Never declared');
    // An organisation register this person may not read is not offered.
    await user.click(screen.getByRole('radio', { name: 'Another organisation or body' }));
    expect(screen.queryByRole('radio', { name: 'An organisation in the stakeholder register' })).toBeNull();

    api.confirmDeclaration.mockResolvedValue(
      ok(entry({ personId: OUTREACH.id, name: OUTREACH.name, status: { state: 'current', lastDeclaredOn: '2026-03-02', dueOn: '2027-03-02' }, declarations: [{ id: 'd', declaredOn: '2026-03-02', nothingToDeclare: true, interests: 0, recordedByName: OUTREACH.name, recordedAt: '2026-03-02T10:00:00.000Z' }] })),
    );
    await user.click(screen.getByRole('button', { name: 'Record the declaration' }));
    expect(api.confirmDeclaration).toHaveBeenCalledWith({ personId: OUTREACH.id });
    expect(await screen.findByText('Declaration recorded on 2 March 2026. The next is due on 2 March 2027.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Declared on 2 March 2026: Nothing to declare/)).toBeTruthy());
  });
});
