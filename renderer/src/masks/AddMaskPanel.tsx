import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TYPES, type EntityType } from '../../../shared/anonymise/types';
import { SelectField } from '../ui/SelectField';

interface AddMaskPanelProps {
  /** The selected words, already widened to whole characters and without spaces at the ends. */
  words: string;
  start: number;
  end: number;
  /** How many existing masks the new one would be joined with. */
  joins: number;
  /** Other places the same words appear unmasked. */
  mentions: number;
  typeRef: Ref<HTMLSelectElement>;
  onAdd(type: EntityType, everywhere: boolean): void;
  onCancel(): void;
}

/** Choose what the selected words are, and mask them (and, if wanted, their other mentions). */
export function AddMaskPanel({ words, start, end, joins, mentions, typeRef, onAdd, onCancel }: AddMaskPanelProps) {
  const { t } = useTranslation('review');
  const [type, setType] = useState<EntityType>('PERSON');
  const [everywhere, setEverywhere] = useState(true);
  return (
    <form
      className="add-mask"
      aria-labelledby="add-mask-title"
      noValidate
      data-testid="add-mask"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(type, everywhere && mentions > 0);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 className="add-mask-title" id="add-mask-title">
        {t('check.addTitle')}
      </h3>
      <p className="add-mask-words">
        {t('check.selected')}{' '}
        <q className="add-mask-quote" dir="auto" data-testid="add-mask-words">
          {words}
        </q>{' '}
        <span className="muted">{t('check.characters', { from: start + 1, to: end })}</span>
      </p>
      {joins > 0 ? <p className="field-hint">{t('check.joins', { count: joins })}</p> : null}
      <SelectField
        id="add-mask-type"
        ref={typeRef}
        label={t('check.maskAs')}
        value={type}
        onValueChange={(value) => setType(value as EntityType)}
        options={ENTITY_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
      />
      {mentions > 0 ? (
        <div className="checkbox">
          <input id="add-mask-everywhere" type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} />
          <label htmlFor="add-mask-everywhere" className="checkbox-label">
            {t('check.everywhere', { count: mentions })}
          </label>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('check.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
