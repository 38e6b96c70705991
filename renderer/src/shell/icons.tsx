import type { ReactNode } from 'react';
import type { Area } from './areas';

/** Simple line icons; always decorative, the text beside them names the thing. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const AREA_ICONS: Record<Area, ReactNode> = {
  capture: (
    <Icon>
      <path d="M4 16.5l.9-3.6 8.4-8.4a1.8 1.8 0 0 1 2.6 0l.1.1a1.8 1.8 0 0 1 0 2.6l-8.4 8.4z" />
      <path d="M12 5.8l2.6 2.6" />
    </Icon>
  ),
  stories: (
    <Icon>
      <path d="M3.5 4.5h13v8.5h-7l-3.5 3v-3h-2.5z" />
      <path d="M6.5 8h7M6.5 10.5h4.5" />
    </Icon>
  ),
  review: (
    <Icon>
      <circle cx="10" cy="10" r="6.5" />
      <path d="M7 10.2l2.1 2.1 4-4.3" />
    </Icon>
  ),
  insight: (
    <Icon>
      <path d="M3.5 16.5h13" />
      <path d="M5.5 16V11M9 16V6.5M12.5 16V9M16 16V4" />
    </Icon>
  ),
  share: (
    <Icon>
      <path d="M10 12.5V3.5M6.5 7l3.5-3.5L13.5 7" />
      <path d="M4 11.5v4.5h12v-4.5" />
    </Icon>
  ),
  'bring-in': (
    <Icon>
      <path d="M10 3.5v9M6.5 9l3.5 3.5L13.5 9" />
      <path d="M4 11.5v4.5h12v-4.5" />
    </Icon>
  ),
  'action-plan': (
    <Icon>
      <path d="M5.5 17V3.5" />
      <path d="M5.5 4h9.5l-2.2 3.2 2.2 3.3H5.5" />
    </Icon>
  ),
  settings: (
    <Icon>
      <path d="M3.5 6h13M3.5 14h13" />
      <circle cx="7.5" cy="6" r="1.8" className="icon-fill" />
      <circle cx="12.5" cy="14" r="1.8" className="icon-fill" />
    </Icon>
  ),
};

export const LockIcon = () => (
  <Icon>
    <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Icon>
);

export const PersonIcon = () => (
  <Icon>
    <circle cx="10" cy="7" r="3.2" />
    <path d="M4 17c.6-3.2 3-5 6-5s5.4 1.8 6 5" />
  </Icon>
);

/** A warning triangle, beside the words "Safeguarding concern" (never colour alone). */
export const WarningIcon = () => (
  <Icon>
    <path d="M10 3.2l7.4 13H2.6z" />
    <path d="M10 8.2v3.6M10 14.1v.1" />
  </Icon>
);
