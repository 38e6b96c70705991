/**
 * Changing one code: rename it, move it (under another theme, or to the top level),
 * merge it into another code (its tags move there and it is retired), or retire or
 * restore it. The service decides what is allowed; its reasons are shown as given.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { SelectField, type SelectGroup, type SelectOption } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { codeTree } from '../codes/code-tree';
import { RefusalAlert } from '../ui/RefusalAlert';

export type EditorDone = { message: string; focus?: string | null };

interface CodeEditorProps {
  code: Code;
  /** Every code, retired ones too. */
  codes: readonly Code[];
  onDone(done: EditorDone): void;
  onClose(): void;
}

const TOP = 'top';

export function CodeEditor({ code, codes, onDone, onClose }: CodeEditorProps) {
  const { t } = useTranslation('workbench');
  const [name, setName] = useState(code.name);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState<string>(code.parentId ?? TOP);
  const [mergeInto, setMergeInto] = useState('');
  const [mergeProblem, setMergeProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ error: ApiError; lead: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const idBase = `code-${code.id}`;
  const live = codes.filter((item) => !item.retired);
  const byId = new Map(codes.map((item) => [item.id, item]));
  const themes = live.filter((item) => item.parentId === null && item.id !== code.id);

  const run = async (lead: string, work: () => Promise<{ ok: true; value: Code } | { ok: false; error: ApiError }>, message: (result: Code) => EditorDone) => {
    if (busy) return;
    setBusy(true);
    const answer = await work();
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) {
      setError({ error: answer.error, lead });
      return;
    }
    setError(null);
    onDone(message(answer.value));
  };

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameProblem(t('codebook.nameRequired'));
      return;
    }
    setNameProblem(null);
    void run(
      t('codebook.renameFailed'),
      () => api.renameCode({ id: code.id, name }),
      (result) => ({ message: t('codebook.renamed', { from: code.name, to: result.name }), focus: result.id }),
    );
  };

  const move = (event: FormEvent) => {
    event.preventDefault();
    const parentId = moveTo === TOP ? null : moveTo;
    void run(
      t('codebook.moveFailed'),
      () => api.moveCode({ id: code.id, parentId }),
      () =>
        parentId
          ? { message: t('codebook.movedUnder', { name: code.name, parent: byId.get(parentId)?.name ?? '' }), focus: code.id }
          : { message: t('codebook.movedTop', { name: code.name }), focus: code.id },
    );
  };

  const askMerge = (event: FormEvent) => {
    event.preventDefault();
    if (mergeInto === '') {
      setMergeProblem(t('codebook.mergeChoose'));
      return;
    }
    setMergeProblem(null);
    setConfirming(true);
  };

  const merge = () =>
    void run(
      t('codebook.mergeFailed'),
      () => api.mergeCode({ fromId: code.id, intoId: mergeInto }),
      (result) => ({ message: t('codebook.merged', { from: code.name, into: result.name }), focus: result.id }),
    );

  const retire = () =>
    void run(
      code.retired ? t('codebook.restoreFailed') : t('codebook.retireFailed'),
      () => api.retireCode({ id: code.id, retired: !code.retired }),
      () => ({ message: code.retired ? t('codebook.restored', { name: code.name }) : t('codebook.retiredDone', { name: code.name }), focus: code.id }),
    );

  // Merge targets: every live code but this one, theme by theme.
  const targets: Array<SelectOption | SelectGroup> = [
    { value: '', label: t('codebook.mergeNone') },
    ...codeTree(live).map((node) => ({
      label: node.code.name,
      options: [node.code, ...node.children]
        .filter((item) => item.id !== code.id)
        .map((item) => ({ value: item.id, label: item.parentId ? `${node.code.name} › ${item.name}` : t('codebook.theTheme', { name: item.name }) })),
    })),
  ].filter((option) => !('options' in option) || option.options.length > 0);

  const target = mergeInto ? byId.get(mergeInto) : undefined;

  return (
    <div className="code-editor" role="group" aria-label={t('codebook.editorLabel', { name: code.name })} id={`${idBase}-editor`}>
      {error ? <RefusalAlert error={error.error} lead={error.lead} /> : null}
      {code.retired ? (
        <p className="notice notice-warning">{code.mergedInto ? t('codebook.mergedNote', { into: byId.get(code.mergedInto)?.name ?? '' }) : t('codebook.retiredNote')}</p>
      ) : (
        <>
          <form className="code-editor-form" noValidate onSubmit={rename}>
            <TextField
              id={`${idBase}-name`}
              label={t('codebook.newName')}
              value={name}
              onValueChange={setName}
              maxLength={120}
              autoComplete="off"
              error={nameProblem}
              autoFocus
              dir="auto"
            />
            <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
              {t('codebook.rename')}
            </button>
          </form>
          <form className="code-editor-form" noValidate onSubmit={move}>
            <SelectField
              id={`${idBase}-move`}
              label={t('codebook.moveTo')}
              value={moveTo}
              onValueChange={setMoveTo}
              options={[{ value: TOP, label: t('codebook.topLevel') }, ...themes.map((theme) => ({ value: theme.id, label: t('codebook.under', { name: theme.name }) }))]}
            />
            <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
              {t('codebook.move')}
            </button>
          </form>
          <form className="code-editor-form" noValidate onSubmit={askMerge}>
            <SelectField
              id={`${idBase}-merge`}
              label={t('codebook.mergeInto')}
              hint={t('codebook.mergeHint')}
              value={mergeInto}
              onValueChange={(value) => {
                setMergeInto(value);
                setConfirming(false);
              }}
              options={targets}
              error={mergeProblem}
            />
            <button type="submit" className="button button-secondary button-small" aria-disabled={busy || undefined}>
              {t('codebook.merge')}
            </button>
          </form>
          {confirming && target ? (
            <ConfirmPanel
              title={t('codebook.mergeConfirm', { from: code.name, into: target.name })}
              confirmLabel={t('codebook.mergeYes')}
              cancelLabel={t('codebook.cancel')}
              onConfirm={merge}
              onCancel={() => setConfirming(false)}
              busy={busy}
            >
              <p>{t('codebook.mergeBody', { count: code.storyCount, from: code.name, into: target.name })}</p>
            </ConfirmPanel>
          ) : null}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={retire} aria-disabled={busy || undefined}>
          {code.retired ? t('codebook.restore') : t('codebook.retire')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          {t('codebook.close')}
        </button>
      </div>
    </div>
  );
}
