/**
 * The words people used: for each theme of the period, the quotes staff chose, and
 * the stories that may be quoted (under the export's rules) to choose from. Nothing
 * is chosen automatically; what is shown is the checked, anonymised words.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period, Quote, QuoteCandidate, ThemeCount } from '../../../shared/insight/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';

function Candidates({ theme, period, chosen, onChosen }: { theme: ThemeCount; period: Period; chosen: readonly Quote[]; onChosen(quotes: Quote[]): void }) {
  const { t } = useTranslation('insight');
  const [candidates, setCandidates] = useState<QuoteCandidate[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void api.listQuoteCandidates({ codeId: theme.codeId, period }).then((answer) => {
      if (!live) return;
      if (answer.ok) setCandidates(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [theme.codeId, period]);
  const add = async (storyId: string) => {
    const answer = await api.addQuote({ codeId: theme.codeId, storyId });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onChosen(answer.value);
  };
  const taken = new Set(chosen.map((quote) => quote.storyId));
  return (
    <div className="insight-candidates">
      {error ? <ErrorAlert error={error} lead={t('quotes.failed')} /> : null}
      {candidates === null ? <p className="muted">{t('loading')}</p> : null}
      {candidates?.length === 0 ? <p className="muted">{t('quotes.noCandidates')}</p> : null}
      {candidates && candidates.length > 0 ? (
        <ul className="insight-quote-list" aria-label={t('quotes.candidatesLabel', { theme: theme.name })}>
          {candidates.map((candidate) => (
            <li key={candidate.storyId} className="insight-quote">
              <blockquote dir="auto">{candidate.text}</blockquote>
              <p className="meta">{t('quotes.heard', { month: candidate.heardMonth })}</p>
              {taken.has(candidate.storyId) ? (
                <p className="meta">{t('quotes.chosen')}</p>
              ) : (
                <button type="button" className="button button-secondary button-small" onClick={() => void add(candidate.storyId)}>
                  {t('quotes.use')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ThemeQuotes({ theme, period, quotes, onChange }: { theme: ThemeCount; period: Period; quotes: readonly Quote[]; onChange(codeId: string, quotes: Quote[]): void }) {
  const { t } = useTranslation('insight');
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [said, setSaid] = useState('');
  const remove = async (id: number) => {
    const answer = await api.removeQuote({ id });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaid(t('quotes.removed'));
    onChange(theme.codeId, answer.value);
  };
  return (
    <section className="insight-theme-quotes" aria-labelledby={`quotes-${theme.codeId}`}>
      <h3 id={`quotes-${theme.codeId}`}>{theme.name}</h3>
      {error ? <ErrorAlert error={error} lead={t('quotes.failed')} /> : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {quotes.length === 0 ? <p className="muted">{t('quotes.none')}</p> : null}
      <ul className="insight-quote-list">
        {quotes.map((quote) => (
          <li key={quote.id} className="insight-quote">
            {quote.usable ? <blockquote dir="auto">{quote.text}</blockquote> : <p className="notice">{t('quotes.notUsable')}</p>}
            <p className="meta">
              {t('quotes.heard', { month: quote.heardMonth })}, {t('quotes.chosenBy', { name: quote.chosenByName })}
            </p>
            <button type="button" className="button button-secondary button-small" onClick={() => void remove(quote.id)}>
              {t('quotes.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" aria-expanded={choosing} onClick={() => setChoosing((open) => !open)}>
        {choosing ? t('quotes.hideChoose', { theme: theme.name }) : t('quotes.choose', { theme: theme.name })}
      </button>
      {choosing ? (
        <Candidates
          theme={theme}
          period={period}
          chosen={quotes}
          onChosen={(next) => {
            setSaid(t('quotes.added', { theme: theme.name }));
            onChange(theme.codeId, next);
          }}
        />
      ) : null}
    </section>
  );
}

export function QuotesPanel({ themes, period }: { themes: readonly ThemeCount[]; period: Period }) {
  const { t } = useTranslation('insight');
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const codeIds = themes.map((theme) => theme.codeId).join(',');
  useEffect(() => {
    let live = true;
    void api.listQuotes({ codeIds: codeIds ? codeIds.split(',') : [] }).then((answer) => {
      if (!live) return;
      if (answer.ok) setQuotes(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [codeIds]);
  const change = useCallback((codeId: string, next: Quote[]) => setQuotes((all) => [...all.filter((q) => q.codeId !== codeId), ...next]), []);
  if (themes.length === 0) return null;
  return (
    <section className="panel insight-quotes" aria-labelledby="insight-quotes-title">
      <h2 className="panel-title" id="insight-quotes-title">
        {t('quotes.title')}
      </h2>
      <p className="panel-intro">{t('quotes.intro')}</p>
      {error ? <ErrorAlert error={error} lead={t('quotes.failed')} /> : null}
      {themes.map((theme) => (
        <ThemeQuotes key={theme.codeId} theme={theme} period={period} quotes={quotes.filter((q) => q.codeId === theme.codeId)} onChange={change} />
      ))}
    </section>
  );
}
