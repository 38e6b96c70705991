import type { Migration } from './migration';

/** Tables for export (filled in by the export work). */
export const exportMigration: Migration = {
  version: 5,
  name: 'export',
  up() {},
};
