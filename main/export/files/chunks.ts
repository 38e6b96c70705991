/**
 * Turns many stories into UTF-8 a thousand at a time, with a checkpoint between, so a
 * job stays answerable: neither the text nor its encoding is ever done in one go.
 */
export const CHUNK = 1000;

export async function inChunks<T>(items: readonly T[], toText: (item: T) => string, checkpoint: () => Promise<void>): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    parts.push(Buffer.from(items.slice(i, i + CHUNK).map(toText).join(''), 'utf8'));
    await checkpoint();
  }
  return parts;
}

/** The same bytes as JSON.stringify(items, null, 2) in UTF-8, built in chunks. */
export async function jsonArray(items: readonly unknown[], checkpoint: () => Promise<void>): Promise<Buffer> {
  if (items.length === 0) return Buffer.from('[]');
  const parts = await inChunks(items, (item) => `,\n  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`, checkpoint);
  // Each item starts with ",\n" (two bytes); the first item's is dropped.
  return Buffer.concat([Buffer.from('[\n'), parts[0]!.subarray(2), ...parts.slice(1), Buffer.from('\n]')]);
}
