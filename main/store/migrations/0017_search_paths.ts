import type { Migration } from './migration';

/**
 * The Stories list of a date range with one language, walked in date-heard order
 * (main/workbench/list-order.ts). There was no index on language: "heard since 2000"
 * and Bengali walked every story heard since 2000 until it had found a page of
 * Bengali ones (3 s at a million when the newest were months back). Number 16 is the
 * word forms of search, built alongside.
 */
export const searchPathsMigration: Migration = {
  version: 17,
  name: 'search paths',
  up(db) {
    db.exec('CREATE INDEX stories_language_heard ON stories (language, heard_on DESC, created_at DESC, id DESC);');
  },
};
