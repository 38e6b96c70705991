import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title to "<page> – Verbatim" while the calling screen is shown. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation('common');
  const title = t('titleWith', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
