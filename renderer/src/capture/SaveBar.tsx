import { useTranslation } from 'react-i18next';

interface SaveBarProps {
  saving: boolean;
  onSave(): void;
  onSaveDraft(): void;
  onNewStory(): void;
}

/** Save, save as draft and new story, each with its keyboard shortcut on the button. */
export function SaveBar({ saving, onSave, onSaveDraft, onNewStory }: SaveBarProps) {
  const { t } = useTranslation('capture');
  return (
    <div className="save-bar">
      <div className="form-actions">
        <button type="button" className="button button-primary button-small" onClick={onSave} aria-keyshortcuts="Control+Enter Control+S" aria-disabled={saving || undefined}>
          <span>{saving ? t('form.saving') : t('form.save')}</span>
          <kbd className="shortcut" aria-hidden="true">
            {t('form.saveShortcut')}
          </kbd>
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onSaveDraft} aria-keyshortcuts="Control+Shift+S" aria-disabled={saving || undefined}>
          <span>{t('form.saveDraft')}</span>
          <kbd className="shortcut" aria-hidden="true">
            {t('form.saveDraftShortcut')}
          </kbd>
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onNewStory} aria-keyshortcuts="Control+Alt+N" aria-disabled={saving || undefined}>
          <span>{t('form.newStory')}</span>
          <kbd className="shortcut" aria-hidden="true">
            {t('form.newStoryShortcut')}
          </kbd>
        </button>
        <span className="save-bar-help">{t('form.shortcutsHelp')}</span>
      </div>
    </div>
  );
}
