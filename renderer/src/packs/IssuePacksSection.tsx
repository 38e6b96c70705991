import { useState } from 'react';
import { IssuePackForm } from './IssuePackForm';
import { IssuedPacks } from './IssuedPacks';

/** Share → Volunteer packs (staff): make a pack of checked, anonymised stories, and see the packs issued. */
export function IssuePacksSection() {
  const [issued, setIssued] = useState(0);
  return (
    <div className="packs" data-testid="packs-office">
      <IssuePackForm onIssued={() => setIssued((n) => n + 1)} />
      <IssuedPacks refresh={issued} />
    </div>
  );
}
