import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../../shared/recommendations/schemas';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ChoiceGroup, choiceId } from '../../ui/ChoiceGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { checkForm } from '../ui/form-problems';

type Problem = 'text' | 'kind' | 'share' | 'quote' | 'language';
type Kind = 'own-words' | 'recorder-summary';
type YesNo = 'yes' | 'no';

/** What was seen or heard on the visit, saved as a story (Enter and View, on the visit's day and service). */
export function ObservationForm({ visit, onSaved }: { visit: VisitDetail; onSaved(visit: VisitDetail): void }) {
  const { t } = useTranslation('recommendations');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | null>(null);
  const [language, setLanguage] = useState('English');
  const [share, setShare] = useState<YesNo | null>(null);
  const [quote, setQuote] = useState<YesNo | null>(null);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const yesNo = [
    { value: 'yes' as const, label: t('yes') },
    { value: 'no' as const, label: t('no') },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { text: !hasContent(text), kind: kind === null, language: !hasContent(language), share: share === null, quote: quote === null },
      [
        ['text', 'observation-text'],
        ['kind', choiceId('observation-kind', 'own-words')],
        ['language', 'observation-language'],
        ['share', choiceId('observation-share', 'yes')],
        ['quote', choiceId('observation-quote', 'yes')],
      ],
      setProblems,
    );
    if (!ok || kind === null) return;
    setBusy(true);
    const answer = await api.recordObservation({ visitId: visit.id, text, wordsKind: kind, language, consent: { share: share === 'yes', quote: quote === 'yes' } });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setText('');
    setKind(null);
    setShare(null);
    setQuote(null);
    setMessage(t('observation.saved'));
    onSaved(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      <p className="form-status" role="status">
        {message}
      </p>
      {error ? <ErrorAlert error={error} id="observation-error" /> : null}
      <TextAreaField id="observation-text" label={t('observation.text')} hint={t('observation.textHint')} value={text} onValueChange={setText} rows={5} className="verbatim" error={problems.has('text') ? t('observation.textRequired') : null} />
      <ChoiceGroup<Kind>
        id="observation-kind"
        legend={t('observation.kind')}
        choices={[
          { value: 'own-words', label: t('observation.ownWords') },
          { value: 'recorder-summary', label: t('observation.seen') },
        ]}
        value={kind}
        onChange={setKind}
        error={problems.has('kind') ? t('observation.kindRequired') : null}
      />
      <TextField id="observation-language" className="field-medium" label={t('observation.language')} value={language} onValueChange={setLanguage} maxLength={100} error={problems.has('language') ? t('observation.languageRequired') : null} />
      <ChoiceGroup<YesNo> id="observation-share" legend={t('observation.share')} choices={yesNo} value={share} onChange={setShare} inline error={problems.has('share') ? t('observation.answer') : null} />
      <ChoiceGroup<YesNo> id="observation-quote" legend={t('observation.quote')} choices={yesNo} value={quote} onChange={setQuote} inline error={problems.has('quote') ? t('observation.answer') : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('observation.save')}
        </button>
      </div>
    </form>
  );
}
