import type { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkNativeModule,
  expectedElectronAbi,
  findFiles,
  readSymbols,
  registeredModuleVersions,
  verifyModuleVersion,
} from '../../resources/packaging/abi-check.mjs';

// What `nm -D better_sqlite3.node | grep node_register_module_v` prints for each build.
const NM_ELECTRON_42 = `                 U napi_module_register
000000000001c810 T node_register_module_v146
                 w __gmon_start__
`;
const NM_NODE_20 = '000000000001c810 T node_register_module_v115\n';
const NM_MACOS = '0000000000012340 T _node_register_module_v146\n                 U _sqlite3_open\n';

const scratch = mkdtempSync(join(tmpdir(), 'verbatim-abi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packaged module ABI check', () => {
  it('reads the module version from nm output, Linux and macOS spellings', () => {
    expect(registeredModuleVersions(NM_ELECTRON_42)).toEqual([146]);
    expect(registeredModuleVersions(NM_NODE_20)).toEqual([115]);
    expect(registeredModuleVersions(NM_MACOS)).toEqual([146]);
    expect(registeredModuleVersions('nothing here')).toEqual([]);
  });

  it('passes an Electron 42 build (v146)', () => {
    expect(verifyModuleVersion(NM_ELECTRON_42, 146)).toMatchObject({ ok: true, found: [146] });
  });

  it("fails a Node 20 build (v115) and says it needs Electron's v146", () => {
    const verdict = verifyModuleVersion(NM_NODE_20, 146, 'better_sqlite3.node');
    expect(verdict.ok).toBe(false);
    expect(verdict.found).toEqual([115]);
    expect(verdict.message).toContain('v115');
    expect(verdict.message).toContain('v146');
  });

  it('fails when no register symbol is present, or when two ABIs are', () => {
    expect(verifyModuleVersion('', 146).ok).toBe(false);
    expect(verifyModuleVersion(NM_ELECTRON_42 + NM_NODE_20, 146).ok).toBe(false);
  });

  it('expects the ABI recorded by the installed electron package (Electron 42 is v146)', () => {
    expect(expectedElectronAbi(resolve(__dirname, '../..'))).toBe(146);
  });

  it('runs nm -D on Linux and nm -g on macOS', () => {
    const calls: Array<{ command: string; args: readonly string[] }> = [];
    const fakeNm = ((command: string, args: readonly string[]) => {
      calls.push({ command, args });
      return { status: 0, stdout: NM_ELECTRON_42 };
    }) as unknown as typeof spawnSync;
    expect(readSymbols('/x/better_sqlite3.node', { platform: 'linux', run: fakeNm }).text).toBe(NM_ELECTRON_42);
    readSymbols('/x/better_sqlite3.node', { platform: 'darwin', run: fakeNm });
    expect(calls).toEqual([
      { command: 'nm', args: ['-D', '/x/better_sqlite3.node'] },
      { command: 'nm', args: ['-g', '/x/better_sqlite3.node'] },
    ]);
  });

  it('falls back to searching the file itself where nm is missing (Windows)', () => {
    const file = join(scratch, 'fake.node');
    writeFileSync(file, Buffer.concat([Buffer.from([0x4d, 0x5a, 0, 0]), Buffer.from('\0node_register_module_v146\0')]));
    const noNm = (() => ({ status: null, stdout: '', error: new Error('ENOENT') })) as unknown as typeof spawnSync;
    expect(checkNativeModule(file, 146, { platform: 'linux', run: noNm })).toMatchObject({ ok: true, source: 'file bytes' });
    expect(checkNativeModule(file, 146, { platform: 'win32' })).toMatchObject({ ok: true, source: 'file bytes' });
  });

  it('finds every packaged better_sqlite3.node', () => {
    const unpacked = join(scratch, 'release', 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'm', 'build', 'Release');
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, 'better_sqlite3.node'), 'node_register_module_v146');
    expect(findFiles(join(scratch, 'release'), 'better_sqlite3.node')).toEqual([join(unpacked, 'better_sqlite3.node')]);
  });
});
