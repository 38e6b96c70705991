import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { SafeguardingFlag } from '../SafeguardingFlag';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

/** The safeguarding flag, the action taken and by whom; editable. */
export function SafeguardingPanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation(['stories', 'capture']);
  const current = story.safeguarding;
  const [editing, setEditing] = useState(false);
  const [flagged, setFlagged] = useState(current.flagged);
  const [action, setAction] = useState(current.action ?? '');
  const [actionBy, setActionBy] = useState(current.actionBy ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const edit = () => {
    setFlagged(current.flagged);
    setAction(current.action ?? '');
    setActionBy(current.actionBy ?? '');
    setSaved(false);
    setEditing(true);
  };

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const safeguarding = flagged
      ? { flagged: true, action: hasContent(action) ? action : null, actionBy: hasContent(actionBy) ? actionBy : null }
      : { flagged: false, action: null, actionBy: null };
    const answer = await api.setSafeguarding({ id: story.id, safeguarding });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setEditing(false);
    setSaved(true);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-safeguarding" title={t('detail.safeguardingTitle')} className={current.flagged ? 'panel-flagged' : undefined}>
      {error ? <ErrorAlert error={error} /> : null}
      {editing ? (
        <form
          className="form form-compact"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="checkbox">
            <input id="story-safeguarding-flag" type="checkbox" checked={flagged} onChange={(event) => setFlagged(event.target.checked)} />
            <label htmlFor="story-safeguarding-flag" className="checkbox-label">
              {t('capture:safeguarding.flag')}
            </label>
          </div>
          {flagged ? (
            <>
              <TextAreaField id="story-safeguarding-action" label={t('capture:safeguarding.action')} value={action} onValueChange={setAction} rows={3} maxLength={2000} />
              <TextField id="story-safeguarding-by" label={t('capture:safeguarding.actionBy')} value={actionBy} onValueChange={setActionBy} maxLength={200} autoComplete="off" />
            </>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('detail.saveSafeguarding')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('detail.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {current.flagged ? (
            <>
              <p>
                <SafeguardingFlag />
              </p>
              <dl className="facts">
                <div className="fact">
                  <dt>{t('detail.safeguardingAction')}</dt>
                  <dd className="pre-wrap" dir="auto">
                    {current.action ?? t('detail.notRecorded')}
                  </dd>
                </div>
                <div className="fact">
                  <dt>{t('detail.safeguardingBy')}</dt>
                  <dd dir="auto">{current.actionBy ?? t('detail.notRecorded')}</dd>
                </div>
              </dl>
            </>
          ) : (
            <p className="muted">{t('detail.safeguardingNone')}</p>
          )}
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={edit}>
              {t('detail.editSafeguarding')}
            </button>
            <p className="form-status" role="status">
              {saved ? t('detail.safeguardingSaved') : ''}
            </p>
          </div>
        </>
      )}
    </Panel>
  );
}
