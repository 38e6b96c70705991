import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/recommendations/schemas';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import type { Code } from '../../../../shared/workbench/schemas';
import { api, type ApiError, type ApiResult } from '../../api/client';
import { hrefOf } from '../../shell/areas';
import { Panel } from '../../stories/detail/Panel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime, formatDay } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { StoryPicker } from './StoryPicker';

interface EvidencePanelProps {
  recommendation: RecommendationDetail;
  /** Staff, on a draft: evidence can be added and removed. */
  editable: boolean;
  /** The words as told may be linked to (staff, not viewing as the organisation would). */
  linkToStories: boolean;
  onChanged(recommendation: RecommendationDetail): void;
}

/** The stories, saved searches and theme counts a recommendation rests on. */
export function EvidencePanel({ recommendation, editable, linkToStories, onChanged }: EvidencePanelProps) {
  const { t } = useTranslation('recommendations');
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [searches, setSearches] = useState<ResponseOf<'listSavedSearches'>>([]);
  const [themes, setThemes] = useState<Code[]>([]);
  const [searchId, setSearchId] = useState('');
  const [codeId, setCodeId] = useState('');
  const { id } = recommendation;

  useEffect(() => {
    if (!editable) return undefined;
    let live = true;
    void api.listSavedSearches({}).then((answer) => live && answer.ok && setSearches(answer.value));
    void api.listCodes({ includeRetired: false }).then((answer) => live && answer.ok && setThemes(answer.value));
    return () => {
      live = false;
    };
  }, [editable]);

  const change = async (work: Promise<ApiResult<RecommendationDetail>>, done: string): Promise<boolean> => {
    const answer = await work;
    if (!answer.ok) {
      setError(answer.error);
      return false;
    }
    setError(null);
    setMessage(done);
    onChanged(answer.value);
    return true;
  };

  const linked = new Set(recommendation.evidenceStories.map((story) => story.id));
  return (
    <Panel id="evidence" title={t('evidence.title')}>
      <p className="panel-intro">{t('evidence.intro')}</p>
      <p className="form-status" role="status">
        {message}
      </p>
      {error ? <ErrorAlert error={error} id="evidence-error" /> : null}

      <h3 className="step-title">{t('evidence.storiesTitle', { count: recommendation.evidenceStories.length })}</h3>
      {recommendation.evidenceStories.length === 0 ? <p className="muted">{t('evidence.noStories')}</p> : null}
      <ul className="story-list">
        {recommendation.evidenceStories.map((story) => (
          <li key={story.id} className="story-item" data-testid="evidence-story">
            {story.words === null ? (
              <p className="muted">{t('evidence.withheld')}</p>
            ) : (
              <p className="story-excerpt verbatim pre-wrap" dir="auto">
                {story.words}
              </p>
            )}
            <p className="story-meta">
              {t('evidence.heardOn', { date: formatDay(story.heardOn) })}
              {story.anonymised ? ` · ${t('evidence.anonymised')}` : ''}
              {linkToStories ? (
                <>
                  {' · '}
                  <a href={hrefOf('stories', story.id)}>{t('evidence.openStory')}</a>
                </>
              ) : null}
            </p>
            {editable ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t('evidence.unlinkNamed', { date: formatDay(story.heardOn) })}
                onClick={() => void change(api.unlinkEvidenceStory({ id, storyId: story.id }), t('evidence.unlinked'))}
              >
                {t('evidence.unlink')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? <StoryPicker linked={linked} onLink={(storyId) => change(api.linkEvidenceStories({ id, storyIds: [storyId] }), t('evidence.linked'))} /> : null}

      <h3 className="step-title">{t('evidence.searchesTitle')}</h3>
      {recommendation.evidenceSearches.length === 0 ? <p className="muted">{t('evidence.noSearches')}</p> : null}
      <ul className="plain-list">
        {recommendation.evidenceSearches.map((search) => (
          <li key={search.id} data-testid="evidence-search">
            <span dir="auto">{t('evidence.searchLine', { name: search.name, count: search.storyCount, date: formatDateTime(search.takenAt) })}</span>{' '}
            {editable ? (
              <button type="button" className="button button-quiet button-small" onClick={() => void change(api.removeEvidenceSearch({ id, snapshotId: search.id }), t('evidence.removed'))}>
                {t('evidence.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable && searches.length > 0 ? (
        <div className="inline-form">
          <SelectField
            id="evidence-saved-search"
            label={t('evidence.savedSearch')}
            value={searchId}
            onValueChange={setSearchId}
            options={[{ value: '', label: t('fields.choose') }, ...searches.map((s) => ({ value: s.id, label: s.name }))]}
          />
          <button type="button" className="button button-secondary" onClick={() => searchId && void change(api.addEvidenceSearch({ id, savedSearchId: searchId }), t('evidence.searchAdded'))}>
            {t('evidence.addSearch')}
          </button>
        </div>
      ) : null}

      <h3 className="step-title">{t('evidence.themesTitle')}</h3>
      {recommendation.evidenceThemes.length === 0 ? <p className="muted">{t('evidence.noThemes')}</p> : null}
      <ul className="plain-list">
        {recommendation.evidenceThemes.map((theme) => (
          <li key={theme.codeId} data-testid="evidence-theme">
            {t('evidence.themeLine', { theme: theme.parent ? `${theme.parent} > ${theme.theme}` : theme.theme, count: theme.storyCount, date: formatDateTime(theme.takenAt) })}{' '}
            {editable ? (
              <button type="button" className="button button-quiet button-small" onClick={() => void change(api.removeEvidenceTheme({ id, codeId: theme.codeId }), t('evidence.removed'))}>
                {t('evidence.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="inline-form">
          <SelectField
            id="evidence-theme"
            label={t('evidence.theme')}
            hint={t('evidence.themeHint')}
            value={codeId}
            onValueChange={setCodeId}
            options={[{ value: '', label: t('fields.choose') }, ...themes.map((c) => ({ value: c.id, label: c.name }))]}
          />
          <button type="button" className="button button-secondary" onClick={() => codeId && void change(api.addEvidenceThemes({ id, codeIds: [codeId] }), t('evidence.themeAdded'))}>
            {t('evidence.addTheme')}
          </button>
        </div>
      ) : null}
    </Panel>
  );
}
