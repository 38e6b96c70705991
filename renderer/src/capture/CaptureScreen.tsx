import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CaptureForm } from './CaptureForm';
import { useCapture } from './capture-store';
import { EventPicker } from './EventPicker';
import { OtherDraftsLink } from './OtherDraftsLink';

/** Capture: choose where stories are being heard, then record one after another. */
export function CaptureScreen() {
  const { t } = useTranslation('capture');
  useDocumentTitle(t('title'));
  const session = useCapture((state) => state.session);
  return (
    <section className="area area-wide" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="capture">
          {t('title')}
        </ScreenHeading>
        <OtherDraftsLink />
      </header>
      {session ? <CaptureForm /> : <EventPicker />}
    </section>
  );
}
