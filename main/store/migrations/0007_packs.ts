import type { Migration } from './migration';

/** Tables for packs (filled in by the packs work). */
export const packsMigration: Migration = {
  version: 7,
  name: 'packs',
  up() {},
};
