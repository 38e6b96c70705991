import { useState } from 'react';
import { useCurrentUser } from '../../app/session';
import { IssuePackForm } from './IssuePackForm';
import { IssuedPacks } from './IssuedPacks';
import { ReceivedPacks } from './ReceivedPacks';

/**
 * Volunteer review packs. In the office, staff issue packs of anonymised stories
 * and bring the volunteers' results back; on a volunteer's own laptop, the
 * volunteer imports a pack, suggests themes and makes the results file.
 */
export function PacksSection() {
  const user = useCurrentUser();
  const [issued, setIssued] = useState(0);
  if (!user) return null;
  if (user.role === 'volunteer') return <ReceivedPacks />;
  return (
    <div className="packs" data-testid="packs-office">
      <IssuePackForm onIssued={() => setIssued((n) => n + 1)} />
      <IssuedPacks refresh={issued} />
    </div>
  );
}
