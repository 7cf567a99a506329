import { useAppStore } from '../../state/appStore';
import { LANGUAGES } from '../../i18n';

const LABELS = { 'zh-CN': '中文', en: 'English' } as const;

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label="Language / 语言">
      {LANGUAGES.map((l) => (
        <button key={l} aria-pressed={l === language} className={l === language ? 'active' : ''} onClick={() => void setLanguage(l)}>
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
