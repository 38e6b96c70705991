import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import type { CqcFinding, CqcRatings, PlanItemRef, Stakeholder } from '../../../../shared/recommendations/schemas';
import { CQC_KEY_QUESTIONS, CQC_RATINGS, type CqcRating } from '../../../../shared/recommendations/vocabulary';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { localToday } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useDueCount } from '../due-count';
import { StoryPicker } from '../recommendation/StoryPicker';
import { checkForm } from '../ui/form-problems';
import { useAnswer } from '../ui/use-answer';

type Problem = 'service' | 'organisation' | 'published' | 'summary' | 'link';
const NOT_RATED = Object.fromEntries(CQC_KEY_QUESTIONS.map((q) => [q, 'not-rated'])) as CqcRatings;

/** A CQC inspection finding: the service, its ratings, the inspector's summary word for word, and what it links to. */
export function CqcFindingForm({ stakeholders, services, onSaved }: { stakeholders: readonly Stakeholder[]; services: readonly Service[]; onSaved(finding: CqcFinding): void }) {
  const { t } = useTranslation('recommendations');
  const [serviceId, setServiceId] = useState('');
  const [stakeholderId, setStakeholderId] = useState('');
  const [publishedOn, setPublishedOn] = useState(localToday());
  const [ratings, setRatings] = useState<CqcRatings>(NOT_RATED);
  const [summary, setSummary] = useState('');
  const [link, setLink] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [storyIds, setStoryIds] = useState<string[]>([]);
  const [items, setItems] = useState<PlanItemRef[]>([]);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { answer: plan } = useAnswer(useCallback(() => api.listActionPlan({ filters: {}, due: false, limit: 500 }), []));
  const linkable = plan.state === 'loaded' ? plan.value.items.filter((item) => item.kind !== 'cqc-finding') : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { service: serviceId === '', organisation: stakeholderId === '', published: publishedOn === '', summary: !hasContent(summary), link: link !== '' && !/^https:\/\/\S+$/.test(link) },
      [
        ['service', 'cqc-service'],
        ['organisation', 'cqc-organisation'],
        ['published', 'cqc-published'],
        ['summary', 'cqc-summary'],
        ['link', 'cqc-link'],
      ],
      setProblems,
    );
    if (!ok) return;
    setBusy(true);
    const answer = await api.createCqcFinding({ serviceId, stakeholderId, publishedOn, ratings, summary, link: link || null, storyIds, items, nextReviewOn: nextReviewOn || null });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSummary('');
    setLink('');
    setStoryIds([]);
    setItems([]);
    setRatings(NOT_RATED);
    void useDueCount.getState().refresh();
    onSaved(answer.value);
  };

  const toggleItem = (ref: PlanItemRef, on: boolean) => setItems(on ? [...items, ref] : items.filter((i) => i.id !== ref.id));
  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id="cqc-error" /> : null}
      <div className="field-row">
        <SelectField
          id="cqc-service"
          label={t('cqc.service')}
          value={serviceId}
          onValueChange={setServiceId}
          options={[{ value: '', label: t('fields.choose') }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
          error={problems.has('service') ? t('cqc.serviceRequired') : null}
        />
        <SelectField
          id="cqc-organisation"
          label={t('cqc.provider')}
          hint={t('cqc.providerHint')}
          value={stakeholderId}
          onValueChange={setStakeholderId}
          options={[{ value: '', label: t('fields.choose') }, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
          error={problems.has('organisation') ? t('fields.organisationRequired') : null}
        />
      </div>
      <TextField id="cqc-published" type="date" className="field-date" label={t('cqc.publishedOn')} value={publishedOn} onValueChange={setPublishedOn} error={problems.has('published') ? t('fields.dateRequired') : null} />
      <fieldset className="fieldset">
        <legend className="choice-legend">{t('cqc.ratings')}</legend>
        <div className="field-row cqc-ratings">
          {CQC_KEY_QUESTIONS.map((question) => (
            <SelectField
              key={question}
              id={`cqc-rating-${question}`}
              className="field-medium"
              label={t(`keyQuestions.${question}`)}
              value={ratings[question]}
              onValueChange={(value) => setRatings({ ...ratings, [question]: value as CqcRating })}
              options={CQC_RATINGS.map((rating) => ({ value: rating, label: t(`ratings.${rating}`) }))}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField id="cqc-summary" label={t('cqc.summary')} hint={t('cqc.summaryHint')} value={summary} onValueChange={setSummary} rows={5} maxLength={20_000} error={problems.has('summary') ? t('cqc.summaryRequired') : null} />
      <TextField id="cqc-link" type="url" label={t('cqc.link')} hint={t('cqc.linkHint')} value={link} onValueChange={setLink} maxLength={2000} error={problems.has('link') ? t('cqc.linkInvalid') : null} />
      <TextField id="cqc-review" type="date" className="field-date" label={t('fields.nextReview')} hint={t('fields.nextReviewHint')} value={nextReviewOn} onValueChange={setNextReviewOn} />
      {linkable.length > 0 ? (
        <fieldset className="fieldset">
          <legend className="choice-legend">{t('cqc.items')}</legend>
          {linkable.map((item) => (
            <div className="checkbox" key={item.id}>
              <input
                id={`cqc-item-${item.id}`}
                type="checkbox"
                checked={items.some((i) => i.id === item.id)}
                onChange={(event) => toggleItem({ kind: item.kind, id: item.id }, event.target.checked)}
              />
              <label htmlFor={`cqc-item-${item.id}`} className="checkbox-label" dir="auto">
                {t(`kinds.${item.kind}`)}: {item.title} ({item.organisation.name})
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="fieldset">
        <legend className="choice-legend">{t('cqc.stories', { count: storyIds.length })}</legend>
        <StoryPicker
          linked={new Set(storyIds)}
          onLink={async (id) => {
            setStoryIds((ids) => [...ids, id]);
            return true;
          }}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('cqc.add')}
        </button>
      </div>
    </form>
  );
}
