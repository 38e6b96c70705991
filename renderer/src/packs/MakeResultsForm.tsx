import { useTranslation } from 'react-i18next';
import type { ReceivedPack } from '../../../shared/packs/schemas';
import { api } from '../api/client';
import { localToday } from '../ui/format';
import { FileActionPanel } from '../jobs/FileActionPanel';
import { useDefaultPath } from '../jobs/use-default-path';

/** Writes the results file that goes back to the office: suggestions by pack reference, signed by this laptop. */
export function MakeResultsForm({ pack }: { pack: ReceivedPack }) {
  const { t } = useTranslation('packs');
  const [path, setPath] = useDefaultPath(`review-results-${localToday()}.zip`);
  return (
    <FileActionPanel
      name="pack-make"
      testId="pack-make-results"
      fieldId="pack-results-out"
      mode="save"
      filters={[{ name: t('fileType'), extensions: ['zip'] }]}
      text={{
        title: t('make.title'),
        intro: t('make.intro', { organisation: pack.organisation }),
        path: t('make.path'),
        pathRequired: t('make.pathRequired'),
        failed: t('make.failed'),
        submit: t('make.submit'),
        busy: t('make.writing'),
      }}
      path={path}
      onPathChange={setPath}
      run={(outPath) => api.makePackResults({ packId: pack.id, outPath })}
      renderDone={(done, outPath) => <p className="notice notice-success">{t('make.done', { count: done.stories, themes: done.themes, path: outPath })}</p>}
    />
  );
}
