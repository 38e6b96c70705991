import type { JobContext } from './job-context';

/**
 * Maps many items a batch at a time, reporting progress under `phase` and passing a
 * checkpoint between batches, so the worker answers other requests (status polls, a
 * cancel) every few milliseconds instead of once at the end.
 */
export async function mapInBatches<T, U>(items: readonly T[], batch: number, context: JobContext, phase: string, map: (item: T, index: number) => U): Promise<U[]> {
  const out: U[] = [];
  context.progress(0, items.length, phase);
  for (let start = 0; start < items.length; start += batch) {
    const end = Math.min(items.length, start + batch);
    for (let index = start; index < end; index++) out.push(map(items[index]!, index));
    context.progress(end, items.length, phase);
    await context.checkpoint();
  }
  return out;
}
