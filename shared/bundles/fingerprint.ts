/** Signing-key fingerprints as people read them aloud: 16 groups of 4 hex digits. */
export const groupFingerprint = (hex: string): string => (hex.toUpperCase().match(/.{1,4}/gu) ?? []).join(' ');
