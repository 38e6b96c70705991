import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SERVICE_TYPES, type Channel, type ServiceType } from '../../../shared/capture/vocabulary';
import type { ExportProfile } from '../../../shared/export/profiles';
import { BUILD_PHASES, intelligencePreviewSchema, type BuildPhase, type IntelligencePreview, type IntelligenceRequest } from '../../../shared/export/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { localToday } from '../ui/format';
import { ActionPlanChoice } from '../recommendations/ActionPlanChoice';
import { PreviewRun } from '../jobs/PreviewRun';
import { useDefaultPath } from '../jobs/use-default-path';
import { usePreviewJob } from '../jobs/use-preview-job';
import { ElectionReview, type ElectionAnswers } from './ElectionReview';
import { ExportRun } from './ExportRun';
import { PreviewSummary } from './PreviewSummary';
import { ProfileRules } from './ProfileRules';

type Problem = 'recipient' | 'dates' | 'actionPlan' | 'path' | 'checklist' | 'approvedBy';

const isBuildPhase = (phase: string | undefined): phase is BuildPhase => BUILD_PHASES.includes(phase as BuildPhase);

/** Choose profile, dates, filters and recipient; preview as a job; confirm (in an election period); export as a job. */
export function IntelligenceExportForm() {
  const { t } = useTranslation(['intelligence', 'vocabulary']);
  const [profiles, setProfiles] = useState<readonly ExportProfile[]>([]);
  const [profileName, setProfileName] = useState('');
  const [heardFrom, setHeardFrom] = useState('');
  const [heardTo, setHeardTo] = useState('');
  const [recipient, setRecipient] = useState('');
  const [serviceType, setServiceType] = useState<ServiceType | ''>('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [actionPlanFor, setActionPlanFor] = useState<string | null>(null);
  const [answers, setAnswers] = useState<ElectionAnswers>({ items: new Set(), approvedBy: '' });
  const [path, setPath] = useDefaultPath(`${profileName || 'intelligence'}-bundle-${localToday()}.zip`);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<{ error: ApiError; lead: string } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'export' | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const previewJob = usePreviewJob<IntelligencePreview>({
    buttonId: 'intelligence-preview-button',
    onFailed: useCallback((failure: ApiError) => setError({ error: failure, lead: t('form.previewFailed') }), [t]),
    onDone: useCallback(() => setAnswers({ items: new Set(), approvedBy: '' }), []),
  });
  const preview = previewJob.last;

  useEffect(() => {
    void api.listExportProfiles({}).then((answer) => {
      if (!answer.ok) return setError({ error: answer.error, lead: t('form.previewFailed') });
      setProfiles(answer.value);
      setProfileName((current) => current || answer.value[0]?.name || '');
    });
  }, [t]);

  const profile = profiles.find((p) => p.name === profileName) ?? null;
  const request: IntelligenceRequest = {
    profile: profileName,
    recipient,
    ...(heardFrom ? { heardFrom } : {}),
    ...(heardTo ? { heardTo } : {}),
    filters: { ...(serviceType ? { serviceTypes: [serviceType] } : {}), ...(channel ? { channels: [channel] } : {}) },
    ...(actionPlanFor ? { actionPlanFor } : {}),
  };
  const requestKey = JSON.stringify(request);
  const current = preview && preview.key === requestKey ? preview.value : null;

  const check = (found: Set<Problem>, order: [Problem, string][]) => {
    setProblems(found);
    const first = order.find(([problem]) => found.has(problem));
    if (first) document.getElementById(first[1])?.focus();
    return found.size === 0;
  };

  const runPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || previewJob.running) return;
    const found = new Set<Problem>();
    if (recipient.trim() === '') found.add('recipient');
    if (heardFrom && heardTo && heardFrom > heardTo) found.add('dates');
    if (actionPlanFor === '') found.add('actionPlan');
    if (!check(found, [['dates', 'intelligence-to'], ['recipient', 'intelligence-recipient'], ['actionPlan', 'intelligence-action-plan-organisation']])) return;
    setBusy('preview');
    const answer = await api.startIntelligencePreview(request);
    setBusy(null);
    if (!answer.ok) return setError({ error: answer.error, lead: t('form.previewFailed') });
    setError(null);
    previewJob.begin(answer.value.jobId, requestKey);
  };

  const previewLabel = (phase: string | undefined) => t(`preview.phases.${isBuildPhase(phase) ? phase : 'starting'}`);

  const runExport = async () => {
    if (busy || !current) return;
    const found = new Set<Problem>();
    if (current.election) {
      if (current.election.checklist.some((item) => !answers.items.has(item.id))) found.add('checklist');
      if (answers.approvedBy.trim() === '') found.add('approvedBy');
    }
    if (path.trim() === '') found.add('path');
    if (!check(found, [['checklist', `election-item-${current.election?.checklist[0]?.id ?? ''}`], ['approvedBy', 'election-approved-by'], ['path', 'intelligence-path']])) return;
    setBusy('export');
    const answer = await api.startIntelligenceExport({
      path,
      request: current.election ? { ...request, electionConfirmation: { items: [...answers.items], approvedBy: answers.approvedBy } } : request,
    });
    setBusy(null);
    if (!answer.ok) return setError({ error: answer.error, lead: t('save.failed') });
    setError(null);
    setJobId(answer.value.jobId);
  };

  if (jobId) {
    return (
      <section className="panel" aria-labelledby="intelligence-form-title">
        <h2 className="panel-title" id="intelligence-form-title">
          {t('form.title')}
        </h2>
        <ExportRun
          jobId={jobId}
          onAnother={() => {
            setJobId(null);
            previewJob.forget();
            setPath('');
          }}
        />
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="intelligence-form-title" data-testid="intelligence-form">
      <h2 className="panel-title" id="intelligence-form-title">
        {t('form.title')}
      </h2>
      <p className="panel-intro">{t('intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void runPreview(event)}>
        <SelectField
          id="intelligence-profile"
          label={t('form.profile')}
          hint={t('form.profileHint')}
          value={profileName}
          onValueChange={setProfileName}
          options={profiles.map((p) => ({ value: p.name, label: p.displayName }))}
        />
        {profile ? <ProfileRules profile={profile} /> : null}
        <div className="intelligence-dates">
          <TextField id="intelligence-from" type="date" label={t('form.heardFrom')} hint={t('form.datesHint')} value={heardFrom} onValueChange={setHeardFrom} />
          <TextField
            id="intelligence-to"
            type="date"
            label={t('form.heardTo')}
            value={heardTo}
            onValueChange={setHeardTo}
            error={problems.has('dates') ? t('form.datesOrder') : null}
          />
        </div>
        <TextField
          id="intelligence-recipient"
          label={t('form.recipient')}
          hint={t('form.recipientHint')}
          value={recipient}
          onValueChange={setRecipient}
          maxLength={200}
          error={problems.has('recipient') ? t('form.recipientRequired') : null}
        />
        <div className="intelligence-dates">
          <SelectField
            id="intelligence-service-type"
            label={t('form.serviceType')}
            value={serviceType}
            onValueChange={(value) => setServiceType(value as ServiceType | '')}
            options={[{ value: '', label: t('form.any') }, ...SERVICE_TYPES.map((s) => ({ value: s, label: t(`vocabulary:serviceTypes.${s}`) }))]}
          />
          <SelectField
            id="intelligence-channel"
            label={t('form.channel')}
            value={channel}
            onValueChange={(value) => setChannel(value as Channel | '')}
            options={[{ value: '', label: t('form.any') }, ...CHANNELS.map((c) => ({ value: c, label: t(`vocabulary:channels.${c}`) }))]}
          />
        </div>
        <ActionPlanChoice value={actionPlanFor} onChange={setActionPlanFor} error={problems.has('actionPlan') ? t('actionPlan.required') : null} />
        {preview && !current ? (
          <p className="notice" role="status">
            {t('form.changed')}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" id="intelligence-preview-button" className="button button-secondary" aria-disabled={busy !== null || previewJob.running !== null || undefined}>
            {busy === 'preview' || previewJob.running ? t('form.previewing') : t('form.preview')}
          </button>
        </div>
      </form>
      {previewJob.running ? (
        <PreviewRun jobId={previewJob.running.jobId} schema={intelligencePreviewSchema} label={previewLabel} onEnd={previewJob.ended} />
      ) : null}
      {previewJob.cancelled ? (
        <p className="notice" role="status">
          {t('preview.cancelled')}
        </p>
      ) : null}
      {error ? <ErrorAlert error={error.error} lead={error.lead} id="intelligence-error" /> : null}
      {current && !previewJob.running ? (
        <div>
          <PreviewSummary key={preview?.key} preview={current} />
          {current.included > 0 ? (
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void runExport();
              }}
            >
              {current.election ? (
                <ElectionReview election={current.election} answers={answers} onChange={setAnswers} problems={{ checklist: problems.has('checklist'), approvedBy: problems.has('approvedBy') }} />
              ) : null}
              <FileField
                id="intelligence-path"
                label={t('save.path')}
                mode="save"
                value={path}
                onChange={setPath}
                error={problems.has('path') ? t('save.pathRequired') : null}
                filters={[{ name: t('save.fileType'), extensions: ['zip'] }]}
              />
              <div className="form-actions">
                <button type="submit" className="button button-primary" aria-disabled={busy !== null || undefined}>
                  {busy === 'export' ? t('save.starting') : t('save.export')}
                </button>
              </div>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
