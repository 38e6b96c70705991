/**
 * Which names may appear in a bundle: plain relative paths that stay inside the
 * folder they are unpacked into, on every operating system.
 */

/** Why `name` is unsafe, in plain English, or null when it is fine. */
export function unsafeNameReason(name: string): string | null {
  const quoted = JSON.stringify(name);
  if (name.length === 0) return 'a file with an empty name';
  if (name.length > 255) return `a file name longer than 255 characters (${quoted.slice(0, 40)}…)`;
  // Control characters (NUL, newlines) would corrupt SHA256SUMS and fool terminals.
  if (/\p{Cc}/u.test(name)) return `${quoted}, a file name with a control character in it`;
  if (name.includes('\\')) return `${quoted}, a file name with a backslash, which Windows reads as a folder separator`;
  if (name.startsWith('/')) return `${quoted}, a file with an absolute path`;
  if (/^[a-zA-Z]:/u.test(name)) return `${quoted}, a file with a drive letter`;
  if (name.endsWith('/')) return `${quoted}, a folder entry (a bundle holds only files)`;
  const parts = name.split('/');
  if (parts.includes('..')) return `${quoted}, a file that would land outside its folder`;
  if (parts.some((part) => part === '' || part === '.')) return `${quoted}, a file name with an empty or "." folder in it`;
  return null;
}

/** Two names that the same file system may treat as one file (case, Unicode form). */
export const nameCollisionKey = (name: string): string => name.normalize('NFC').toLowerCase();
