import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import { api, type ApiError } from '../../api/client';
import type { Area } from '../../shell/areas';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useFlashMessage, useReviewFlash } from '../review-flash';
import { reviewSub } from '../review-routes';
import { CodeChecklist } from '../ui/CodeChecklist';
import type { Theme } from '../ui/code-tree';
import { BackLink, FlashNotice } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { useCodes } from '../ui/useCodes';
import { useSamples } from './useSamples';

type Go = (area: Area, sub?: string | null) => void;
type Loaded = { state: 'loading' } | { state: 'loaded'; story: StoryDetail; mine: Set<string> } | { state: 'failed'; error: ApiError };

/** A reviewer codes one story of a sample: ticks the themes and sub-themes it is about, on their own. */
export function CodeStoryScreen({ sampleId, storyId, go }: { sampleId: string; storyId: string; go: Go }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('codeStory.pageTitle'));
  const flash = useFlashMessage();
  const samples = useSamples();
  const codes = useCodes();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([api.getStory({ id: storyId }), api.getMySampleCoding({ sampleId, storyId })]).then(([story, mine]) => {
      if (!live) return;
      if (!story.ok) return setLoaded({ state: 'failed', error: story.error });
      if (!mine.ok) return setLoaded({ state: 'failed', error: mine.error });
      setLoaded({ state: 'loaded', story: story.value, mine: new Set(mine.value) });
    });
    return () => {
      live = false;
    };
  }, [sampleId, storyId]);

  const sample = samples.state === 'loaded' ? (samples.samples.find((candidate) => candidate.id === sampleId) ?? null) : null;
  const index = sample ? sample.storyIds.indexOf(storyId) : -1;
  const total = sample?.storyIds.length ?? 0;
  const nextId = sample && index >= 0 ? (sample.storyIds[index + 1] ?? null) : null;

  return (
    <section className="area area-wide review" aria-labelledby="area-heading">
      <BackLink sub={reviewSub.sample(sampleId)} label={t('codeStory.back')} go={go} />
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`code-${sampleId}-${storyId}`}>
          {index >= 0 ? t('codeStory.title', { number: index + 1, total }) : t('codeStory.pageTitle')}
        </ScreenHeading>
        {sample ? (
          <p className="muted">
            {t('codeStory.inSample')} <span dir="auto">{sample.name}</span>
          </p>
        ) : null}
      </header>
      <FlashNotice message={flash} />
      {loaded.state === 'loading' || codes.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} /> : null}
      {codes.state === 'failed' ? <ReviewError error={codes.error} /> : null}
      {loaded.state === 'loaded' && codes.state === 'loaded' ? (
        <CodingForm
          key={storyId}
          story={loaded.story}
          initial={loaded.mine}
          themes={codes.themes}
          sampleId={sampleId}
          last={nextId === null}
          onSaved={(count) => {
            if (nextId) {
              useReviewFlash.getState().leave(t('codeStory.savedNext', { count }));
              go('review', reviewSub.codeStory(sampleId, nextId));
            } else {
              useReviewFlash.getState().leave(t('codeStory.savedLast'));
              go('review', reviewSub.sample(sampleId));
            }
          }}
        />
      ) : null}
    </section>
  );
}

interface CodingFormProps {
  story: StoryDetail;
  initial: Set<string>;
  themes: readonly Theme[];
  sampleId: string;
  last: boolean;
  onSaved(count: number): void;
}

function CodingForm({ story, initial, themes, sampleId, last, onSaved }: CodingFormProps) {
  const { t } = useTranslation('review');
  const [checked, setChecked] = useState<Set<string>>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await api.codeSampleStory({ sampleId, storyId: story.id, codeIds: [...checked] });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved(answer.value.length);
  };

  return (
    <div className="detail-grid review-coding-grid">
      <div className="detail-main">
        <section className="panel" aria-labelledby="coding-words-title">
          <h2 className="panel-title" id="coding-words-title">
            {t('codeStory.wordsTitle')}
          </h2>
          <div className="verbatim" dir="auto" data-testid="coding-text">
            {story.text}
          </div>
        </section>
      </div>
      <div className="detail-side">
        <form
          className="panel form form-compact"
          noValidate
          aria-labelledby="coding-title"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h2 className="panel-title" id="coding-title">
            {t('codeStory.codesTitle')}
          </h2>
          <p className="panel-intro">{t('codeStory.codesIntro')}</p>
          {error ? <ReviewError error={error} lead={t('codeStory.failed')} /> : null}
          <CodeChecklist themes={themes} checked={checked} onChange={setChecked} legend={t('codeStory.legend')} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {last ? t('codeStory.saveLast') : t('codeStory.saveNext')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
