/** A line of the code history in words. */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { codeHistorySchema } from '../../../../shared/workbench/schemas';

export type CodeHistoryEntry = z.infer<typeof codeHistorySchema>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const number = (value: unknown): number => (typeof value === 'number' ? value : 0);

export function historyText(entry: CodeHistoryEntry, nameOf: (id: string) => string | null, t: TFunction<'workbench'>): string {
  const d = entry.details;
  const name = entry.codeName;
  switch (entry.action) {
    case 'create': {
      const parent = text(d.parentId) ? nameOf(text(d.parentId)!) : null;
      const created = text(d.name) ?? name;
      return parent ? t('history.createdUnder', { name: created, parent }) : t('history.created', { name: created });
    }
    case 'rename':
      return t('history.renamed', { from: text(d.from) ?? '', to: text(d.to) ?? name });
    case 'move': {
      const to = text(d.to);
      return to ? t('history.movedUnder', { name, parent: nameOf(to) ?? '' }) : t('history.movedTop', { name });
    }
    case 'merge':
      return t('history.merged', { from: text(d.fromName) ?? name, into: text(d.intoName) ?? '', count: number(d.tagsMoved) });
    case 'retire':
      return t('history.retired', { name });
    case 'restore':
      return t('history.restored', { name });
  }
}
