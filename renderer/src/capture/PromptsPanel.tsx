import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';

type Prompts = { state: 'loading' } | { state: 'loaded'; prompts: string[] } | { state: 'failed'; error: ApiError };

/** The neutral, open questions set in Settings, beside the form. They never fill anything in. */
export function PromptsPanel() {
  const { t } = useTranslation('capture');
  const [prompts, setPrompts] = useState<Prompts>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void api.getPrompts({}).then((answer) => {
      if (live) setPrompts(answer.ok ? { state: 'loaded', prompts: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <aside className="prompts" aria-labelledby="capture-prompts-title">
      <h2 className="prompts-title" id="capture-prompts-title">
        {t('prompts.title')}
      </h2>
      <p className="prompts-intro">{t('prompts.intro')}</p>
      {prompts.state === 'loading' ? <p className="muted">{t('prompts.loading')}</p> : null}
      {prompts.state === 'failed' ? <ErrorAlert error={prompts.error} id="capture-prompts-error" /> : null}
      {prompts.state === 'loaded' && prompts.prompts.length === 0 ? <p className="muted">{t('prompts.none')}</p> : null}
      {prompts.state === 'loaded' && prompts.prompts.length > 0 ? (
        <ul className="prompt-list">
          {prompts.prompts.map((prompt, index) => (
            <li key={index} dir="auto">
              {prompt}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
