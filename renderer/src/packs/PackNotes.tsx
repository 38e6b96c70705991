import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackNoteRow } from '../../../shared/packs/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Staff: the overall sentiment and note the volunteer gave each story of a pack. */
export function PackNotes({ packId, volunteerName }: { packId: string; volunteerName: string }) {
  const { t } = useTranslation(['packs', 'review']);
  const [rows, setRows] = useState<PackNoteRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void api.listPackNotes({ packId }).then((answer) => {
      if (!live) return;
      if (answer.ok) setRows(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [packId]);

  return (
    <section className="packs-notes" aria-labelledby={`pack-notes-${packId}`} data-testid="pack-notes">
      <h3 className="packs-notes-title" id={`pack-notes-${packId}`}>
        {t('issued.notesTitle', { name: volunteerName, packId })}
      </h3>
      {error ? <ErrorAlert error={error} /> : null}
      <ul className="packs-notes-list">
        {rows?.map((row) => (
          <li key={row.ref} className="packs-note">
            <p className="story-meta">
              {t('issued.noteRef', { ref: row.ref })}{' '}
              {row.sentiment ? <span className={`badge badge-sentiment badge-${row.sentiment}`}>{t(`review:sentiments.${row.sentiment}`)}</span> : null}
            </p>
            <p className="packs-excerpt" dir="auto">
              {row.excerpt}
            </p>
            {row.note !== null ? (
              <blockquote className="packs-note-text" dir="auto">
                {row.note}
              </blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
