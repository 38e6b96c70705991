import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import type { Area } from '../shell/areas';
import { ScreenHeading } from '../ui/ScreenHeading';
import { SectionNav } from '../ui/SectionNav';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ArchiveSection } from './archive/ArchiveSection';
import { exportSectionOf, exportSectionsFor, type ExportSection } from './export-routes';
import { IntelligenceSection } from './intelligence/IntelligenceSection';
import { PacksSection } from './packs/PacksSection';
import { SurveySection } from './survey/SurveySection';
import { TransferSection } from './transfer/TransferSection';

type Go = (area: Area, sub?: string | null) => void;

/**
 * Export: everything that leaves or enters this laptop, as bundle files.
 * Intelligence bundles for stakeholders, transfer between laptops, volunteer
 * review packs, survey imports and the whole-store archive.
 */
export function ExportScreen({ sub, go }: { sub: string | null; go: Go }) {
  const { t } = useTranslation('bundles');
  const user = useCurrentUser();
  const section = exportSectionOf(sub, user?.role);
  useDocumentTitle(section ? `${t(`sections.${section}`)} – ${t('title')}` : t('title'));
  if (!user || !section) return null;
  const sections = exportSectionsFor(user.role);
  return (
    <section className="area area-wide bundles" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`export-${section}`}>
          {t('title')}
        </ScreenHeading>
      </header>
      {sections.length > 1 ? <SectionNav area="export" label={t('sectionsLabel')} sections={sections} current={section} nameOf={(item) => t(`sections.${item}`)} go={go} /> : null}
      <SectionContent section={section} />
    </section>
  );
}

function SectionContent({ section }: { section: ExportSection }) {
  switch (section) {
    case 'intelligence':
      return <IntelligenceSection />;
    case 'transfer':
      return <TransferSection />;
    case 'packs':
      return <PacksSection />;
    case 'survey':
      return <SurveySection />;
    case 'archive':
      return <ArchiveSection />;
  }
}
