import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toSaved, type WorkingMask } from './mask-edit';
import { previewKey, previewOf } from './preview';

/** The words as they would leave, with placeholders for the masks as they stand now. */
export function MaskPreview({ text, masks }: { text: string; masks: readonly WorkingMask[] }) {
  const { t } = useTranslation('review');
  // One key for this check, so a placeholder keeps its number as masks change.
  const [key] = useState(previewKey);
  const preview = useMemo(() => previewOf(text, toSaved(masks), key), [text, masks, key]);
  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 className="panel-title" id="preview-title">
        {t('check.previewTitle')}
      </h2>
      <p className="panel-intro">{t('check.previewIntro')}</p>
      <div className="verbatim preview-text" dir="auto" data-testid="preview-text">
        {preview.parts.map((part, index) =>
          part.kind === 'placeholder' ? (
            <span key={index} className="review-placeholder">
              {part.text}
            </span>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
