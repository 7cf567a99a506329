import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';

export function SavedViewsMenu() {
  const { t } = useTranslation();
  const views = useAppStore((s) => s.savedViews);
  const saveView = useAppStore((s) => s.saveView);
  const applyView = useAppStore((s) => s.applyView);
  const deleteView = useAppStore((s) => s.deleteView);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSave = async () => {
    if (name.trim() === '') {
      setError(t('views.nameRequired'));
      return;
    }
    await saveView(name.trim());
    setName('');
    setError(null);
  };

  return (
    <details className="popover">
      <summary data-testid="saved-views">{t('views.title')}</summary>
      <div className="menu wide">
        {views.length === 0 && <p className="muted">{t('views.none')}</p>}
        {views.map((v) => (
          <div key={v.id} className="menu-row">
            <button className="link" onClick={() => applyView(v.id)}>
              {v.name}
            </button>
            <button className="small" onClick={() => void deleteView(v.id)} aria-label={`${t('views.delete')} ${v.name}`}>
              ✕
            </button>
          </div>
        ))}
        <form
          className="menu-row"
          onSubmit={(e) => {
            e.preventDefault();
            void onSave();
          }}
        >
          <input value={name} maxLength={40} placeholder={t('views.name')} onChange={(e) => setName(e.target.value)} aria-invalid={error !== null} data-testid="view-name" />
          <button type="submit">{t('views.save')}</button>
        </form>
        {error && <p className="error">{error}</p>}
      </div>
    </details>
  );
}
