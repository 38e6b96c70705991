import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FileActionPanel } from '../jobs/FileActionPanel';
import { useDefaultPath } from '../jobs/use-default-path';
import { formatNumber, localToday } from '../ui/format';

/** Administrators: the register as the organisation publishes it, a signed bundle with a page anyone can open (names and interests only). */
export function PublishRegisterPanel() {
  const { t } = useTranslation('interests');
  const [path, setPath] = useDefaultPath(`register-of-interests-${localToday()}.zip`);
  return (
    <FileActionPanel
      name="publish-register"
      testId="publish-register"
      fieldId="publish-register-path"
      mode="save"
      filters={[{ name: t('publish.fileType'), extensions: ['zip'] }]}
      text={{
        title: t('publish.title'),
        intro: t('publish.intro'),
        path: t('publish.path'),
        pathRequired: t('publish.pathRequired'),
        failed: t('publish.failed'),
        submit: t('publish.submit'),
        busy: t('publish.busy'),
      }}
      path={path}
      onPathChange={setPath}
      run={(chosen) => api.publishRegister({ path: chosen })}
      renderDone={(value) => (
        <p className="notice notice-success" data-testid="publish-register-done">
          {t('publish.done', { people: formatNumber(value.people), interests: formatNumber(value.interests), path: value.path })}
        </p>
      )}
    />
  );
}
