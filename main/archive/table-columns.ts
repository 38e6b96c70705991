/** The tables of the store and their columns, read from the database itself. */
import type { Db } from '../store/database';
import { isExcludedTable, SECRET_COLUMNS } from './archive-tables';

export interface Column {
  name: string;
  /** The STRICT type: TEXT, INTEGER, REAL, BLOB or ANY. */
  type: string;
  notNull: boolean;
}

export interface TableInfo {
  name: string;
  columns: Column[];
  /** Columns to page by: rowid, or the primary key of a WITHOUT ROWID table. */
  key: string[];
}

export function archivedTables(db: Db): TableInfo[] {
  const tables = db.pragma('table_list') as Array<{ name: string; schema: string; type: string; wr: number }>;
  return tables
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !isExcludedTable(t.name))
    .map((t) => {
      const info = db.pragma(`table_info(${JSON.stringify(t.name)})`) as Array<{ name: string; type: string; notnull: number; pk: number }>;
      const secret = SECRET_COLUMNS[t.name] ?? [];
      return {
        name: t.name,
        columns: info.filter((c) => !secret.includes(c.name)).map((c) => ({ name: c.name, type: c.type.toUpperCase(), notNull: c.notnull === 1 || c.pk > 0 })),
        key: t.wr ? info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name) : ['rowid'],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
