import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFER_NOT_TO_SAY } from '../../../shared/capture/equality';
import { toPostcodeDistrict } from '../../../shared/capture/postcode';
import { TextField } from '../ui/TextField';
import { messageFor } from './capture-problems';
import type { CaptureProblem } from './validate-story';

interface PostcodeFieldProps {
  value: string;
  onChange(value: string): void;
  problems: readonly CaptureProblem[];
}

/**
 * The postcode district only. A full postcode typed here is cut to its district as
 * soon as it is complete, so the full postcode is never kept, not even in a draft,
 * and a note says so.
 */
export function PostcodeField({ value, onChange, problems }: PostcodeFieldProps) {
  const { t } = useTranslation('capture');
  const [cutTo, setCutTo] = useState<string | null>(null);
  const declined = value === PREFER_NOT_TO_SAY;
  // The note is about what is in the field now: a new story (or any other change) clears it.
  const noted = cutTo !== null && cutTo === value ? cutTo : null;

  const typed = (text: string) => {
    const { district, wasCut } = toPostcodeDistrict(text);
    if (wasCut && district) {
      setCutTo(district);
      onChange(district);
      return;
    }
    setCutTo(null);
    onChange(text);
  };

  return (
    <div className="postcode">
      <TextField
        id="capture-postcode"
        className="field-short"
        label={t('equality.postcode')}
        hint={t('equality.postcodeHint')}
        value={declined ? '' : value}
        onValueChange={typed}
        disabled={declined}
        autoComplete="off"
        maxLength={10}
        announceError={false}
        describedBy={noted ? 'capture-postcode-cut' : undefined}
        error={messageFor(t, problems, 'postcode')}
      />
      <p className="notice notice-info postcode-note" id="capture-postcode-cut" role="status">
        {noted ? t('equality.postcodeCut', { district: noted }) : ''}
      </p>
      <div className="checkbox">
        <input
          id="capture-postcode-declined"
          type="checkbox"
          checked={declined}
          onChange={(event) => {
            setCutTo(null);
            onChange(event.target.checked ? PREFER_NOT_TO_SAY : '');
          }}
        />
        <label htmlFor="capture-postcode-declined" className="checkbox-label">
          {t('equality.postcodePreferNot')}
        </label>
      </div>
    </div>
  );
}
