import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConstructName, classifyFindings, validateConfig, type Justification } from '../../resources/packaging/electronegativity-check.mjs';

const ROOT = resolve(__dirname, '../..');
const config = JSON.parse(readFileSync(resolve(ROOT, 'electronegativity.config.json'), 'utf8')) as {
  input: string;
  justified: Justification[];
  excludeChecks: Array<{ id: string; reason: string }>;
};

const preload: Justification = { id: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', reason: 'The preload is sandboxed and narrow.' };

describe('the electronegativity gate', () => {
  it('accepts a finding justified for the same check and file, and nothing else', () => {
    const findings = [
      { id: 'PRELOAD_JS_CHECK', file: 'shell/window.ts' },
      { id: 'PRELOAD_JS_CHECK', file: 'shell/other-window.ts' },
      { id: 'NODE_INTEGRATION_JS_CHECK', file: 'shell/window.ts' },
    ];
    const { accepted, unjustified, unused } = classifyFindings(findings, [preload]);
    expect(accepted.map(({ issue }) => issue.file)).toEqual(['shell/window.ts']);
    expect(unjustified).toEqual(findings.slice(1));
    expect(unused).toEqual([]);
  });

  it('matches Windows-style paths too, and reports justifications that matched nothing', () => {
    const { accepted, unused } = classifyFindings([{ id: 'PRELOAD_JS_CHECK', file: 'shell\\window.ts' }], [
      preload,
      { id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'stale justification kept for the test' },
    ]);
    expect(accepted).toHaveLength(1);
    expect(unused.map((entry) => entry.id)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('refuses a config with a missing file or an empty reason', () => {
    expect(validateConfig({ input: 'main', justified: [{ id: 'PRELOAD_JS_CHECK', reason: 'long enough reason for the check' }] })).toHaveLength(1);
    expect(validateConfig({ input: 'main', justified: [{ id: 'PRELOAD_JS_CHECK', file: 'x.ts', reason: 'ok' }] })).toHaveLength(1);
    expect(validateConfig({ input: '', justified: [] })).toHaveLength(1);
  });

  it('names excluded checks the way electronegativity expects', () => {
    expect(checkConstructName('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK')).toBe('availablesecurityfixesglobalcheck');
  });

  it('has a valid committed config, each entry explained in docs/electronegativity.md', () => {
    expect(validateConfig(config)).toEqual([]);
    const doc = readFileSync(resolve(ROOT, 'docs/electronegativity.md'), 'utf8');
    for (const entry of [...config.justified, ...config.excludeChecks]) expect(doc).toContain(entry.id);
  });
});
