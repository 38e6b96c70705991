import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnonymiserLists } from '../../../shared/masks/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorSummary, type FieldProblem } from '../ui/ErrorSummary';
import { TextAreaField } from '../ui/TextAreaField';
import { ReviewError } from '../review/ui/ReviewError';

const MAX_ENTRIES = 5000;
const MAX_LENGTH = 200;

/** One entry a line; spaces at either end and blank lines do not count, and each entry is kept once. */
export function linesOf(value: string): string[] {
  const seen = new Set<string>();
  for (const line of value.split(/\r\n|\r|\n/)) {
    const entry = line.trim();
    if (entry !== '') seen.add(entry);
  }
  return [...seen];
}

type Field = 'allowList' | 'knownNames';

/** The anonymiser's lists, one entry a line: names never to mask, and names always to mask. */
export function AnonymiserListsPanel() {
  const { t } = useTranslation('review');
  const [loaded, setLoaded] = useState<{ state: 'loading' } | { state: 'loaded'; lists: AnonymiserLists } | { state: 'failed'; error: ApiError }>({ state: 'loading' });
  const [allow, setAllow] = useState('');
  const [known, setKnown] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const allowRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let live = true;
    void api.getAnonymiserLists({}).then((answer) => {
      if (!live) return;
      if (!answer.ok) return setLoaded({ state: 'failed', error: answer.error });
      setLoaded({ state: 'loaded', lists: answer.value });
      setAllow(answer.value.allowList.join('\n'));
      setKnown(answer.value.knownNames.join('\n'));
    });
    return () => {
      live = false;
    };
  }, []);

  const check = (field: Field, entries: string[]): FieldProblem | null => {
    const fieldId = field === 'allowList' ? 'lists-allow' : 'lists-known';
    const name = t(`lists.${field}`);
    if (entries.length > MAX_ENTRIES) return { fieldId, message: t('lists.tooMany', { name, max: MAX_ENTRIES }) };
    const long = entries.find((entry) => entry.length > MAX_LENGTH);
    if (long) return { fieldId, message: t('lists.tooLong', { name, max: MAX_LENGTH, start: long.slice(0, 30) }) };
    return null;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const lists: AnonymiserLists = { allowList: linesOf(allow), knownNames: linesOf(known) };
    const found = [check('allowList', lists.allowList), check('knownNames', lists.knownNames)].filter((problem): problem is FieldProblem => problem !== null);
    setProblems(found);
    setAttempt((n) => n + 1);
    setSaved(false);
    if (found.length > 0) return;
    setBusy(true);
    const answer = await api.setAnonymiserLists(lists);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setAllow(answer.value.allowList.join('\n'));
    setKnown(answer.value.knownNames.join('\n'));
    setSaved(true);
  };

  const problemOf = (fieldId: string) => problems.find((problem) => problem.fieldId === fieldId)?.message ?? null;

  return (
    <div className="review-section" data-testid="anonymiser-lists">
      <h2 className="review-section-title">{t('lists.title')}</h2>
      <p className="review-intro">{t('lists.intro')}</p>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} id="lists-error" /> : null}
      {loaded.state === 'loaded' ? (
        <form className="panel form" noValidate onSubmit={(event) => void save(event)} aria-label={t('lists.title')}>
          <ErrorSummary problems={problems} attempt={attempt} id="lists-problems" />
          {error ? <ReviewError error={error} id="lists-save-error" /> : null}
          <TextAreaField
            id="lists-allow"
            ref={allowRef}
            label={t('lists.allowList')}
            hint={t('lists.allowHint')}
            value={allow}
            onValueChange={(value) => {
              setSaved(false);
              setAllow(value);
            }}
            rows={10}
            error={problemOf('lists-allow')}
            below={<p className="field-hint">{t('lists.count', { count: linesOf(allow).length })}</p>}
          />
          <TextAreaField
            id="lists-known"
            label={t('lists.knownNames')}
            hint={t('lists.knownHint')}
            value={known}
            onValueChange={(value) => {
              setSaved(false);
              setKnown(value);
            }}
            rows={8}
            error={problemOf('lists-known')}
            below={<p className="field-hint">{t('lists.count', { count: linesOf(known).length })}</p>}
          />
          <p className="field-hint">{t('lists.afterSaving')}</p>
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? t('lists.saving') : t('lists.save')}
            </button>
            <p className="form-status" role="status">
              {saved ? t('lists.saved') : ''}
            </p>
          </div>
        </form>
      ) : null}
    </div>
  );
}
