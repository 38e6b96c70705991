/**
 * Choosing a passage from the keyboard: type words from the story and press Enter;
 * the first place they occur becomes the passage to tag (Enter again: the next).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findAll, type Span } from './passage-offsets';

export function PassageFinder({ text, current, onFound }: { text: string; current: Span | null; onFound(span: Span): void }) {
  const { t } = useTranslation('workbench');
  const [words, setWords] = useState('');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState(false);

  const find = (event: FormEvent) => {
    event.preventDefault();
    if (words === '') {
      setProblem(true);
      setMessage(t('passage.findEmpty'));
      return;
    }
    const found = findAll(text, words);
    if (found.length === 0) {
      setProblem(true);
      setMessage(t('passage.notFound'));
      return;
    }
    // The next place after the passage chosen now, or the first.
    const after = current ? found.findIndex((span) => span.start > current.start || (span.start === current.start && span.end !== current.end)) : 0;
    const index = after < 0 ? 0 : after;
    setProblem(false);
    setMessage(t('passage.found', { index: index + 1, count: found.length }));
    onFound(found[index]!);
  };

  return (
    <form className="wb-finder" noValidate onSubmit={find}>
      <div className={problem ? 'field field-invalid' : 'field'}>
        <label className="field-label" htmlFor="wb-passage-find">
          {t('passage.findLabel')}
        </label>
        <p className="field-hint" id="wb-passage-find-hint">
          {t('passage.findHint')}
        </p>
        <div className="field-control">
          <input
            id="wb-passage-find"
            className="input"
            type="text"
            value={words}
            onChange={(event) => {
              setWords(event.target.value);
              setMessage('');
            }}
            aria-describedby="wb-passage-find-hint wb-passage-find-status"
            aria-invalid={problem || undefined}
            autoComplete="off"
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize="off"
            dir="auto"
          />
          <button type="submit" className="button button-secondary">
            {t('passage.find')}
          </button>
        </div>
        <p className={problem ? 'field-error' : 'form-status'} id="wb-passage-find-status" role="status">
          {message}
        </p>
      </div>
    </form>
  );
}
