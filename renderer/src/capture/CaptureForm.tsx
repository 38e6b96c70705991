import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { localToday } from '../ui/format';
import { toFieldProblems } from './capture-problems';
import { useCaptureShortcuts, type CaptureCommand } from './capture-shortcuts';
import type { CaptureStatus } from './capture-status';
import { useCapture } from './capture-store';
import { isBlank } from './capture-values';
import { ConsentSection } from './ConsentSection';
import { discardDraft, flushDraft, useDraftAutosave } from './draft-autosave';
import { EqualitySection } from './EqualitySection';
import { EventBar } from './EventBar';
import { HeardSection } from './HeardSection';
import { PromptsPanel } from './PromptsPanel';
import { SafeguardingSection } from './SafeguardingSection';
import { SavedStatus } from './SavedStatus';
import { SaveBar } from './SaveBar';
import { ServicePicker } from './ServicePicker';
import { toNewStory } from './to-new-story';
import { validateStory, type CaptureProblem } from './validate-story';
import { WordsSection } from './WordsSection';

/**
 * One story after another. "Saved" is said only once the store has answered that
 * the story is on disk; until then, and whenever a save fails, everything typed
 * stays on screen and in its encrypted draft.
 */
export function CaptureForm() {
  const { t } = useTranslation('capture');
  useDraftAutosave();
  const values = useCapture((state) => state.values);
  const update = useCapture((state) => state.update);
  const focusWords = useCapture((state) => state.focusWords);
  const draftId = useCapture((state) => state.draftId);
  const wordsFocused = useCapture((state) => state.wordsFocused);
  // Once a save has been refused, problems follow the form live, so each fixed one disappears.
  const [checking, setChecking] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [keptAsDraft, setKeptAsDraft] = useState(false);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const wordsRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focusWords) return;
    wordsRef.current?.focus();
    wordsFocused();
  }, [focusWords, wordsFocused]);

  const save = useCallback(
    async (status: CaptureStatus) => {
      if (savingRef.current) return;
      const { values: sent, draftId, session } = useCapture.getState();
      const found = validateStory(sent, localToday());
      setChecking(found.length > 0);
      setAttempt((n) => n + 1);
      setKeptAsDraft(false);
      if (found.length > 0) return;
      savingRef.current = true;
      setSaving(true);
      setSaveError(null);
      const eventId = session?.kind === 'event' ? session.event.id : null;
      const answer = await api.saveStory(toNewStory(sent, { eventId, draftId, status }));
      savingRef.current = false;
      setSaving(false);
      if (!answer.ok) {
        // Not saved: say so, keep every character, and make sure the draft is on disk.
        setSaveError(answer.error);
        void flushDraft();
        return;
      }
      void discardDraft(draftId);
      useCapture.getState().saved({ at: answer.value.savedAt, status, eventStoryCount: answer.value.eventStoryCount });
    },
    [],
  );

  const startNew = useCallback(() => {
    if (savingRef.current) return;
    const { values: current, startNew: begin } = useCapture.getState();
    setChecking(false);
    setSaveError(null);
    setKeptAsDraft(!isBlank(current));
    void flushDraft();
    begin();
  }, []);

  const run = useCallback(
    (command: CaptureCommand) => {
      if (command === 'newStory') startNew();
      else void save(command === 'save' ? 'submitted' : 'draft');
    },
    [save, startNew],
  );
  useCaptureShortcuts(run);

  const problems: CaptureProblem[] = checking ? validateStory(values, localToday()) : [];
  const sectionProps = { values, update, problems };
  return (
    <div className="capture-layout">
      <div className="capture-main">
        <EventBar />
        <SavedStatus keptAsDraft={keptAsDraft} />
        {saveError ? <ErrorAlert error={saveError} id="capture-save-error" lead={t('saved.notSaved')} /> : null}
        <ErrorSummary problems={toFieldProblems(t, problems)} attempt={attempt} id="capture-problems" />
        <form className="capture-form" noValidate aria-label={t('form.label')} onSubmit={(event) => event.preventDefault()}>
          <WordsSection {...sectionProps} wordsRef={wordsRef} saving={saving} />
          <HeardSection {...sectionProps} />
          <ServicePicker values={values} update={update} storyKey={draftId} />
          <ConsentSection {...sectionProps} />
          <SafeguardingSection values={values} update={update} />
          <EqualitySection {...sectionProps} />
          <SaveBar saving={saving} onSave={() => run('save')} onSaveDraft={() => run('saveDraft')} onNewStory={() => run('newStory')} />
        </form>
      </div>
      <PromptsPanel />
    </div>
  );
}
