/**
 * Signed bundles at the size of a 100,000-story export: `npx tsx tests/bench/bundles.bench.ts`.
 * Builds stories.json and stories.csv (about 60 MB together, BENCH_STORIES to change),
 * writes them as a signed bundle with a checkpoint that yields like a job's, then reads
 * and verifies it, in process and (when dist/cli is built) with the `verbatim verify`
 * command. Prints one JSON line: times, size, the longest the event loop was held
 * during the write, and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generateKeyPairSync } from 'node:crypto';
import { readSignedBundle, writeSignedBundle } from '../../main/bundles/signed-bundle';
import { signingKeyFrom } from '../../main/bundles/signing-key';
import { report } from './stats';
import { makeRandom, storyText } from './story-text';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const WORDS = 30;

function content(): { json: string; csv: string } {
  const random = makeRandom(6);
  const rows = Array.from({ length: STORIES }, (_, i) => ({
    id: `S${String(i + 1).padStart(6, '0')}`,
    month: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
    service: 'GP surgery',
    themes: ['access', 'communication'],
    sentiment: 'negative',
    text: storyText(random, WORDS),
  }));
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const csv = `\uFEFFid,month,service,themes,sentiment,text\r\n${rows.map((r) => [r.id, r.month, quote(r.service), quote(r.themes.join('; ')), r.sentiment, quote(r.text)].join(',')).join('\r\n')}\r\n`;
  return { json: JSON.stringify(rows, null, 1), csv };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-bench-bundles-'));
  try {
    const { json, csv } = content();
    const contentBytes = Buffer.byteLength(json) + Buffer.byteLength(csv);
    const key = signingKeyFrom(generateKeyPairSync('ed25519').privateKey);
    const path = join(folder, 'bundle.zip');
    const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const writeStart = performance.now();
    await writeSignedBundle(
      path,
      { kind: 'intelligence', organisation: 'Healthwatch Benchshire', details: { counts: { stories: STORIES } }, files: [{ name: 'stories.json', data: json }, { name: 'stories.csv', data: csv }], key },
      { checkpoint: yieldTurn },
    );
    const writeMs = performance.now() - writeStart;
    delay.disable();

    const readStart = performance.now();
    const read = readSignedBundle(readFileSync(path), 'intelligence');
    const readMs = performance.now() - readStart;
    if (read.files.get('stories.csv')!.toString('utf8') !== csv) throw new Error('round trip changed stories.csv');

    const cli = join('dist', 'cli', 'verbatim.cjs');
    const verifyStart = performance.now();
    const verified = existsSync(cli) ? spawnSync('node', [cli, 'verify', path], { encoding: 'utf8' }) : null;
    const verifyCommandMs = verified ? Math.round(performance.now() - verifyStart) : null;
    if (verified && verified.status !== 0) throw new Error(`verbatim verify failed: ${verified.stderr}`);

    report('bundles', {
      stories: STORIES,
      contentMB: Math.round(contentBytes / 1e5) / 10,
      bundleMB: Math.round(statSync(path).size / 1e5) / 10,
      writeSignedBundleMs: Math.round(writeMs),
      longestEventLoopBlockDuringWriteMs: Math.round(delay.max / 1e6),
      readAndVerifyMs: Math.round(readMs),
      verifyCommandMs,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
