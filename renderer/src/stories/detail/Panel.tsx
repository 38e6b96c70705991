import type { ReactNode } from 'react';

/** A titled box of the story detail; `id` names its heading for landmarks and tests. */
export function Panel({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 className="panel-title" id={`${id}-title`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
