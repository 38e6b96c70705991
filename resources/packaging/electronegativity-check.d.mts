// Types for electronegativity-check.mjs, so TypeScript tests can import it.
export interface Finding {
  id: string;
  file: string;
  location?: { line: number; column: number };
  description?: string;
}
export interface Justification {
  id: string;
  file: string;
  reason: string;
}
export interface EngConfig {
  input?: unknown;
  justified?: unknown;
  excludeChecks?: unknown;
}
export function classifyFindings<F extends Finding>(
  issues: F[],
  justified: Justification[],
): { accepted: Array<{ issue: F; reason: string }>; unjustified: F[]; unused: Justification[] };
export function validateConfig(config: EngConfig): string[];
export function checkConstructName(id: string): string;
