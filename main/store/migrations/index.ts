/**
 * Every migration, in order. Add a file per change; never edit one that has shipped.
 * Numbers 10 and 12 are unused: work that first held them landed after 0013 and took
 * the next free numbers, so that a store already at 13 still runs it.
 */
import { settingsMigration } from './0001_settings';
import { captureMigration } from './0002_capture';
import { masksMigration } from './0003_masks';
import { workbenchMigration } from './0004_workbench';
import { exportMigration } from './0005_export';
import { transferMigration } from './0006_transfer';
import { packsMigration } from './0007_packs';
import { searchMigration } from './0008_search';
import { recentSearchMigration } from './0009_recent_search';
import { recommendationsMigration } from './0011_recommendations';
import { syncMigration } from './0013_sync';
import { interestsMigration } from './0014_interests';
import { insightMigration } from './0015_insight';
import { searchWordFormsMigration } from './0016_search_word_forms';
import { searchPathsMigration } from './0017_search_paths';
import { searchDateFiltersMigration } from './0018_search_date_filters';
import { bulkInsertMigration } from './0019_bulk_insert';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  settingsMigration,
  captureMigration,
  masksMigration,
  workbenchMigration,
  exportMigration,
  transferMigration,
  packsMigration,
  searchMigration,
  recentSearchMigration,
  recommendationsMigration,
  syncMigration,
  interestsMigration,
  insightMigration,
  searchWordFormsMigration,
  searchPathsMigration,
  searchDateFiltersMigration,
  bulkInsertMigration,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
