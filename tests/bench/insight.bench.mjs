// Runs the Insight benchmark (tests/bench/insight-bench.ts), bundled (tests/bench/bundled.mjs).
//   node tests/bench/insight.bench.mjs --rows 1000000 --dir /work/bench-insight --reuse --measure-only
import { runBundled } from './bundled.mjs';

process.exit(await runBundled('tests/bench/insight-bench.ts', process.argv.slice(2)));
