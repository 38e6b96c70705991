/** Rows of one table grouped by the story they belong to, in their order. */
export function groupByStory<T extends { story_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.story_id);
    if (group) group.push(row);
    else groups.set(row.story_id, [row]);
  }
  return groups;
}
