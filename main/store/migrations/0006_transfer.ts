import type { Migration } from './migration';

/** Tables for transfer (filled in by the transfer work). */
export const transferMigration: Migration = {
  version: 6,
  name: 'transfer',
  up() {},
};
