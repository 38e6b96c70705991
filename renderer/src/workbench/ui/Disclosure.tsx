import { useId, useState, type ReactNode } from 'react';

interface DisclosureProps {
  title: ReactNode;
  /** Shown after the title in the button (e.g. how many values are chosen). */
  badge?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
  className?: string;
  level?: 2 | 3;
}

/** A heading with a button that shows or hides what follows it. */
export function Disclosure({ title, badge, defaultOpen = false, children, className, level = 3 }: DisclosureProps) {
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `disclosure ${className}` : 'disclosure'}>
      <Heading className="disclosure-heading">
        <button type="button" className="disclosure-button" aria-expanded={open} aria-controls={`${id}-content`} onClick={() => setOpen(!open)}>
          <span className="disclosure-title">{title}</span>
          {badge}
        </button>
      </Heading>
      <div className="disclosure-content" id={`${id}-content`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
