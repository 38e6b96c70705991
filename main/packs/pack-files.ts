/** Reading the one content file of a pack or a results bundle, after the bundle itself is verified. */
import type { z } from 'zod';
import { packFileSchema, resultsFileSchema, type PackFile, type ResultsFile } from '../../shared/packs/schemas';
import type { BundleKind, Manifest } from '../../shared/bundles/manifest';
import { ServiceError } from '../../shared/result';
import { readSignedBundle } from '../bundles/signed-bundle';

export const PACK_FILE = 'pack.json';
export const RESULTS_FILE = 'results.json';

function readContent<T>(bytes: Uint8Array, kind: BundleKind, name: string, schema: z.ZodType<T>, what: string) {
  const { manifest, files, manifestSha256 } = readSignedBundle(bytes, kind);
  const content = files.get(name);
  if (!content) throw new ServiceError('BUNDLE_TAMPERED', `The ${what} has no ${name}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.toString('utf8'));
  } catch {
    throw new ServiceError('INVALID_INPUT', `The ${what}'s ${name} is not valid JSON.`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ServiceError('INVALID_INPUT', `The ${what}'s ${name} is not in the expected form (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}).`);
  }
  return { content: result.data, manifest, manifestSha256 };
}

export function readPackFile(bytes: Uint8Array): { pack: PackFile; manifest: Manifest; manifestSha256: string } {
  const { content, manifest, manifestSha256 } = readContent(bytes, 'volunteer-pack', PACK_FILE, packFileSchema, 'review pack');
  return { pack: content, manifest, manifestSha256 };
}

export function readResultsFile(bytes: Uint8Array): { results: ResultsFile; manifest: Manifest; manifestSha256: string } {
  const { content, manifest, manifestSha256 } = readContent(bytes, 'volunteer-results', RESULTS_FILE, resultsFileSchema, 'results file');
  return { results: content, manifest, manifestSha256 };
}
