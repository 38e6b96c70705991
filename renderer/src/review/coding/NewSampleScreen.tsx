import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users/schemas';
import { MATCH_END, MATCH_START, type SearchHit } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { ErrorSummary, type FieldProblem } from '../../ui/ErrorSummary';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useReviewFlash } from '../review-flash';
import { isStaff, reviewSub } from '../review-routes';
import { BackLink } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { Snippet } from '../ui/Snippet';
import { useKeysetList } from '../ui/useKeysetList';

type Go = (area: Area, sub?: string | null) => void;
const PAGE_SIZE = 20;
const plain = (snippet: string) => snippet.split(MATCH_START).join('').split(MATCH_END).join('');

/** A new double-coding sample: its name, two reviewers from staff, and the stories, found by searching. */
export function NewSampleScreen({ go }: { go: Go }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('newSample.title'));
  const me = useCurrentUser();
  const [name, setName] = useState('');
  const [reviewerA, setReviewerA] = useState(me && isStaff(me.role) ? me.id : '');
  const [reviewerB, setReviewerB] = useState('');
  const [reviewers, setReviewers] = useState<User[] | null>(null);
  const [usersError, setUsersError] = useState<ApiError | null>(null);
  const [chosen, setChosen] = useState<Map<string, SearchHit>>(new Map());
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void api.listUsers({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setReviewers(answer.value.filter((user) => isStaff(user.role) && !user.retired));
      else setUsersError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const request = useCallback((after: string | null) => api.searchStories({ query, filters: {}, limit: PAGE_SIZE, ...(after ? { after } : {}) }), [query]);
  const { page, moreError, loadMore } = useKeysetList(request);

  const toggle = (hit: SearchHit, on: boolean) => {
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(hit.id, hit);
      else next.delete(hit.id);
      return next;
    });
  };

  /** What stops the sample being made; shown after the first attempt, and kept up to date as things are fixed. */
  const problemsNow = (): FieldProblem[] => {
    const found: FieldProblem[] = [];
    if (name.trim() === '') found.push({ fieldId: 'sample-name', message: t('newSample.nameRequired') });
    if (!reviewerA) found.push({ fieldId: 'sample-reviewer-a', message: t('newSample.reviewerARequired') });
    if (!reviewerB) found.push({ fieldId: 'sample-reviewer-b', message: t('newSample.reviewerBRequired') });
    if (reviewerA && reviewerA === reviewerB) found.push({ fieldId: 'sample-reviewer-b', message: t('newSample.reviewersDiffer') });
    if (chosen.size < 2) found.push({ fieldId: 'sample-search', message: t('newSample.storiesRequired') });
    return found;
  };
  const problems = attempt > 0 ? problemsNow() : [];

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    if (problemsNow().length > 0) return;
    setBusy(true);
    const answer = await api.createAgreementSample({ name, storyIds: [...chosen.keys()], reviewerA, reviewerB });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    useReviewFlash.getState().leave(t('newSample.created', { name: answer.value.name }));
    go('review', reviewSub.sample(answer.value.id));
  };

  const problemFor = (fieldId: string) => problems.find((problem) => problem.fieldId === fieldId)?.message ?? null;
  const reviewerOptions = [{ value: '', label: t('newSample.chooseReviewer') }, ...(reviewers ?? []).map((user) => ({ value: user.id, label: user.name }))];

  return (
    <section className="area area-wide review" aria-labelledby="area-heading">
      <BackLink sub="coding" label={t('coding.back')} go={go} />
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="new-sample">
          {t('newSample.title')}
        </ScreenHeading>
      </header>
      <p className="review-intro">{t('newSample.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void create(event)}>
        <ErrorSummary problems={problems} attempt={attempt} id="sample-problems" />
        {error ? <ReviewError error={error} lead={t('newSample.failed')} /> : null}
        {usersError ? <ReviewError error={usersError} /> : null}
        <div className="panel form form-compact">
          <TextField id="sample-name" label={t('newSample.name')} hint={t('newSample.nameHint')} value={name} onValueChange={setName} maxLength={120} error={problemFor('sample-name')} announceError={false} />
          <div className="field-row">
            <SelectField id="sample-reviewer-a" label={t('coding.reviewerA')} value={reviewerA} onValueChange={setReviewerA} options={reviewerOptions} error={problemFor('sample-reviewer-a')} />
            <SelectField id="sample-reviewer-b" label={t('coding.reviewerB')} value={reviewerB} onValueChange={setReviewerB} options={reviewerOptions} error={problemFor('sample-reviewer-b')} />
          </div>
        </div>
        <section className="panel" aria-labelledby="sample-stories-title">
          <h2 className="panel-title" id="sample-stories-title">
            {t('newSample.storiesTitle')}
          </h2>
          <p className="panel-intro">{t('newSample.storiesIntro')}</p>
          <div className="review-search">
            <TextField
              id="sample-search"
              label={t('newSample.search')}
              hint={t('searchHint')}
              value={typed}
              onValueChange={setTyped}
              type="search"
              autoComplete="off"
              error={problemFor('sample-search')}
              announceError={false}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  setQuery(typed);
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={() => setQuery(typed)}>
              {t('search')}
            </button>
          </div>
          <p className="muted" role="status" data-testid="sample-chosen-count">
            {t('newSample.chosen', { count: chosen.size })}
          </p>
          {page.state === 'loading' ? <p className="muted">{t('loading')}</p> : null}
          {page.state === 'failed' ? <ReviewError error={page.error} /> : null}
          {page.state === 'loaded' && page.items.length === 0 ? <p className="muted">{t('newSample.noStories')}</p> : null}
          {page.state === 'loaded' && page.items.length > 0 ? (
            <fieldset className="fieldset review-sample-picker">
              <legend className="visually-hidden">{t('newSample.pickLegend')}</legend>
              <ul className="review-pick-list">
                {page.items.map((hit) => (
                  <li key={hit.id} className="review-pick-item">
                    <div className="checkbox">
                      <input id={`pick-${hit.id}`} type="checkbox" checked={chosen.has(hit.id)} onChange={(event) => toggle(hit, event.target.checked)} aria-describedby={`pick-${hit.id}-meta`} />
                      <label htmlFor={`pick-${hit.id}`} className="checkbox-label checkbox-label-light">
                        <Snippet text={hit.snippet} className="review-pick-snippet" inline />
                      </label>
                      <p className="checkbox-hint" id={`pick-${hit.id}-meta`}>
                        {t('heardOn', { date: formatDay(hit.heardOn) })}
                        {hit.recordedByName ? ` · ${t('recordedBy', { name: hit.recordedByName })}` : ''}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
              {moreError ? <ReviewError error={moreError} /> : null}
              {page.next ? (
                <button type="button" className="button button-secondary button-small" onClick={() => void loadMore()} aria-disabled={page.more || undefined}>
                  {page.more ? t('loadingMore') : t('loadMore')}
                </button>
              ) : null}
            </fieldset>
          ) : null}
          {chosen.size > 0 ? (
            <>
              <h3 className="review-subtitle">{t('newSample.chosenTitle')}</h3>
              <ol className="review-chosen-list">
                {[...chosen.values()].map((hit) => (
                  <li key={hit.id}>
                    <span className="review-chosen-words" dir="auto">
                      {plain(hit.snippet).slice(0, 90)}
                    </span>{' '}
                    <button type="button" className="button-link" onClick={() => toggle(hit, false)}>
                      {t('newSample.take')}
                      <span className="visually-hidden"> {plain(hit.snippet).slice(0, 40)}</span>
                    </button>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('newSample.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
