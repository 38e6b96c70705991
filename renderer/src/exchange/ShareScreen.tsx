import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { ArchiveSection } from '../archive/ArchiveSection';
import { IntelligenceSection } from '../export/IntelligenceSection';
import { IssuePacksSection } from '../packs/IssuePacksSection';
import { BoardSection } from '../interests/BoardSection';
import type { Area } from '../shell/areas';
import { MakeTransferSection } from '../transfer/MakeTransferSection';
import { sectionOf, shareSectionsFor, type ShareSection } from './exchange-routes';
import { ExchangeLayout } from './ExchangeLayout';

/** Share: everything that leaves this laptop, as a bundle file. */
export function ShareScreen({ sub, go }: { sub: string | null; go: (area: Area, sub?: string | null) => void }) {
  const { t } = useTranslation('exchange');
  const user = useCurrentUser();
  const sections = shareSectionsFor(user?.role);
  const section = sectionOf(sub, sections);
  if (!user || !section) return null;
  return (
    <ExchangeLayout area="share" title={t('share.title')} sectionsLabel={t('share.sectionsLabel')} sections={sections} section={section} nameOf={(item) => t(`share.sections.${item}`)} go={go}>
      <ShareContent section={section} />
    </ExchangeLayout>
  );
}

function ShareContent({ section }: { section: ShareSection }) {
  switch (section) {
    case 'intelligence':
      return <IntelligenceSection />;
    case 'transfer':
      return <MakeTransferSection />;
    case 'packs':
      return <IssuePacksSection />;
    case 'board':
      return <BoardSection />;
    case 'archive':
      return <ArchiveSection />;
  }
}
