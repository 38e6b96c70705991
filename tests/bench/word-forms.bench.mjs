// Runs the word forms benchmark (tests/bench/word-forms-bench.ts), bundled (tests/bench/bundled.mjs).
//   node tests/bench/word-forms.bench.mjs --rows 1000000 --dir /work/bench/forms
import { runBundled } from './bundled.mjs';

process.exit(await runBundled('tests/bench/word-forms-bench.ts', process.argv.slice(2)));
