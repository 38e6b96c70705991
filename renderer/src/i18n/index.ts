/**
 * i18next for the renderer. Resources are bundled (no fetching), so initialisation is
 * synchronous and the first render already has every string.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from './resources';

export const LANGUAGE = 'en';
/** The locale used for dates and numbers. */
export const FORMAT_LOCALE = 'en-GB';

if (!i18n.isInitialized) {
  void i18n.use(initReactI18next).init({
    resources,
    lng: LANGUAGE,
    fallbackLng: LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    showSupportNotice: false, // no console noise in the app or the tests
  });
}

export default i18n;
