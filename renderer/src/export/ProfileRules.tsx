import { useTranslation } from 'react-i18next';
import type { ExportProfile } from '../../../shared/export/profiles';

/** What a profile lets out, in plain English, so the choice of profile is an informed one. */
export function ProfileRules({ profile }: { profile: ExportProfile }) {
  const { t } = useTranslation('intelligence');
  const f = profile.fields;
  const rules = [
    f.serviceName ? t('rules.serviceName') : t('rules.serviceTypeOnly'),
    t('rules.month'),
    f.channel ? t('rules.channel') : t('rules.noChannel'),
    t(`rules.age_${f.ageBand}`),
    f.sex ? t('rules.sex') : t('rules.noSex'),
    t(`rules.ethnicity_${f.ethnicity}`),
    t(`rules.postcode_${f.postcode}`),
    t('rules.k', { k: profile.k }),
    t('rules.smallNumber', { below: profile.smallNumber - 1, n: profile.smallNumber }),
    profile.quotes ? t('rules.quotes') : t('rules.noQuotes'),
  ];
  return (
    <section className="intelligence-rules" aria-labelledby="intelligence-rules-title" data-testid="profile-rules">
      <h3 id="intelligence-rules-title">{t('form.rulesTitle', { name: profile.displayName })}</h3>
      <p>{profile.description}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
