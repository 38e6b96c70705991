/** Reading a survey CSV from disk: size checked first, bytes hashed, then decoded and parsed. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { decodeCsv, MAX_CSV_BYTES, type CsvEncoding } from '../../shared/csv/decode-csv';
import { parseCsv, type ParsedCsv } from '../../shared/csv/parse-csv';
import { ServiceError } from '../../shared/result';
import { toServiceError } from '../files/fs-errors';

export interface SurveyCsv extends ParsedCsv {
  sha256: string;
  encoding: CsvEncoding;
}

export async function readSurveyCsv(path: string): Promise<SurveyCsv> {
  const bytes = await readBytes(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeCsv(bytes);
  return { ...parseCsv(text), sha256, encoding };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ServiceError('INVALID_INPUT', `${path} is a folder, not a CSV file.`);
    if (info.size > MAX_CSV_BYTES) {
      throw new ServiceError('CSV_INVALID', `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import each.`);
    }
    return await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new ServiceError('NOT_FOUND', `There is no file at ${path}.`);
    throw toServiceError(error, path);
  }
}
