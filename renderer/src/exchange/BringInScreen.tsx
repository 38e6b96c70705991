import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { PackResultsSection } from '../packs/PackResultsSection';
import type { Area } from '../shell/areas';
import { SurveySection } from '../survey/SurveySection';
import { BringInTransferSection } from '../transfer/BringInTransferSection';
import { bringInSectionsFor, sectionOf, type BringInSection } from './exchange-routes';
import { ExchangeLayout } from './ExchangeLayout';

/** Bring in: every file that arrives at this laptop, checked before anything is written. */
export function BringInScreen({ sub, go }: { sub: string | null; go: (area: Area, sub?: string | null) => void }) {
  const { t } = useTranslation('exchange');
  const user = useCurrentUser();
  const sections = bringInSectionsFor(user?.role);
  const section = sectionOf(sub, sections);
  if (!user || !section) return null;
  return (
    <ExchangeLayout area="bring-in" title={t('bringIn.title')} sectionsLabel={t('bringIn.sectionsLabel')} sections={sections} section={section} nameOf={(item) => t(`bringIn.sections.${item}`)} go={go}>
      <BringInContent section={section} />
    </ExchangeLayout>
  );
}

function BringInContent({ section }: { section: BringInSection }) {
  switch (section) {
    case 'transfer':
      return <BringInTransferSection />;
    case 'results':
      return <PackResultsSection />;
    case 'survey':
      return <SurveySection />;
  }
}
