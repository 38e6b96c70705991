#!/usr/bin/env node
// `npm run dist`: builds Verbatim's installers on a RELEASE MACHINE WITH NETWORK
// ACCESS (it downloads Electron, Electron's headers and electron-builder's tools).
// It cannot work on the offline build/CI machines. See docs/packaging.md.
//
//   node resources/packaging/dist.mjs [electron-builder args, e.g. --linux]
//   node resources/packaging/dist.mjs --check-only     only re-check release/
//
// Steps: build the app bundles; rebuild better-sqlite3-multiple-ciphers for
// Electron's ABI (the Node build is kept aside and put back afterwards, so local
// tests keep working); package with electron-builder; check that every packaged
// better_sqlite3.node carries Electron's module version. Exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNativeModule, expectedElectronAbi, findFiles } from './abi-check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NATIVE_PACKAGE = 'better-sqlite3-multiple-ciphers';
const NATIVE_FILE = 'better_sqlite3.node';
const nativeRelease = join(root, 'node_modules', NATIVE_PACKAGE, 'build', 'Release');
const outputDir = join(root, 'release');

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

function run(command, args, env = process.env) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`${command} ${args[0] ?? ''} failed (exit ${result.status ?? result.signal})`);
}

/** npm can point node-gyp at the system Node headers (nodedir), which silently builds for Node's ABI. */
function envForElectronRebuild() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  return env;
}

function checkFiles(files, abi) {
  let allGood = true;
  for (const file of files) {
    const verdict = checkNativeModule(file, abi);
    console.log(`${verdict.ok ? 'ok  ' : 'FAIL'} ${relative(root, file)} (${verdict.source}): ${verdict.message}`);
    allGood &&= verdict.ok;
  }
  return allGood;
}

function checkPackaged(abi) {
  if (!existsSync(outputDir)) fail('release/ does not exist: nothing was packaged.');
  const packaged = findFiles(outputDir, NATIVE_FILE).filter((file) => file.includes('app.asar.unpacked'));
  if (packaged.length === 0) fail(`no ${NATIVE_FILE} under release/**/app.asar.unpacked: is asarUnpack set for **/*.node?`);
  if (!checkFiles(packaged, abi)) fail(`a packaged ${NATIVE_FILE} is not built for Electron's ABI v${abi}; do not ship it.`);
  console.log(`\nAll ${packaged.length} packaged ${NATIVE_FILE} file(s) carry Electron's ABI v${abi}.`);
}

const args = process.argv.slice(2);
const abi = expectedElectronAbi(root);
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

if (args.includes('--check-only')) {
  checkPackaged(abi);
  process.exit(0);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.warn(`dist: warning: @electron/rebuild 4 and electron ${electronVersion} ask for Node >= 22.12; this is Node ${process.versions.node}.`);
}

run(process.execPath, ['build.config.mjs', 'app']);

// Keep the Node build of the native module aside; the finally block puts it back.
const keep = mkdtempSync(join(tmpdir(), 'verbatim-node-abi-'));
const nodeBuilds = existsSync(nativeRelease) ? findFiles(nativeRelease, NATIVE_FILE).concat(findFiles(nativeRelease, 'test_extension.node')) : [];
const kept = nodeBuilds.map((file, index) => {
  const copy = join(keep, `${index}-${basename(file)}`);
  copyFileSync(file, copy);
  return { file, copy };
});

try {
  // @electron/rebuild ships with electron-builder (app-builder-lib); npx uses that copy, or fetches it.
  run(
    'npx',
    ['--yes', '@electron/rebuild', '--version', electronVersion, '--module-dir', root, '--only', NATIVE_PACKAGE, '--force', '--build-from-source'],
    envForElectronRebuild(),
  );
  const rebuilt = join(nativeRelease, NATIVE_FILE);
  if (!existsSync(rebuilt)) fail(`${relative(root, rebuilt)} is missing after the rebuild.`);
  if (!checkFiles([rebuilt], abi)) fail(`the rebuild produced the wrong ABI (see above); fix the toolchain before packaging.`);

  run('npx', ['electron-builder', '--config', 'electron-builder.yml', '--publish', 'never', ...args]);
  checkPackaged(abi);
} finally {
  for (const { file, copy } of kept) copyFileSync(copy, file);
  rmSync(keep, { recursive: true, force: true });
  if (kept.length > 0) console.log(`\nRestored the Node build of ${NATIVE_PACKAGE} for local tests.`);
}
