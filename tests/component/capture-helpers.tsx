/** Steps shared by the capture tests: open the form at an event, answer what must be answered. */
import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { EVENT } from './fake-api';
import { renderApp } from './render-app';

/** The app, signed in as the administrator, with the capture form open at the fake's event. */
export async function renderCaptureForm(initial: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ state: 'unlocked', ...initial });
  await app.user.click(await screen.findByRole('button', { name: `Capture at this event: ${EVENT.name}` }));
  const words = (await screen.findByLabelText('The story')) as HTMLTextAreaElement;
  return { ...app, words };
}

export const group = (name: string | RegExp) => screen.getByRole('group', { name });

/** Puts `text` into a field the way a paste does: the whole value at once. */
export function typeExactly(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  fireEvent.change(field, { target: { value: text } });
}

export async function answerRequired(user: UserEvent, consent: { keep?: 'Yes' | 'No'; contact?: 'Yes' | 'No' } = {}) {
  await user.click(within(group('Whose words are these?')).getByLabelText("The person's own words"));
  await user.click(within(group(/keeping their story/)).getByLabelText(consent.keep ?? 'Yes'));
  await user.click(within(group(/being shared/)).getByLabelText('Yes'));
  await user.click(within(group(/being quoted/)).getByLabelText('No'));
  await user.click(within(group(/want to be contacted/)).getByLabelText(consent.contact ?? 'No'));
}

export const saveButton = () => screen.getByRole('button', { name: 'Save story' });
