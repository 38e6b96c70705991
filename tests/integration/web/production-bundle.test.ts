import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The web harness exists for tests and trying the app; nothing of it may ship.
const HARNESS_TRACES = ['verbatim-web-harness', '__harness', 'startHarness', 'x-verbatim-token', 'shiftedClock', 'clockShift'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(() => {
  execFileSync('node', ['build.config.mjs', 'app']);
});

describe('the production bundle', () => {
  it('contains no trace of the web harness', () => {
    const shipped = [...filesUnder('dist/main'), ...filesUnder('dist/renderer')].filter((f) => !f.endsWith('.map'));
    expect(shipped.length).toBeGreaterThan(3);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      for (const trace of HARNESS_TRACES) expect(text.includes(trace), `${trace} in ${file}`).toBe(false);
    }
  });

  it('is packaged without dist/web, and only from dist/main, dist/renderer and resources', () => {
    const config = readFileSync('electron-builder.yml', 'utf8');
    const files = config.slice(config.indexOf('\nfiles:'), config.indexOf('\nasar:'));
    const included = [...files.matchAll(/^\s+-\s+"?([^"!\s][^"\s]*)"?\s*$/gm)].map((m) => m[1]);
    expect(included.sort()).toEqual(['dist/main/**', 'dist/renderer/**', 'package.json', 'resources/**']);
    expect(files).toContain('"!dist/web/**"');
  });
});
