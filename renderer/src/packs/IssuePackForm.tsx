import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STORY_STATUSES, type StoryStatus } from '../../../shared/capture/vocabulary';
import type { PackCandidate } from '../../../shared/packs/schemas';
import type { User } from '../../../shared/users/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { formatDay, localToday } from '../ui/format';
import { SelectField } from '../ui/SelectField';
import { useDefaultPath } from '../jobs/use-default-path';

type Problem = 'volunteer' | 'stories' | 'path';

/** Staff: choose checked stories and the volunteer they are for, and write the signed pack. */
export function IssuePackForm({ onIssued }: { onIssued(): void }) {
  const { t } = useTranslation(['packs', 'vocabulary']);
  const [volunteers, setVolunteers] = useState<User[]>([]);
  const [volunteerId, setVolunteerId] = useState('');
  const [status, setStatus] = useState<StoryStatus | ''>('');
  // Kept with the filter they were listed for, so a change of filter shows "loading" rather than the old list.
  const [listed, setListed] = useState<{ status: string; items: PackCandidate[] } | null>(null);
  const candidates = listed?.status === status ? listed.items : null;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [path, setPath] = useDefaultPath(`review-pack-${localToday()}.zip`);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Counts packs made here, so the list is read again (its "already in a pack" notes change).
  const [issuedHere, setIssuedHere] = useState(0);

  useEffect(() => {
    void api.listUsers({}).then((answer) => {
      if (answer.ok) setVolunteers(answer.value.filter((u) => u.role === 'volunteer' && !u.retired));
      else setError(answer.error);
    });
  }, []);

  useEffect(() => {
    let live = true;
    void api.listPackCandidates(status ? { status, limit: 200 } : { limit: 200 }).then((answer) => {
      if (!live) return;
      if (answer.ok) setListed({ status, items: answer.value });
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [status, issuedHere]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = new Set<Problem>();
    if (!volunteerId) found.add('volunteer');
    if (chosen.size === 0) found.add('stories');
    if (path.trim() === '') found.add('path');
    setProblems(found);
    setDone(null);
    if (found.size > 0) {
      const first = found.has('volunteer') ? 'pack-volunteer' : found.has('stories') ? (candidates?.[0] ? `pack-story-${candidates[0].id}` : 'pack-status') : 'pack-path';
      return document.getElementById(first)?.focus();
    }
    setBusy(true);
    const answer = await api.issuePack({ volunteerId, storyIds: [...chosen], outPath: path });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(t('issue.done', { count: answer.value.stories, path, packId: answer.value.packId }));
    setChosen(new Set());
    setIssuedHere((n) => n + 1);
    onIssued();
  };

  return (
    <section className="panel" aria-labelledby="pack-issue-title" data-testid="pack-issue">
      <h2 className="panel-title" id="pack-issue-title">
        {t('issue.title')}
      </h2>
      <p className="panel-intro">{t('issue.intro')}</p>
      <p className={done ? 'notice notice-success' : 'visually-hidden'} role="status">
        {done ?? ''}
      </p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id="pack-volunteer"
          label={t('issue.volunteer')}
          value={volunteerId}
          onValueChange={setVolunteerId}
          error={problems.has('volunteer') ? t('issue.volunteerRequired') : null}
          hint={volunteers.length === 0 ? t('issue.noVolunteers') : undefined}
          options={[{ value: '', label: t('issue.chooseVolunteer') }, ...volunteers.map((v) => ({ value: v.id, label: v.name }))]}
        />
        <SelectField
          id="pack-status"
          label={t('issue.status')}
          value={status}
          onValueChange={(value) => setStatus(value as StoryStatus | '')}
          options={[{ value: '', label: t('issue.anyStatus') }, ...STORY_STATUSES.map((s) => ({ value: s, label: t(`vocabulary:statuses.${s}`) }))]}
        />
        <fieldset className={`fieldset packs-candidates${problems.has('stories') ? ' field-invalid' : ''}`} aria-describedby={problems.has('stories') ? 'pack-stories-hint pack-stories-error' : 'pack-stories-hint'}>
          <legend className="choice-legend" id="pack-stories-title">
            {t('issue.stories', { count: chosen.size })}
          </legend>
          <p className="field-hint" id="pack-stories-hint">
            {t('issue.storiesHint')}
          </p>
          {problems.has('stories') ? (
            <p className="field-error" id="pack-stories-error">
              {t('issue.storiesRequired')}
            </p>
          ) : null}
          {candidates === null ? (
            <p className="muted" role="status">
              {t('loading')}
            </p>
          ) : candidates.length === 0 ? (
            <p className="empty-state">{t('issue.noCandidates')}</p>
          ) : (
            <>
              <div className="form-actions">
                <button type="button" className="button button-secondary button-small" onClick={() => setChosen(new Set(candidates.map((c) => c.id)))}>
                  {t('issue.chooseAll', { count: candidates.length })}
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => setChosen(new Set())}>
                  {t('issue.chooseNone')}
                </button>
              </div>
              <ul className="packs-candidate-list">
                {candidates.map((c) => (
                  <li key={c.id} className="checkbox packs-candidate" data-testid="pack-candidate">
                    <input id={`pack-story-${c.id}`} type="checkbox" checked={chosen.has(c.id)} onChange={(event) => toggle(c.id, event.target.checked)} />
                    <label htmlFor={`pack-story-${c.id}`} className="checkbox-label">
                      <span className="packs-candidate-meta">
                        {t('issue.candidateMeta', { heard: formatDay(c.heardOn), status: t(`vocabulary:statuses.${c.status}`) })}
                        {c.inPacks > 0 ? ` · ${t('issue.inPacks', { count: c.inPacks })}` : ''}
                      </span>
                      <span className="packs-excerpt" dir="auto">
                        {c.excerpt}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        <FileField
          id="pack-path"
          label={t('issue.path')}
          mode="save"
          value={path}
          onChange={setPath}
          error={problems.has('path') ? t('issue.pathRequired') : null}
          filters={[{ name: t('fileType'), extensions: ['zip'] }]}
        />
        {error ? <ErrorAlert error={error} id="pack-issue-failed" lead={t('issue.failed')} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {busy ? t('issue.writing') : t('issue.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
