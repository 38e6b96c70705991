import { useTranslation } from 'react-i18next';
import type { IntelligencePreview } from '../../../shared/export/schemas';
import { formatDay } from '../ui/format';
import { TextField } from '../ui/TextField';

export interface ElectionAnswers {
  items: ReadonlySet<string>;
  approvedBy: string;
}

interface ElectionReviewProps {
  election: NonNullable<IntelligencePreview['election']>;
  answers: ElectionAnswers;
  onChange(answers: ElectionAnswers): void;
  problems: { checklist: boolean; approvedBy: boolean };
}

/** During a pre-election period: the banner, the political mentions to review, and the checklist to confirm. */
export function ElectionReview({ election, answers, onChange, problems }: ElectionReviewProps) {
  const { t } = useTranslation('intelligence');
  const toggle = (id: string, on: boolean) => {
    const items = new Set(answers.items);
    if (on) items.add(id);
    else items.delete(id);
    onChange({ ...answers, items });
  };
  return (
    <section className="intelligence-election" aria-labelledby="election-banner" data-testid="election-review">
      <div className="notice notice-warning">
        <h3 id="election-banner">{t('election.banner', { name: election.period.name, from: formatDay(election.period.noticeDate), to: formatDay(election.period.pollingDay) })}</h3>
        <p>{t('election.bannerHint')}</p>
      </div>
      <h4>{t('election.mentionsTitle')}</h4>
      <p>
        {t('election.mentionsCount', { count: election.mentionCount })}
        {election.mentionCount > election.mentions.length ? ` ${t('election.mentionsCut', { shown: election.mentions.length })}` : ''}
      </p>
      {election.mentions.length === 0 ? (
        <p>{t('election.noMentions')}</p>
      ) : (
        <div className="intelligence-scroll" tabIndex={0} role="region" aria-label={t('election.mentionsTitle')}>
          <table className="intelligence-table" data-testid="election-mentions">
            <thead>
              <tr>
                <th scope="col">{t('election.story')}</th>
                <th scope="col">{t('election.kind')}</th>
                <th scope="col">{t('election.term')}</th>
                <th scope="col">{t('election.snippet')}</th>
              </tr>
            </thead>
            <tbody>
              {election.mentions.map((m, i) => (
                <tr key={`${m.storyId}-${i}`}>
                  <td>{m.storyId}</td>
                  <td>{t(`election.kind_${m.kind}`)}</td>
                  <td>{m.term}</td>
                  <td dir="auto">{m.snippet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <fieldset className={`fieldset${problems.checklist ? ' field-invalid' : ''}`} aria-describedby={problems.checklist ? 'election-checklist-error' : undefined}>
        <legend className="choice-legend">{t('election.checklistTitle')}</legend>
        {problems.checklist ? (
          <p className="field-error" id="election-checklist-error">
            {t('election.checklistRequired')}
          </p>
        ) : null}
        {election.checklist.map((item) => (
          <div className="checkbox" key={item.id}>
            <input id={`election-item-${item.id}`} type="checkbox" checked={answers.items.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
            <label className="checkbox-label" htmlFor={`election-item-${item.id}`}>
              {item.text}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        id="election-approved-by"
        label={t('election.approvedBy')}
        value={answers.approvedBy}
        onValueChange={(approvedBy) => onChange({ ...answers, approvedBy })}
        error={problems.approvedBy ? t('election.approvedByRequired') : null}
      />
    </section>
  );
}
