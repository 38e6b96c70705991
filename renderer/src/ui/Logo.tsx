/** Verbatim's mark: a speech bubble holding a quotation. Decorative; the name is always beside it. */
export function Logo({ size = 40 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect x="2" y="4" width="36" height="26" rx="8" className="logo-bubble" />
      <path d="M12 30 L12 37 L20 30 Z" className="logo-bubble" />
      <path
        d="M13 21c0-4 1.6-6.6 5-8l.8 1.6c-1.9.9-2.8 2.1-2.9 3.6H18v5h-5zm10 0c0-4 1.6-6.6 5-8l.8 1.6c-1.9.9-2.8 2.1-2.9 3.6H28v5h-5z"
        className="logo-quote"
      />
    </svg>
  );
}
