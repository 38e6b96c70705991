/**
 * `verbatim verify FILE.zip`: checks a bundle as its recipient would, in plain
 * Node with no store: zip safety, manifest, signature and every file's hash.
 */
import { resolve } from 'node:path';
import { groupFingerprint } from '../../../shared/bundles/fingerprint';
import type { Manifest } from '../../../shared/bundles/manifest';
import { ServiceError } from '../../../shared/result';
import { readSignedBundle } from '../../bundles/signed-bundle';
import { readBundleFile } from '../../bundles/read-bundle-file';
import { UsageError, UserError, type CliCommand } from '../command';
import { parse } from '../store-options';

const KIND_LABELS: Record<Manifest['kind'], string> = {
  intelligence: 'intelligence bundle',
  'volunteer-pack': 'volunteer review pack',
  'volunteer-results': 'volunteer review results',
  archive: 'archive',
  'interests-register': 'register of interests',
  'board-pack': 'advisory board pack',
};

const MAX_VALUE = 200;
/** Objects this deep in `details` get a line per field; deeper ones are printed on one line. */
const MAX_DEPTH = 2;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Text from the bundle, made safe for a terminal (no control characters) and cut short. */
function clean(text: string): string {
  const safe = text.replace(/\p{Cc}/gu, ' ');
  return safe.length > MAX_VALUE ? `${safe.slice(0, MAX_VALUE)}…` : safe;
}

/** Any JSON value on one line: objects as "key: value, …", nothing as "none". */
function inline(value: unknown): string {
  if (value === null || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0)) return 'none';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? `(${inline(item)})` : String(item))).join(', ');
  if (isRecord(value)) return Object.entries(value).map(([key, inner]) => `${key}: ${isRecord(inner) ? `(${inline(inner)})` : inline(inner)}`).join(', ');
  return String(value);
}

/** `details` as indented lines, whatever the kind of bundle put in it. */
function detailLines(details: Record<string, unknown>, depth = 1): string[] {
  const indent = '  '.repeat(depth);
  return Object.entries(details).flatMap(([key, value]) =>
    isRecord(value) && Object.keys(value).length > 0 && depth < MAX_DEPTH
      ? [`${indent}${clean(key)}:`, ...detailLines(value, depth + 1)]
      : [`${indent}${clean(key)}: ${clean(inline(value))}`],
  );
}

function report(path: string, manifest: Manifest, manifestSha256: string): string {
  const width = Math.max(...manifest.files.map((file) => file.name.length));
  const organisation = clean(manifest.organisation);
  return [
    `OK: ${path} is a complete, unaltered Verbatim ${KIND_LABELS[manifest.kind]}.`,
    '',
    `Signing key fingerprint (Ed25519):`,
    `  ${groupFingerprint(manifest.signingKey.fingerprint)}`,
    `  Compare it with the fingerprint ${organisation} gave you by another route (phone, letter,`,
    '  their website). Anyone can sign a bundle with a key of their own; only this comparison shows who signed it.',
    '',
    `organisation:  ${organisation}`,
    `kind:          ${manifest.kind}`,
    `created:       ${manifest.createdAt}`,
    `made with:     ${manifest.generator.app} ${clean(manifest.generator.version)}`,
    `manifest hash: ${manifestSha256} (SHA-256 of manifest.json)`,
    ...(Object.keys(manifest.details).length > 0 ? ['details:', ...detailLines(manifest.details)] : []),
    `files (${manifest.files.length}, every hash checked):`,
    ...manifest.files.map((file) => `  ${clean(file.name).padEnd(width)}  ${file.bytes.toLocaleString('en-GB')} bytes`),
  ].join('\n');
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'check a bundle\'s signature and every file in it (no store needed)',
  usage: 'Usage: verbatim verify FILE.zip [--json]',
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one bundle file to verify');
    const path = resolve(positionals[0]!);
    try {
      const { manifest, manifestSha256 } = readSignedBundle(readBundleFile(path));
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ ok: true, file: path, manifestSha256, fingerprint: groupFingerprint(manifest.signingKey.fingerprint), manifest })}\n`);
      } else {
        io.stdout.write(`${report(path, manifest, manifestSha256)}\n`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      if (values.json) io.stdout.write(`${JSON.stringify({ ok: false, file: path, code: error.code, message: error.message })}\n`);
      throw new UserError(error.message);
    }
  },
};
