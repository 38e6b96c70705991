/**
 * Survey import benchmark (issue 6): a 20,000-row survey CSV imported through the
 * database worker, as the app does it (readSurveyFile, previewSurveyImport, then
 * startSurveyImport as a job polled until done). Reports each step's time and the
 * main thread's longest event-loop gap while the worker works.
 * Run: npx tsx tests/bench/survey.bench.ts [--rows 20000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRouter } from '../../main/ipc/router';
import { workerBackend } from '../../main/worker/worker-backend';
import type { Method, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { writeCsv } from '../../shared/csv/write-csv';
import { DEFAULT_YES_VALUES } from '../../shared/survey/schemas';
import { buildNodeEntry } from '../helpers/build-node-entry';
import { makeRandom, storyText } from './story-text';
import { report } from './stats';

const SERVICES = ['Elm Street Surgery', 'E85001', 'St Mary’s Hospital', ''];
const AGES = ['42', '18-24', '65 to 74', '85+', ''];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '20000' } } });
  const rows = Number(values.rows);
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-survey-bench-'));
  const random = makeRandom(7);
  const csvPath = join(folder, 'survey.csv');
  const table = [['Respondent', 'Tell us about your experience', 'Date submitted', 'Service', 'Can we share?', 'Age', 'Postcode']];
  for (let i = 0; i < rows; i += 1) {
    table.push([String(i + 1), storyText(random), `${1 + (i % 28)}/0${1 + (i % 9)}/2026 10:${String(i % 60).padStart(2, '0')}`, SERVICES[i % 4]!, i % 3 ? 'Yes' : 'No', AGES[i % 5]!, i % 2 ? 'W9 3RS' : '']);
  }
  writeFileSync(csvPath, writeCsv(table));

  const backend = workerBackend(await buildNodeEntry('main/worker/db-worker.ts', 'db-worker'), { dbPath: join(folder, 'verbatim.db') });
  const router = createRouter(backend);
  const call = async <M extends Method>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> => {
    const answer = await router.handle(method, request);
    if (!answer.ok) throw new Error(`${method}: ${answer.code} ${answer.message}`);
    return answer.value as ResponseOf<M>;
  };
  try {
    await call('createStore', { organisation: 'Benchmark Healthwatch', passphrase: 'benchmark passphrase, long enough' });
    await call('createFirstUser', { name: 'Bench Admin', pin: '2468' });
    await call('createService', { name: 'Elm Street Surgery', type: 'gp', odsCode: 'E85001', cqcLocationId: null });
    await call('createService', { name: 'St Mary’s Hospital', type: 'hospital-inpatients', odsCode: null, cqcLocationId: null });

    // The main thread's longest gap between 5 ms ticks while the worker reads, checks and imports.
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      const value = await work();
      return [value, Math.round(performance.now() - started)];
    };
    const [file, readMs] = await timed(() => call('readSurveyFile', { path: csvPath }));
    const mapping = {
      text: 1,
      date: 2,
      service: 3,
      consentShare: { column: 4, yesValues: [...DEFAULT_YES_VALUES] },
      consentQuote: null,
      age: 5,
      sex: null,
      ethnicity: null,
      postcode: 6,
      language: null,
    };
    const options = { unmatchedService: 'problem', defaultLanguage: 'English' } as const;
    const [preview, previewMs] = await timed(() => call('previewSurveyImport', { path: csvPath, mapping, options }));
    const [status, importMs] = await timed(async () => {
      const { jobId } = await call('startSurveyImport', { path: csvPath, mapping, options, fileSha256: file.fileSha256, skipInvalid: false, respondentsAgreed: true });
      let current = await call('getJobStatus', { jobId });
      while (current.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        current = await call('getJobStatus', { jobId });
      }
      return current;
    });
    clearInterval(ticker);
    report('survey.import', {
      rows,
      megabytes: Math.round((Buffer.byteLength(writeCsv(table)) / 1e6) * 10) / 10,
      readMs,
      previewMs,
      importMs,
      validRows: preview.validRows,
      result: status.state === 'done' ? status.result : status,
      mainThreadMaxGapMs: Math.round(longestGap),
    });
  } finally {
    await backend.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
