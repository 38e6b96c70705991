/**
 * The codebook (staff and administrators): themes and their sub-themes with the
 * number of stories tagged with each; add, rename, move, merge, retire and
 * restore; and the history of every change.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime, formatNumber } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { codeTree } from '../codes/code-tree';
import { canEditCodebook } from '../roles';
import { StoriesNav } from '../StoriesNav';
import { AddCodeForm } from './AddCodeForm';
import { CodeEditor, type EditorDone } from './CodeEditor';
import { historyText, type CodeHistoryEntry } from './history-text';

function CodeRow({
  code,
  codes,
  editing,
  onEdit,
  onDone,
}: {
  code: Code;
  codes: readonly Code[];
  editing: boolean;
  onEdit(id: string | null): void;
  onDone(done: EditorDone): void;
}) {
  const { t } = useTranslation('workbench');
  return (
    <div className={code.retired ? 'code-row code-row-retired' : 'code-row'} data-testid="code-row" data-code-id={code.id}>
      <div className="code-row-main">
        <span className="code-label">
          <span className="code-name" dir="auto">
            {code.name}
          </span>
          {code.retired ? <span className="badge badge-neutral">{code.mergedInto ? t('codebook.mergedBadge') : t('codebook.retiredBadge')}</span> : null}
        </span>
        <span className="code-count">{t('codebook.stories', { count: code.storyCount, formatted: formatNumber(code.storyCount) })}</span>
        <button
          type="button"
          className="button button-secondary button-small code-change"
          aria-expanded={editing}
          aria-controls={editing ? `code-${code.id}-editor` : undefined}
          data-code-button={code.id}
          onClick={() => onEdit(editing ? null : code.id)}
        >
          {t('codebook.change')}
          {' '}<span className="visually-hidden">{code.name}</span>
        </button>
      </div>
      {code.description ? (
        <p className="code-description muted" dir="auto">
          {code.description}
        </p>
      ) : null}
      {editing ? <CodeEditor code={code} codes={codes} onDone={onDone} onClose={() => onEdit(null)} /> : null}
    </div>
  );
}

export function CodebookScreen({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('workbench');
  useDocumentTitle(t('codebook.title'));
  const user = useCurrentUser();
  const allowed = user !== null && canEditCodebook(user.role);
  const [codes, setCodes] = useState<Code[] | null>(null);
  const [history, setHistory] = useState<CodeHistoryEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<string | null>(null);

  // Read again after every change (each change bumps the version).
  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((current) => current + 1), []);
  useEffect(() => {
    if (!allowed) return undefined;
    let live = true;
    void Promise.all([api.listCodes({ includeRetired: true }), api.codeHistory({})]).then(([list, changes]) => {
      if (!live) return;
      if (list.ok) setCodes(list.value);
      if (changes.ok) setHistory(changes.value);
      setError(!list.ok ? list.error : !changes.ok ? changes.error : null);
    });
    return () => {
      live = false;
    };
  }, [allowed, version]);

  // After a change, the focus goes back to the code's Change button (or the message).
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null || codes === null) return;
    focusAfter.current = null;
    const button = document.querySelector<HTMLElement>(`[data-code-button="${id}"]`);
    if (button) button.focus();
    else statusRef.current?.focus();
  }, [codes]);

  const done = (result: EditorDone) => {
    setStatus(result.message);
    setEditing(null);
    focusAfter.current = result.focus ?? '';
    load();
  };

  const byId = useMemo(() => new Map((codes ?? []).map((code) => [code.id, code])), [codes]);
  const shown = useMemo(() => (codes ?? []).filter((code) => showRetired || !code.retired), [codes, showRetired]);
  const tree = useMemo(() => codeTree(shown), [shown]);
  const nameOf = (id: string) => byId.get(id)?.name ?? null;

  return (
    <section className="area area-wide codebook" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="codebook">
          {t('codebook.title')}
        </ScreenHeading>
        <p className="lead">{t('codebook.intro')}</p>
      </header>
      <StoriesNav current="codebook" go={go} />
      {!allowed ? (
        <p className="notice notice-info">{t('codebook.staffOnly')}</p>
      ) : (
        <>
          {error ? <ErrorAlert error={error} lead={t('codebook.loadFailed')} /> : null}
          <p className="form-status code-status" role="status" ref={statusRef} tabIndex={-1} data-testid="codebook-status">
            {status}
          </p>
          <div className="codebook-grid">
            <div className="codebook-main">
              <AddCodeForm
                codes={codes ?? []}
                onAdded={(code) => {
                  setStatus(code.parentId ? t('codebook.addedUnder', { name: code.name, parent: nameOf(code.parentId) ?? '' }) : t('codebook.added', { name: code.name }));
                  load();
                }}
              />
              <section className="panel code-tree-panel" aria-labelledby="code-tree-title">
                <div className="code-tree-head">
                  <h2 className="panel-title" id="code-tree-title">
                    {t('codebook.treeTitle')}
                  </h2>
                  <div className="checkbox">
                    <input id="code-show-retired" type="checkbox" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
                    <label htmlFor="code-show-retired" className="checkbox-label">
                      {t('codebook.showRetired')}
                    </label>
                  </div>
                </div>
                <p className="panel-intro">{t('codebook.treeIntro')}</p>
                {codes === null && !error ? <p className="muted">{t('codebook.loading')}</p> : null}
                <ul className="code-tree" aria-labelledby="code-tree-title">
                  {tree.map((node) => (
                    <li key={node.code.id} className="code-theme">
                      <CodeRow code={node.code} codes={codes ?? []} editing={editing === node.code.id} onEdit={setEditing} onDone={done} />
                      {node.children.length > 0 ? (
                        <ul className="code-subthemes" aria-label={t('codebook.subthemesOf', { name: node.code.name })}>
                          {node.children.map((child) => (
                            <li key={child.id} className="code-subtheme">
                              <CodeRow code={child} codes={codes ?? []} editing={editing === child.id} onEdit={setEditing} onDone={done} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <section className="panel code-history" aria-labelledby="code-history-title">
              <h2 className="panel-title" id="code-history-title">
                {t('codebook.historyTitle')}
              </h2>
              {history !== null && history.length === 0 ? <p className="muted">{t('codebook.noHistory')}</p> : null}
              {history !== null && history.length > 0 ? (
                <ol className="history-list code-history-list">
                  {history.map((entry) => (
                    <li key={entry.seq} className="history-entry" data-testid="code-history-entry">
                      <span className="history-action" dir="auto">
                        {historyText(entry, nameOf, t)}
                      </span>
                      <span className="history-meta">
                        <span dir="auto">{entry.byName}</span> · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                      </span>
                    </li>
                  ))}
                </ol>
              ) : null}
            </section>
          </div>
        </>
      )}
    </section>
  );
}
