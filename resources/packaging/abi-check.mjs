// Checks which Node/Electron ABI a native module (.node file) was built for.
//
// A native module exports `node_register_module_v<N>`, where N is the module
// version (ABI) of the runtime it was compiled against: Node 20 is v115, Electron
// 42 is v146 (node_modules/electron/abi_version). @electron/rebuild can report
// success while compiling against Node's headers, so the packaged file is checked.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REGISTER_SYMBOL = /_?node_register_module_v(\d+)/g;

/** Every distinct module version named by a node_register_module_v symbol in `text`, ascending. */
export function registeredModuleVersions(text) {
  const versions = new Set();
  for (const match of text.matchAll(REGISTER_SYMBOL)) versions.add(Number(match[1]));
  return [...versions].sort((a, b) => a - b);
}

/** Compares the symbols (nm output, or the raw bytes of the file as latin1) with the expected ABI. */
export function verifyModuleVersion(symbolText, expected, label = 'the native module') {
  const found = registeredModuleVersions(symbolText);
  if (found.length === 0) {
    return { ok: false, found, message: `${label}: no node_register_module_v symbol found, so its ABI cannot be confirmed.` };
  }
  if (found.length === 1 && found[0] === expected) {
    return { ok: true, found, message: `${label}: built for module version v${expected}, as expected.` };
  }
  const runningNode = Number(process.versions.modules);
  const note = found.includes(runningNode) ? ` v${runningNode} is the ABI of this Node (${process.version}): it was built for Node, not Electron.` : '';
  return {
    ok: false,
    found,
    message: `${label}: built for module version ${found.map((v) => `v${v}`).join(', ')}, but Electron needs v${expected}.${note}`,
  };
}

/** The ABI of the Electron this project packages, as the electron package records it. */
export function expectedElectronAbi(projectRoot) {
  const text = readFileSync(join(projectRoot, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  const abi = Number(text);
  if (!Number.isInteger(abi) || abi <= 0) throw new Error(`node_modules/electron/abi_version holds "${text}", not a module version`);
  return abi;
}

/**
 * The dynamic symbols of a .node file: `nm -D` on Linux (ELF), `nm -g` on macOS
 * (Mach-O). Where nm is missing (Windows) the export name is still in the file's
 * string table, so the bytes themselves are searched.
 */
export function readSymbols(file, { platform = process.platform, run = spawnSync } = {}) {
  const nmArgs = platform === 'linux' ? ['-D', file] : platform === 'darwin' ? ['-g', file] : null;
  if (nmArgs) {
    const result = run('nm', nmArgs, { encoding: 'utf8' });
    if (result.status === 0 && typeof result.stdout === 'string') return { source: `nm ${nmArgs[0]}`, text: result.stdout };
  }
  return { source: 'file bytes', text: readFileSync(file).toString('latin1') };
}

/** Checks one .node file on disk. */
export function checkNativeModule(file, expected, options) {
  const { source, text } = readSymbols(file, options);
  return { file, source, ...verifyModuleVersion(text, expected, file) };
}

/** Every file called `name` below `dir` (the packaged output), skipping nothing but symlinks. */
export function findFiles(dir, name) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findFiles(path, name));
    else if (entry.isFile() && entry.name === name) found.push(path);
  }
  return found;
}
