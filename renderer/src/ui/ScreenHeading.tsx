import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenHeadingProps {
  children: ReactNode;
  /** The heading takes focus when it first appears and whenever this changes. */
  focusKey?: string;
  className?: string;
  id?: string;
}

/**
 * The h1 of a screen. It takes focus when the screen appears, so keyboard and
 * screen-reader users start at the top of the new screen and hear its name.
 */
export function ScreenHeading({ children, focusKey, className, id }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={className ? `screen-heading ${className}` : 'screen-heading'}>
      {children}
    </h1>
  );
}
