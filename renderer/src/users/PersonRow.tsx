import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../../shared/users/schemas';
import { api, type ApiError } from '../api/client';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SelectField } from '../ui/SelectField';
import type { RegisterSummary } from '../../../shared/interests/schemas';
import { statusClass, statusText } from '../interests/declaration-status';

interface PersonRowProps {
  person: User;
  isMe: boolean;
  /** Their declaration of interests: due again, overdue or never made (null for retired people, who are not on the register). */
  declaration: RegisterSummary['status'] | null;
  onChanged(user: User, message: string): void;
}

/** One person: their role (changeable) and retiring them, each behind a deliberate step. */
export function PersonRow({ person, isMe, declaration, onChanged }: PersonRowProps) {
  const { t } = useTranslation('people');
  const [mode, setMode] = useState<'view' | 'role' | 'retire'>('view');
  const [role, setRole] = useState<Role>(person.role);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const saveRole = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await api.changeUserRole({ userId: person.id, role });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setMode('view');
    onChanged(answer.value, t('settings.roleSaved', { name: answer.value.name, role: t(`roles.${answer.value.role}`) }));
  };

  const retire = async () => {
    setBusy(true);
    const answer = await api.retireUser({ userId: person.id });
    setBusy(false);
    setMode('view');
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onChanged(answer.value, t('settings.retiredDone', { name: answer.value.name }));
  };

  return (
    <tr className={person.retired ? 'row-retired' : undefined}>
      <th scope="row" dir="auto">
        {person.name} {isMe ? <span className="muted">{t('settings.you')}</span> : null}
      </th>
      <td>
        {mode === 'role' ? (
          <form
            className="inline-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void saveRole();
            }}
          >
            <SelectField
              id={`person-role-${person.id}`}
              label={t('settings.roleFor', { name: person.name })}
              value={role}
              onValueChange={(value) => setRole(value as Role)}
              options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            />
            <div className="row-actions">
              <button type="submit" className="button button-primary button-small" aria-disabled={busy || undefined}>
                {t('settings.saveRole')}
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => setMode('view')}>
                {t('settings.cancel')}
              </button>
            </div>
          </form>
        ) : (
          t(`roles.${person.role}`)
        )}
      </td>
      <td>{person.retired ? t('settings.retired') : t('settings.active')}</td>
      <td>{declaration ? <span className={statusClass(declaration)}>{statusText(declaration)}</span> : null}</td>
      <td>
        {error ? <ErrorAlert error={error} /> : null}
        {mode === 'retire' ? (
          <ConfirmPanel
            title={t('settings.retireConfirm', { name: person.name })}
            confirmLabel={t('settings.retireYes')}
            cancelLabel={t('settings.cancel')}
            onConfirm={() => void retire()}
            onCancel={() => setMode('view')}
            busy={busy}
            danger
          >
            <p>{t('settings.retireBody')}</p>
          </ConfirmPanel>
        ) : null}
        {mode === 'view' && !person.retired ? (
          <div className="row-actions">
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('settings.changeRoleFor', { name: person.name })}
              onClick={() => {
                setRole(person.role);
                setMode('role');
              }}
            >
              {t('settings.changeRole')}
            </button>
            {isMe ? null : (
              <button type="button" className="button button-quiet button-small" aria-label={t('settings.retireFor', { name: person.name })} onClick={() => setMode('retire')}>
                {t('settings.retire')}
              </button>
            )}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
