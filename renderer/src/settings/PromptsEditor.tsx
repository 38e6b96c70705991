import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErrorSummary } from '../ui/ErrorSummary';
import { MAX_PROMPT_LENGTH, MAX_PROMPTS, move, promptProblems, type PromptItem, type PromptProblem } from './prompts-list';

let nextKey = 0;
const item = (text: string): PromptItem => ({ key: `prompt-${(nextKey += 1)}`, text });

/** Staff edit the neutral prompts shown beside the capture form: add, reword, reorder, remove. */
export function PromptsEditor() {
  const { t } = useTranslation('settings');
  const [items, setItems] = useState<PromptItem[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<PromptProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.getPrompts({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setItems(answer.value.map(item));
      else setLoadError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  // After a move or an add, keep the keyboard on the control that was used.
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  if (loadError) return <ErrorAlert error={loadError} id="prompts-load-error" />;
  if (!items) {
    return (
      <p className="muted" role="status">
        {t('prompts.loading')}
      </p>
    );
  }

  const change = (next: PromptItem[]) => {
    setSaved(false);
    setItems(next);
  };

  const save = async () => {
    if (busy) return;
    const found = promptProblems(items);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    setBusy(true);
    // Saved as typed: the wording is the staff's choice.
    const answer = await api.setPrompts({ prompts: items.map((prompt) => prompt.text) });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setItems(answer.value.map(item));
    setSaved(true);
  };

  const summary = problems.map(({ index, problem }) => ({
    fieldId: `prompt-field-${items[index]?.key ?? ''}`,
    message: t(`prompts.${problem}`, { number: index + 1, max: MAX_PROMPT_LENGTH }),
  }));

  return (
    <form
      className="panel form"
      noValidate
      aria-labelledby="settings-prompts-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 className="panel-title" id="settings-prompts-title">
        {t('prompts.title')}
      </h2>
      <p className="panel-intro">{t('prompts.intro')}</p>
      <p className="notice notice-info">{t('prompts.guidance')}</p>
      <ErrorSummary problems={summary} attempt={attempt} id="prompts-problems" />
      {error ? <ErrorAlert error={error} id="prompts-error" /> : null}
      {items.length === 0 ? <p className="muted">{t('prompts.none')}</p> : null}
      <ol className="prompt-editor" aria-label={t('prompts.listLabel')}>
        {items.map((prompt, index) => {
          const number = index + 1;
          const fieldId = `prompt-field-${prompt.key}`;
          const problem = problems.find((found) => found.index === index);
          return (
            <li key={prompt.key} className={problem ? 'prompt-row field-invalid' : 'prompt-row'}>
              <label className="field-label" htmlFor={fieldId}>
                {t('prompts.promptLabel', { number })}
              </label>
              {problem ? (
                <p className="field-error" id={`${fieldId}-error`}>
                  {t(`prompts.${problem.problem}`, { number, max: MAX_PROMPT_LENGTH })}
                </p>
              ) : null}
              <div className="prompt-row-controls">
                <input
                  id={fieldId}
                  className="input"
                  value={prompt.text}
                  maxLength={MAX_PROMPT_LENGTH}
                  onChange={(event) => change(items.map((other) => (other.key === prompt.key ? { ...other, text: event.target.value } : other)))}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${fieldId}-error` : undefined}
                  dir="auto"
                  spellCheck={false}
                  autoCorrect="off"
                  autoCapitalize="off"
                  autoComplete="off"
                />
                <button
                  type="button"
                  id={`prompt-up-${prompt.key}`}
                  className="button button-quiet button-small"
                  aria-label={t('prompts.moveUpNamed', { number })}
                  aria-disabled={index === 0 || undefined}
                  onClick={() => {
                    if (index === 0) return;
                    focusAfter.current = `prompt-up-${prompt.key}`;
                    change(move(items, index, index - 1));
                  }}
                >
                  {t('prompts.moveUp')}
                </button>
                <button
                  type="button"
                  id={`prompt-down-${prompt.key}`}
                  className="button button-quiet button-small"
                  aria-label={t('prompts.moveDownNamed', { number })}
                  aria-disabled={index === items.length - 1 || undefined}
                  onClick={() => {
                    if (index === items.length - 1) return;
                    focusAfter.current = `prompt-down-${prompt.key}`;
                    change(move(items, index, index + 1));
                  }}
                >
                  {t('prompts.moveDown')}
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={t('prompts.removeNamed', { number })}
                  onClick={() => {
                    const next = items.filter((other) => other.key !== prompt.key);
                    const neighbour = next[Math.min(index, next.length - 1)];
                    focusAfter.current = neighbour ? `prompt-field-${neighbour.key}` : 'prompt-add';
                    change(next);
                  }}
                >
                  {t('prompts.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        {items.length < MAX_PROMPTS ? (
          <button
            type="button"
            id="prompt-add"
            className="button button-secondary"
            onClick={() => {
              const added = item('');
              focusAfter.current = `prompt-field-${added.key}`;
              change([...items, added]);
            }}
          >
            {t('prompts.add')}
          </button>
        ) : (
          <p className="muted">{t('prompts.max', { max: MAX_PROMPTS })}</p>
        )}
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('prompts.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('prompts.saved') : ''}
        </p>
      </div>
    </form>
  );
}
