/**
 * The building blocks of the filter panel: checkbox lists and either/yes/no choices
 * with the count of stories beside each value, and the collapsible groups they sit in.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCounts } from '../../../../shared/workbench/schemas';
import { formatNumber } from '../../ui/format';
import { Disclosure } from '../ui/Disclosure';

export interface Option {
  value: string;
  label: string;
  count?: number | undefined;
  /** Text direction of the label: people's names and languages may be right to left. */
  auto?: boolean;
}

export const countMap = (facet: FacetCounts['statuses'] | undefined): Map<string, number> => new Map((facet ?? []).map((entry) => [entry.value, entry.count]));

function Count({ count }: { count: number | undefined }) {
  const { t } = useTranslation('workbench');
  if (count === undefined) return null;
  return (
    <span className="wb-count">
      {formatNumber(count)}
      {' '}<span className="visually-hidden">{t('count.stories', { count })}</span>
    </span>
  );
}

function Chosen({ count }: { count: number }) {
  const { t } = useTranslation('workbench');
  if (count === 0) return null;
  return <span className="wb-chosen">{t('filters.chosen', { count })}</span>;
}

/** Checkboxes for the values of one list filter. */
export function CheckList({ id, legend, options, values, onToggle, scroll = false }: { id: string; legend: string; options: Option[]; values: readonly string[]; onToggle(value: string, on: boolean): void; scroll?: boolean }) {
  const { t } = useTranslation('workbench');
  return (
    <fieldset className="fieldset wb-checks">
      <legend className="visually-hidden">{legend}</legend>
      {options.length === 0 ? <p className="muted wb-none">{t('filters.noValues')}</p> : null}
      <ul className={scroll ? 'wb-check-list wb-check-list-scroll' : 'wb-check-list'}>
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          return (
            <li key={option.value} className="wb-check">
              <input id={inputId} type="checkbox" checked={values.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
              <label htmlFor={inputId}>
                <span className="wb-check-label" dir={option.auto ? 'auto' : undefined}>
                  {option.label}
                </span>{' '}
                <Count count={option.count} />
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Either, yes or no. */
export function FlagChoice({
  id,
  legend,
  value,
  yes,
  no,
  yesCount,
  total,
  onChange,
}: {
  id: string;
  legend: string;
  value: boolean | undefined;
  yes: string;
  no: string;
  yesCount: number | undefined;
  total: number | undefined;
  onChange(value: boolean | null): void;
}) {
  const { t } = useTranslation('workbench');
  const choices: Array<[string, boolean | null, string, number | undefined]> = [
    ['any', null, t('filters.either'), undefined],
    ['yes', true, yes, yesCount],
    ['no', false, no, yesCount !== undefined && total !== undefined ? total - yesCount : undefined],
  ];
  return (
    <fieldset className="fieldset wb-checks">
      <legend className="visually-hidden">{legend}</legend>
      <ul className="wb-check-list">
        {choices.map(([key, choice, label, count]) => (
          <li key={key} className="wb-check">
            <input id={`${id}-${key}`} type="radio" name={id} checked={(value ?? null) === choice} onChange={() => onChange(choice)} />
            <label htmlFor={`${id}-${key}`}>
              <span className="wb-check-label">{label}</span> <Count count={count} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Group({ title, count, open, children }: { title: string; count: number; open?: boolean; children: ReactNode }) {
  return (
    <Disclosure title={title} badge={<Chosen count={count} />} defaultOpen={open ?? count > 0} className="wb-filter">
      {children}
    </Disclosure>
  );
}
