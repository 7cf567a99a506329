import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { todayIn } from '../../ui/format';

const SIZES = [100, 2_000, 10_000, 100_000];

/** Loads generated, fictitious cases into the separate demo store; the banner marks them everywhere. */
export function DemoLoader() {
  const { t } = useTranslation();
  const progress = useAppStore((s) => s.demoProgress);
  const loadDemo = useAppStore((s) => s.loadDemo);
  const [count, setCount] = useState(2_000);
  return (
    <div className="demo-loader">
      <label>
        {t('demo.count')}{' '}
        <select value={count} onChange={(e) => setCount(Number(e.target.value))} disabled={progress !== null} data-testid="demo-count">
          {SIZES.map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString()}
            </option>
          ))}
        </select>
      </label>
      <button className="primary" disabled={progress !== null} onClick={() => void loadDemo(count, todayIn())} data-testid="load-demo">
        {t('demo.load')}
      </button>
      {progress && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <div className="bar" style={{ width: `${(100 * progress.done) / progress.total}%` }} />
          <span>{t('demo.loading', { done: progress.done, total: progress.total } as Record<string, unknown>)}</span>
        </div>
      )}
    </div>
  );
}
