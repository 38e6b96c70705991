import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackStories, PackStory } from '../../../shared/packs/schemas';
import type { Code, Sentiment } from '../../../shared/workbench/schemas';
import { api, type ApiError } from '../api/client';
import { FORMAT_LOCALE } from '../i18n';
import { themesOf } from '../review/ui/code-tree';
import type { CodesState } from '../review/ui/useCodes';
import { ThemeSuggestionForm } from '../review/volunteer/SuggestThemeForm';
import { ErrorAlert } from '../ui/ErrorAlert';
import { MakeResultsForm } from './MakeResultsForm';
import { PackStoryNotes } from './PackStoryNotes';

/** A month heard (2026-03) as "March 2026". */
const monthName = (month: string): string =>
  /^\d{4}-\d{2}$/.test(month) ? new Intl.DateTimeFormat(FORMAT_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)) : month;

type Loaded = { state: 'loading' } | { state: 'loaded'; data: PackStories } | { state: 'failed'; error: ApiError };
type Themes = PackStory['themes'];

/** A pack's codebook in the shape the suggestion form reads. */
function codesOf(data: PackStories): CodesState {
  const codes: Code[] = data.codebook.map((c) => ({ id: c.id, key: null, parentId: c.parentId, name: c.name, description: null, retired: c.retired, mergedInto: null, storyCount: 0 }));
  return { state: 'loaded', codes, themes: themesOf(codes) };
}

/** One imported pack: its stories one at a time, the volunteer's suggestions on each, and the results file. */
export function PackWorkspace({ packId, onClose }: { packId: string; onClose(): void }) {
  const { t } = useTranslation(['packs', 'review']);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [ref, setRef] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.getPackStories({ packId }).then((answer) => {
      if (!live) return;
      setLoaded(answer.ok ? { state: 'loaded', data: answer.value } : { state: 'failed', error: answer.error });
      if (answer.ok) setRef((current) => current ?? answer.value.stories[0]?.ref ?? null);
    });
    return () => {
      live = false;
    };
  }, [packId]);

  const data = loaded.state === 'loaded' ? loaded.data : null;
  const codes = useMemo(() => (data ? codesOf(data) : ({ state: 'loading' } as const)), [data]);
  const story = data?.stories.find((s) => s.ref === ref) ?? null;
  const nameOf = (codeId: string) => data?.codebook.find((c) => c.id === codeId)?.name ?? codeId;

  /** Saves the story's whole set of suggestions; answers the error, if any. */
  const save = async (themes: Themes, sentiment: Sentiment | null, note: string | null): Promise<ApiError | null> => {
    if (!story) return null;
    const answer = await api.savePackSuggestions({ packId, ref: story.ref, themes, sentiment, note });
    if (!answer.ok) return answer.error;
    setLoaded({ state: 'loaded', data: answer.value });
    return null;
  };

  return (
    <div className="packs packs-workspace" data-testid="pack-workspace">
      <p>
        <button type="button" className="button button-link" onClick={onClose}>
          {t('workspace.back')}
        </button>
      </p>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ErrorAlert error={loaded.error} /> : null}
      {data ? (
        <>
          <h2 className="packs-workspace-title">{t('workspace.title', { organisation: data.pack.organisation, count: data.stories.length })}</h2>
          <div className="packs-layout">
            <nav className="packs-story-nav" aria-label={t('workspace.storiesLabel')}>
              <ul>
                {data.stories.map((s) => (
                  <li key={s.ref}>
                    <button
                      type="button"
                      className={`packs-story-link${s.ref === ref ? ' packs-story-link-current' : ''}`}
                      aria-current={s.ref === ref ? 'true' : undefined}
                      onClick={() => setRef(s.ref)}
                      data-testid="pack-story-link"
                    >
                      <span className="packs-story-ref">{t('workspace.storyRef', { ref: s.ref })}</span>
                      <span className="packs-story-state">{s.themes.length > 0 || s.sentiment || s.note ? t('workspace.suggested', { count: s.themes.length }) : t('workspace.notYet')}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            {story ? (
              <div className="packs-story" key={story.ref}>
                <section className="panel" aria-labelledby="pack-words-title">
                  <h3 className="panel-title" id="pack-words-title">
                    {t('workspace.wordsTitle', { ref: story.ref })}
                  </h3>
                  <p className="story-meta">{t('workspace.storyMeta', { language: story.language, month: monthName(story.heardMonth) })}</p>
                  <div className="verbatim" dir="auto" data-testid="pack-story-text">
                    {story.text}
                  </div>
                </section>
                <section className="panel" aria-labelledby="pack-themes-title">
                  <h3 className="panel-title" id="pack-themes-title">
                    {t('workspace.themesTitle')}
                  </h3>
                  {story.themes.length === 0 ? <p className="muted">{t('workspace.noThemes')}</p> : null}
                  <ul className="packs-theme-list">
                    {story.themes.map((theme) => (
                      <li key={theme.codeId} className="packs-theme" data-testid="pack-theme">
                        <span>{nameOf(theme.codeId)}</span>
                        {theme.sentiment ? <span className={`badge badge-sentiment badge-${theme.sentiment}`}>{t(`review:sentiments.${theme.sentiment}`)}</span> : null}
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => void save(story.themes.filter((x) => x.codeId !== theme.codeId), story.sentiment, story.note)}
                        >
                          {t('workspace.remove')}
                          <span className="visually-hidden"> {nameOf(theme.codeId)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
                <ThemeSuggestionForm
                  codes={codes}
                  intro={t('workspace.suggestIntro')}
                  sentMessage={(theme) => t('workspace.added', { theme })}
                  onSuggest={(codeId, sentiment) => save([...story.themes.filter((x) => x.codeId !== codeId), { codeId, sentiment }], story.sentiment, story.note)}
                />
                <PackStoryNotes story={story} onSave={(sentiment, note) => save(story.themes, sentiment, note)} />
              </div>
            ) : null}
          </div>
          <MakeResultsForm pack={data.pack} />
        </>
      ) : null}
    </div>
  );
}
