import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { fakeApi, installApi, type FakeApi, type FakeState } from './fake-api';

/** Renders the whole app over a fake bridge and waits for its first screen. */
export async function renderApp(
  initial: Partial<FakeState> = {},
  options: { advanceTimers?: (ms: number) => void; heading?: string; prepare?: (api: FakeApi) => void } = {},
) {
  const fake = fakeApi(initial);
  options.prepare?.(fake.api);
  installApi(fake.api);
  const user = userEvent.setup(options.advanceTimers ? { advanceTimers: options.advanceTimers } : {});
  const view = render(<App />);
  const firstHeading =
    options.heading ??
    (fake.state.state === 'absent' ? 'Set up Verbatim' : fake.state.state === 'locked' ? 'Unlock Verbatim' : 'Capture');
  await screen.findByRole('heading', { level: 1, name: firstHeading });
  return { ...fake, user, view };
}
