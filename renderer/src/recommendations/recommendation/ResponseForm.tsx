import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/recommendations/schemas';
import { RESPONSE_DECISIONS, type ResponseDecision } from '../../../../shared/recommendations/vocabulary';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { Panel } from '../../stories/detail/Panel';
import { ChoiceGroup, choiceId } from '../../ui/ChoiceGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { localToday } from '../../ui/format';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useDueCount } from '../due-count';
import { checkForm } from '../ui/form-problems';

type Problem = 'decision' | 'words' | 'date';

/** The organisation's answer: accepted, partly or not, in their own words exactly, and the day it came. */
export function ResponseForm({ recommendation, onRecorded }: { recommendation: RecommendationDetail; onRecorded(recommendation: RecommendationDetail): void }) {
  const { t } = useTranslation('recommendations');
  const [decision, setDecision] = useState<ResponseDecision | null>(null);
  const [words, setWords] = useState('');
  const [receivedOn, setReceivedOn] = useState(localToday());
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { decision: decision === null, words: !hasContent(words), date: receivedOn === '' },
      [
        ['decision', choiceId('response-decision', RESPONSE_DECISIONS[0])],
        ['words', 'response-words'],
        ['date', 'response-date'],
      ],
      setProblems,
    );
    if (!ok || decision === null) return;
    setBusy(true);
    const answer = await api.recordResponse({ id: recommendation.id, decision, words, receivedOn });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    void useDueCount.getState().refresh();
    onRecorded(answer.value);
  };

  return (
    <Panel id="response-form" title={t('response.title')} className="no-print">
      <p className="panel-intro">{t('response.intro')}</p>
      <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <ErrorAlert error={error} id="response-error" /> : null}
        <ChoiceGroup<ResponseDecision>
          id="response-decision"
          legend={t('response.decision')}
          choices={RESPONSE_DECISIONS.map((value) => ({ value, label: t(`decisions.${value}`) }))}
          value={decision}
          onChange={setDecision}
          error={problems.has('decision') ? t('response.decisionRequired') : null}
        />
        <TextAreaField
          id="response-words"
          label={t('response.words')}
          hint={t('response.wordsHint')}
          value={words}
          onValueChange={setWords}
          rows={5}
          maxLength={20_000}
          error={problems.has('words') ? t('response.wordsRequired') : null}
        />
        <TextField id="response-date" type="date" className="field-date" label={t('response.receivedOn')} value={receivedOn} onValueChange={setReceivedOn} error={problems.has('date') ? t('fields.dateRequired') : null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('response.record')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
