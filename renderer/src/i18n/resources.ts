/**
 * Every user-facing string of the renderer, by namespace. English only for now; a
 * new language adds a folder beside locales/en with the same files.
 */
import common from './locales/en/common.json';
import errors from './locales/en/errors.json';
import passphrase from './locales/en/passphrase.json';
import settings from './locales/en/settings.json';
import setup from './locales/en/setup.json';
import shell from './locales/en/shell.json';
import unlock from './locales/en/unlock.json';

export const NAMESPACES = ['common', 'errors', 'passphrase', 'setup', 'unlock', 'shell', 'settings'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: { common, errors, passphrase, setup, unlock, shell, settings },
} as const;

export const DEFAULT_NAMESPACE = 'common';
