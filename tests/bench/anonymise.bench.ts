/**
 * Anonymiser throughput on one core: `npx tsx tests/bench/anonymise.bench.ts`.
 * Generates ~5,000 synthetic stories of ~150 words (plain sentences mixed with names,
 * phone numbers, NHS numbers, postcodes, addresses, dates and emails), anonymises them in
 * one bundle on this thread, and prints one JSON line. Target: over 2,000 stories a second.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { faker } from '@faker-js/faker';
import { createBundleAnonymiser } from '../../shared/anonymise/index';
import { story as storyOf } from './anonymise-stories';

const STORIES = Number(process.env.BENCH_STORIES ?? 5000);
const TARGET_WORDS = 150;

const story = (): string => storyOf(TARGET_WORDS);

faker.seed(20240501);
const stories = Array.from({ length: STORIES }, story);
const wordsPerStory = Math.round(stories.reduce((acc, s) => acc + s.split(/\s+/).length, 0) / stories.length);

const anonymiser = createBundleAnonymiser({
  key: new Uint8Array(randomBytes(32)),
  hmac: (key, message) => new Uint8Array(createHmac('sha256', key).update(message).digest()),
});
anonymiser.anonymise(stories[0] ?? ''); // loads the name lists before timing

let peakRss = process.memoryUsage().rss;
const started = performance.now();
let masked = 0;
for (let i = 0; i < stories.length; i++) {
  masked += anonymiser.anonymise(stories[i]!).spans.length;
  if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const memory = process.memoryUsage();
peakRss = Math.max(peakRss, memory.rss);

console.log(
  JSON.stringify({
    bench: 'anonymise',
    storiesPerSecond: Math.round(stories.length / seconds),
    wordsPerStory,
    peakRssMb: Math.round(peakRss / 1048576),
    heapUsedMb: Math.round(memory.heapUsed / 1048576),
  }),
);
if (masked === 0) throw new Error('the benchmark masked nothing: the engine is broken');
