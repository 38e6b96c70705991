/** Every migration, in order. Add a file per change; never edit one that has shipped. */
import { settingsMigration } from './0001_settings';
import { captureMigration } from './0002_capture';
import { masksMigration } from './0003_masks';
import { workbenchMigration } from './0004_workbench';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [settingsMigration, captureMigration, masksMigration, workbenchMigration];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
