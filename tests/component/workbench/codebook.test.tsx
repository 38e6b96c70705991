import { screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import { failure } from '../fake-api';
import { renderApp } from '../render-app';
import { expectFocus } from '../waits';
import { codeNamed, installWorkbench } from './workbench-fakes';

async function onCodebook() {
  const app = await renderApp({ state: 'unlocked' });
  installWorkbench(app.api);
  window.location.hash = '#/stories/codebook';
  await screen.findByRole('heading', { level: 1, name: 'Codebook' });
  await screen.findAllByTestId('code-row');
  return app;
}

const rowOf = (name: string) => screen.getAllByTestId('code-row').find((row) => row.querySelector('.code-name')?.textContent === name)!;

describe('the codebook', () => {
  it('shows themes and sub-themes with their story counts', async () => {
    await onCodebook();
    expect(within(rowOf('Waiting times')).getByText('5 stories')).toBeTruthy();
    expect(within(rowOf('Waiting for an appointment')).getByText('2 stories')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Sub-themes of Waiting times' })).getAllByTestId('code-row')).toHaveLength(2);
  });

  it('shows the service\'s reason when a merge is refused', async () => {
    const { api, user } = await onCodebook();
    api.mergeCode.mockResolvedValue(failure('INVALID_INPUT', 'A code cannot be merged into one of its own sub-themes.'));
    await user.click(within(rowOf('Waiting times')).getByRole('button', { name: 'Change Waiting times' }));
    const editor = screen.getByRole('group', { name: 'Change Waiting times' });
    // The list of targets never offers the code itself.
    const targets = [...within(editor).getByLabelText('Merge into').querySelectorAll('option')].map((option) => option.textContent);
    expect(targets).not.toContain('Waiting times (the theme)');
    expect(targets).toContain('Waiting times › Waiting for an appointment');
    await user.click(within(editor).getByRole('button', { name: 'Merge' }));
    expect(within(editor).getByText('Choose the code to merge it into.')).toBeTruthy();
    await user.selectOptions(within(editor).getByLabelText('Merge into'), 'Waiting times › Waiting for an appointment');
    await user.click(within(editor).getByRole('button', { name: 'Merge' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Merge “Waiting times” into “Waiting for an appointment”?' });
    expect(confirm.textContent).toContain('The 5 stories tagged “Waiting times” will be tagged “Waiting for an appointment” instead');
    await user.click(within(confirm).getByRole('button', { name: 'Yes, merge them' }));
    expect(api.mergeCode).toHaveBeenCalledWith({ fromId: codeNamed('Waiting times').id, intoId: codeNamed('Waiting for an appointment').id });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The codes were not merged.');
    expect(alert.textContent).toContain('A code cannot be merged into one of its own sub-themes.');
  });

  it('renames, then puts the focus back on the code and announces it', async () => {
    const { api, user } = await onCodebook();
    const waiting = codeNamed('Waiting times');
    api.renameCode.mockResolvedValue(ok({ ...waiting, name: 'Waiting' }));
    await user.click(within(rowOf('Waiting times')).getByRole('button', { name: 'Change Waiting times' }));
    const name = screen.getByLabelText('New name');
    await expectFocus(name);
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByText('Enter a name.')).toBeTruthy();
    expect(api.renameCode).not.toHaveBeenCalled();
    await user.type(name, 'Waiting{Enter}');
    expect(api.renameCode).toHaveBeenCalledWith({ id: waiting.id, name: 'Waiting' });
    expect(await screen.findByText('Renamed “Waiting times” to “Waiting”.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-code-button')).toBe(waiting.id));
    expect(api.listCodes).toHaveBeenLastCalledWith({ includeRetired: true });
  });
});
