import type { ReactNode } from 'react';
import type { Area } from '../../shell/areas';
import { hrefOf } from '../../shell/areas';

export type Go = (area: Area, sub?: string | null) => void;

/** A link to another Action plan screen that goes there without reloading. */
export function PlanLink({ sub, children, go, className }: { sub: string; children: ReactNode; go: Go; className?: string }) {
  return (
    <a
      className={className}
      href={hrefOf('action-plan', sub)}
      onClick={(event) => {
        event.preventDefault();
        go('action-plan', sub);
      }}
    >
      {children}
    </a>
  );
}

/** Back to the list a detail screen was opened from. */
export const BackLink = ({ sub, label, go }: { sub: string; label: string; go: Go }) => (
  <PlanLink sub={sub} go={go} className="back-link">
    {label}
  </PlanLink>
);
