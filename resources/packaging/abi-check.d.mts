// Types for abi-check.mjs, so TypeScript tests can import it.
import type { spawnSync } from 'node:child_process';

export interface AbiVerdict {
  ok: boolean;
  found: number[];
  message: string;
}
export interface SymbolOptions {
  platform?: NodeJS.Platform;
  run?: typeof spawnSync;
}
export function registeredModuleVersions(text: string): number[];
export function verifyModuleVersion(symbolText: string, expected: number, label?: string): AbiVerdict;
export function expectedElectronAbi(projectRoot: string): number;
export function readSymbols(file: string, options?: SymbolOptions): { source: string; text: string };
export function checkNativeModule(file: string, expected: number, options?: SymbolOptions): AbiVerdict & { file: string; source: string };
export function findFiles(dir: string, name: string): string[];
