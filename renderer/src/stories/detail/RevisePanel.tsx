import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

type Problem = 'reviseEmpty' | 'reviseSame' | 'reasonRequired';

/** A correction: the words as they should be and why. It becomes a new revision; nothing is overwritten. */
export function RevisePanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation('stories');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [revised, setRevised] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const start = () => {
    setText(story.text);
    setReason('');
    setProblem(null);
    setRevised(null);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Problem | null = !hasContent(text) ? 'reviseEmpty' : text === story.text ? 'reviseSame' : !hasContent(reason) ? 'reasonRequired' : null;
    setProblem(found);
    if (found === 'reasonRequired') return reasonRef.current?.focus();
    if (found) return textRef.current?.focus();
    setBusy(true);
    // Exactly as typed, like the first words.
    const answer = await api.reviseStory({ id: story.id, text, reason });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setOpen(false);
    setRevised(answer.value.revisions.length);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-revise" title={t('detail.reviseTitle')}>
      <p className="panel-intro">{t('detail.reviseIntro')}</p>
      <p className="form-status" role="status">
        {revised !== null ? t('detail.revised', { revision: revised }) : ''}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {open ? (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <TextAreaField
            id="story-revise-text"
            ref={textRef}
            label={t('detail.reviseLabel')}
            value={text}
            onValueChange={setText}
            rows={8}
            autoFocus
            error={problem === 'reviseEmpty' || problem === 'reviseSame' ? t(`detail.${problem}`) : null}
          />
          <TextAreaField
            id="story-revise-reason"
            ref={reasonRef}
            label={t('detail.reason')}
            hint={t('detail.reasonHint')}
            value={reason}
            onValueChange={setReason}
            rows={2}
            maxLength={2000}
            error={problem === 'reasonRequired' ? t('detail.reasonRequired') : null}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('detail.saveRevision')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t('detail.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={start}>
            {t('detail.revise')}
          </button>
        </div>
      )}
    </Panel>
  );
}
