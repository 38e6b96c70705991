import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardPack } from '../../../shared/interests/board-pack';
import { api, type ApiError } from '../api/client';
import { FileActionPanel } from '../jobs/FileActionPanel';
import { useDefaultPath } from '../jobs/use-default-path';
import { checkForm } from '../recommendations/ui/form-problems';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay } from '../ui/format';
import { TextField } from '../ui/TextField';
import { BoardPackView } from './BoardPackView';

type Problem = 'from' | 'to' | 'order';

/** Staff: the advisory board pack for a period, read on screen, then saved as a signed bundle. */
export function BoardPackPanel() {
  const { t } = useTranslation('interests');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [pack, setPack] = useState<BoardPack | null>(null);
  const [busy, setBusy] = useState(false);
  const [path, setPath] = useDefaultPath(`board-pack-${from || 'period'}-to-${to || 'period'}.zip`);

  const show = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fine = checkForm<Problem>(
      { from: from === '', to: to === '', order: from !== '' && to !== '' && to < from },
      [
        ['from', 'board-from'],
        ['to', 'board-to'],
        ['order', 'board-to'],
      ],
      setProblems,
    );
    if (!fine) return setPack(null);
    setBusy(true);
    const answer = await api.getBoardPack({ from, to });
    setBusy(false);
    if (!answer.ok) {
      setPack(null);
      return setError(answer.error);
    }
    setError(null);
    setPack(answer.value);
  };

  return (
    <>
      <section className="panel" aria-labelledby="board-title" data-testid="board-pack">
        <h2 className="panel-title" id="board-title">
          {t('board.title')}
        </h2>
        <p className="panel-intro">{t('board.intro')}</p>
        <form className="form form-compact" noValidate onSubmit={(event) => void show(event)}>
          <div className="field-row">
            <TextField id="board-from" type="date" className="field-date" label={t('board.from')} value={from} onValueChange={setFrom} error={problems.has('from') ? t('board.fromRequired') : null} />
            <TextField
              id="board-to"
              type="date"
              className="field-date"
              label={t('board.to')}
              value={to}
              onValueChange={setTo}
              error={problems.has('to') ? t('board.toRequired') : problems.has('order') ? t('board.endBeforeStart') : null}
            />
          </div>
          {error ? <ErrorAlert error={error} id="board-error" /> : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('board.show')}
            </button>
          </div>
        </form>
        {pack ? <BoardPackView pack={pack} /> : null}
      </section>
      {pack ? (
        <FileActionPanel
          key={`${pack.from} ${pack.to}`}
          name="board-save"
          testId="board-save"
          fieldId="board-save-path"
          mode="save"
          filters={[{ name: t('publish.fileType'), extensions: ['zip'] }]}
          text={{
            title: t('board.saveTitle'),
            intro: t('board.period', { from: formatDay(pack.from), to: formatDay(pack.to) }),
            path: t('board.savePath'),
            pathRequired: t('publish.pathRequired'),
            failed: t('board.saveFailed'),
            submit: t('board.saveSubmit'),
            busy: t('board.saveBusy'),
          }}
          path={path}
          onPathChange={setPath}
          run={(chosen) => api.saveBoardPack({ from: pack.from, to: pack.to, path: chosen })}
          renderDone={(value) => (
            <p className="notice notice-success" data-testid="board-saved">
              {t('board.saved', { from: formatDay(pack.from), to: formatDay(pack.to), path: value.path })}
            </p>
          )}
        />
      ) : null}
    </>
  );
}
