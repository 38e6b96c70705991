/**
 * `npm start` where Electron is missing must say so in one clear message and
 * point at `npm run web`; where it is present it starts it on the project.
 * Runs main/shell/start.cjs as a child process against fake electron packages.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = resolve(__dirname, '../../main/shell/start.cjs');
const PROJECT = resolve(__dirname, '../..');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'verbatim-start-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Variables that would point start.cjs at a real Electron on a developer's machine.
const LOCATORS = ['ELECTRON_OVERRIDE_DIST_PATH', 'VERBATIM_ELECTRON_BINARY', 'VERBATIM_ELECTRON_PACKAGE'];

function runStart(env: Record<string, string>, args: string[] = []) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !LOCATORS.includes(key)));
  return spawnSync(process.execPath, [START, ...args], { env: { ...inherited, ...env }, encoding: 'utf8', timeout: 20_000 });
}

function expectUnavailableMessage(result: ReturnType<typeof runStart>) {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('Electron is not available on this machine');
  expect(lines[0]).toContain('npm run web');
}

describe('npm start (main/shell/start.cjs)', () => {
  it('prints one clear message and exits 1 when the electron package has no binary', () => {
    const emptyPackage = join(scratch, 'electron-without-binary');
    mkdirSync(emptyPackage, { recursive: true });
    writeFileSync(join(emptyPackage, 'package.json'), '{"name":"electron","version":"42.11.18"}');
    expectUnavailableMessage(runStart({ VERBATIM_ELECTRON_PACKAGE: emptyPackage }));
  });

  it('says the same when path.txt names a binary that was never downloaded', () => {
    const partial = join(scratch, 'electron-partial');
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'path.txt'), 'electron');
    expectUnavailableMessage(runStart({ VERBATIM_ELECTRON_PACKAGE: partial }));
  });

  it('says the same for an explicit binary path that does not exist', () => {
    expectUnavailableMessage(runStart({ VERBATIM_ELECTRON_BINARY: join(scratch, 'no-such-electron') }));
  });

  it('never triggers electron’s own download: nothing on stdout, no "Downloading"', () => {
    const result = runStart({ VERBATIM_ELECTRON_PACKAGE: join(scratch, 'nowhere') });
    expect(result.stderr + result.stdout).not.toMatch(/Downloading/i);
    expectUnavailableMessage(result);
  });

  it.skipIf(process.platform === 'win32')('starts an available Electron on the project folder, passing extra arguments', () => {
    const fakePackage = join(scratch, 'electron-present');
    mkdirSync(join(fakePackage, 'dist'), { recursive: true });
    writeFileSync(join(fakePackage, 'path.txt'), process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
    const binary = process.platform === 'darwin' ? join(fakePackage, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron') : join(fakePackage, 'dist', 'electron');
    mkdirSync(resolve(binary, '..'), { recursive: true });
    writeFileSync(binary, '#!/bin/sh\necho "fake electron in $(pwd) with: $*"\nexit 3\n');
    chmodSync(binary, 0o755);
    const result = runStart({ VERBATIM_ELECTRON_PACKAGE: fakePackage }, ['--db', '/tmp/x.db']);
    expect(result.stdout.trim()).toBe(`fake electron in ${PROJECT} with: . --db /tmp/x.db`);
    expect(result.status).toBe(3);
  });
});
