#!/usr/bin/env node
/**
 * What `npm start` runs after the build. It finds the Electron binary WITHOUT
 * requiring the `electron` package (which would try to download it), starts the
 * app with it, or says in one message that Electron is not available here.
 *
 * Where it looks, in order:
 *   VERBATIM_ELECTRON_BINARY  an explicit path to the Electron executable
 *   ELECTRON_OVERRIDE_DIST_PATH/<path.txt, else the platform's name>  (electron's own override)
 *   <electron package>/dist/<path.txt>   what electron's first-run download leaves behind
 * VERBATIM_ELECTRON_PACKAGE points at a different electron package folder (tests).
 */
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const projectRoot = resolve(__dirname, '..', '..');

const UNAVAILABLE =
  'Electron is not available on this machine, so the desktop app cannot start here. ' +
  'Run `npm run web` to use the same app in a browser instead.';

function electronPackageDir() {
  if (process.env.VERBATIM_ELECTRON_PACKAGE) return resolve(process.env.VERBATIM_ELECTRON_PACKAGE);
  try {
    // Resolving package.json does not run electron's index.js, so nothing is downloaded.
    return dirname(require.resolve('electron/package.json', { paths: [projectRoot] }));
  } catch {
    return null;
  }
}

// The executable's path inside Electron's dist folder, as electron's install.js names it.
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

function findElectronBinary() {
  if (process.env.VERBATIM_ELECTRON_BINARY) {
    const explicit = resolve(process.env.VERBATIM_ELECTRON_BINARY);
    return existsSync(explicit) ? explicit : null;
  }
  const packageDir = electronPackageDir();
  const pathFile = packageDir ? join(packageDir, 'path.txt') : null;
  const recorded = pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let binary = null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, recorded || platformExecutable());
  else if (packageDir && recorded) binary = join(packageDir, 'dist', recorded);
  return binary && existsSync(binary) ? binary : null;
}

const binary = findElectronBinary();
if (!binary) {
  process.stderr.write(`${UNAVAILABLE}\n`);
  process.exit(1);
}

// Extra arguments pass through, e.g. `npm start -- --db /path/to/verbatim.db`.
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit', windowsHide: false });
child.on('error', (error) => {
  process.stderr.write(`Electron could not be started (${error.message}). Run \`npm run web\` to use the app in a browser.\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
