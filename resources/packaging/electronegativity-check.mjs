#!/usr/bin/env node
// `npm run security`: runs @doyensec/electronegativity over the main-process
// source and fails (exit 1) on any finding that electronegativity.config.json does
// not justify, or on any file it could not parse. electronegativity's own CLI
// exits 0 whatever it finds and has no config file, hence this script.
//
// Needs no network: the translation and release look-ups it attempts fail quickly
// offline; the release look-up check is excluded in the config.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const normalise = (file) => String(file).replaceAll('\\', '/').replace(/^\.\//, '');

/** Splits findings into justified and unjustified (matched by check id and file), and lists unused justifications. */
export function classifyFindings(issues, justified) {
  const used = new Set();
  const unjustified = [];
  const accepted = [];
  for (const issue of issues) {
    const index = justified.findIndex((entry) => entry.id === issue.id && normalise(entry.file) === normalise(issue.file));
    if (index >= 0) {
      used.add(index);
      accepted.push({ issue, reason: justified[index].reason });
    } else unjustified.push(issue);
  }
  const unused = justified.filter((_, index) => !used.has(index));
  return { accepted, unjustified, unused };
}

/** Checks the config's shape, so a typo cannot silently justify nothing or everything. */
export function validateConfig(config) {
  const problems = [];
  if (typeof config.input !== 'string' || !config.input) problems.push('"input" must name the folder to scan');
  for (const [key, needsFile] of [
    ['justified', true],
    ['excludeChecks', false],
  ]) {
    if (!Array.isArray(config[key] ?? [])) problems.push(`"${key}" must be a list`);
    for (const entry of config[key] ?? []) {
      if (!entry || typeof entry.id !== 'string' || !/^[A-Z0-9_]+$/.test(entry.id)) problems.push(`${key}: "${entry?.id}" is not a check id`);
      if (needsFile && typeof entry?.file !== 'string') problems.push(`${key}: ${entry?.id} needs a "file" (or "N/A" for a global check)`);
      if (typeof entry?.reason !== 'string' || entry.reason.trim().length < 20) problems.push(`${key}: ${entry?.id} needs a real reason`);
    }
  }
  return problems;
}

/** Excluding a check takes its class name (CSP_GLOBAL_CHECK -> cspglobalcheck), not its id. */
export const checkConstructName = (id) => id.replaceAll('_', '').toLowerCase();

const describe = (issue) => `${issue.id} ${issue.severity?.name ?? ''}/${issue.confidence?.name ?? ''} ${issue.file}:${issue.location?.line ?? 0}:${issue.location?.column ?? 0} ${issue.description ?? ''}`;

async function main() {
  const configFile = join(root, 'electronegativity.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const problems = validateConfig(config);
  if (problems.length > 0) {
    console.error(`electronegativity.config.json is not valid:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const run = createRequire(import.meta.url)('@doyensec/electronegativity');
  const result = await run({
    input: resolve(root, config.input),
    isRelative: true,
    // The scanned folder has no package.json, so name the Electron whose defaults apply.
    electronVersionOverride: electronVersion,
    excludeFromScan: (config.excludeChecks ?? []).map((entry) => checkConstructName(entry.id)),
    customScan: [],
  });

  const unparsed = result.errors.filter((error) => !error.tolerable);
  const { accepted, unjustified, unused } = classifyFindings(result.issues, config.justified ?? []);

  console.log(`electronegativity over ${config.input}/ (Electron ${electronVersion}): ${result.globalChecks} global and ${result.atomicChecks} atomic checks, ${result.issues.length} finding(s).`);
  for (const { issue, reason } of accepted) console.log(`  justified  ${describe(issue)}\n             ${reason}`);
  for (const entry of unused) console.warn(`  warning: justification for ${entry.id} in ${entry.file} matched no finding; remove it if the code changed.`);
  for (const error of unparsed) console.error(`  NOT SCANNED ${error.file}: ${error.message}`);
  for (const issue of unjustified) console.error(`  UNJUSTIFIED ${describe(issue)}`);

  if (unjustified.length > 0 || unparsed.length > 0) {
    console.error('\nFix these findings, or justify them in electronegativity.config.json and docs/electronegativity.md.');
    process.exit(1);
  }
  console.log('No unjustified findings.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`electronegativity check failed to run: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
