import { useCurrentUser } from '../app/session';
import { canManagePeople } from '../users/roles';
import { BoardPackPanel } from './BoardPackPanel';
import { PublishRegisterPanel } from './PublishRegisterPanel';

/** Share → Board pack and register: the advisory board's pack (staff and administrators) and the published register of interests (administrators). */
export function BoardSection() {
  const user = useCurrentUser();
  return (
    <div className="settings-grid">
      <BoardPackPanel />
      {user && canManagePeople(user.role) ? <PublishRegisterPanel /> : null}
    </div>
  );
}
