import { useEffect } from 'react';
import { FirstUserScreen } from '../users/FirstUserScreen';
import { SignInScreen } from '../users/SignInScreen';
import { Shell } from '../shell/Shell';
import { SetupScreen } from '../setup/SetupScreen';
import { UnlockScreen } from '../unlock/UnlockScreen';
import { LoadingScreen, UnavailableScreen } from './StatusScreens';
import { useSession } from './session';

/** Shows setup, unlock, who-is-using-Verbatim or the shell, according to the state of the store. */
export function App() {
  const screen = useSession((state) => state.screen);
  const load = useSession((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  switch (screen) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return <UnavailableScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'unlock':
      return <UnlockScreen />;
    case 'first-user':
      return <FirstUserScreen />;
    case 'sign-in':
      return <SignInScreen />;
    case 'shell':
      return <Shell />;
  }
}
