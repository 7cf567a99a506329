import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LetterRegister } from './LetterRegister';
import { BatchPrint } from './BatchPrint';

export function LettersScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'register' | 'batch'>('register');
  return (
    <section className="pad letters-screen">
      <h1>{t('letters.title')}</h1>
      <div className="tabs" role="tablist">
        {(['register', 'batch'] as const).map((id) => (
          <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)} data-testid={`letters-tab-${id}`}>
            {t(`letters.tabs.${id}`)}
          </button>
        ))}
      </div>
      {/* Both stay mounted: a batch keeps running (and keeps its result) while the clerk looks at the register. */}
      <div hidden={tab !== 'register'}>
        <LetterRegister />
      </div>
      <div hidden={tab !== 'batch'}>
        <BatchPrint />
      </div>
    </section>
  );
}
