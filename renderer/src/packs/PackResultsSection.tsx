import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FileActionPanel } from '../jobs/FileActionPanel';

/** Bring in → Volunteers' results (staff): a volunteer's results file; their suggestions go to Review → Suggestions. */
export function PackResultsSection() {
  const { t } = useTranslation('packs');
  const [path, setPath] = useState('');
  return (
    <FileActionPanel
      name="pack-results"
      testId="pack-results"
      fieldId="pack-results-path"
      mode="open"
      filters={[{ name: t('fileType'), extensions: ['zip'] }]}
      text={{
        title: t('results.title'),
        intro: t('results.intro'),
        path: t('results.path'),
        pathRequired: t('results.pathRequired'),
        failed: t('results.failed'),
        submit: t('results.submit'),
        busy: t('results.reading'),
      }}
      path={path}
      onPathChange={setPath}
      run={(chosen) => api.importPackResults({ path: chosen })}
      renderDone={(done) => (
        <p className="notice notice-success">
          {t('results.done', { count: done.added, skipped: done.alreadyImported, name: done.volunteerName, packId: done.packId })}
        </p>
      )}
      onDone={() => setPath('')}
    />
  );
}
