/**
 * Every user-facing string of the renderer, by namespace. English only for now; a
 * new language adds a folder beside locales/en with the same files.
 */
import intelligence from './locales/en/intelligence.json';
import insight from './locales/en/insight.json';
import transfer from './locales/en/transfer.json';
import packs from './locales/en/packs.json';
import recommendations from './locales/en/recommendations.json';
import survey from './locales/en/survey.json';
import archive from './locales/en/archive.json';
import sync from './locales/en/sync.json';
import interests from './locales/en/interests.json';
import capture from './locales/en/capture.json';
import common from './locales/en/common.json';
import drafts from './locales/en/drafts.json';
import exchange from './locales/en/exchange.json';
import errors from './locales/en/errors.json';
import passphrase from './locales/en/passphrase.json';
import people from './locales/en/people.json';
import review from './locales/en/review.json';
import settings from './locales/en/settings.json';
import setup from './locales/en/setup.json';
import shell from './locales/en/shell.json';
import stories from './locales/en/stories.json';
import unlock from './locales/en/unlock.json';
import vocabulary from './locales/en/vocabulary.json';
import workbench from './locales/en/workbench.json';

export const NAMESPACES = [
  'common',
  'errors',
  'passphrase',
  'setup',
  'unlock',
  'shell',
  'settings',
  'people',
  'capture',
  'drafts',
  'stories',
  'vocabulary',
  'review',
  'workbench',
  'exchange',
  'intelligence',
  'transfer',
  'packs',
  'survey',
  'archive',
  'sync',
  'recommendations',
  'insight',
  'interests',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: { common, errors, passphrase, setup, unlock, shell, settings, people, capture, drafts, stories, vocabulary, review, workbench, exchange, intelligence, transfer, packs, survey, archive, sync, recommendations, insight, interests },
} as const;

export const DEFAULT_NAMESPACE = 'common';
