import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CN_MAINLAND_CALENDAR, coveredYears } from '../../../../shared/calendar';
import { formatFen } from '../../ui/format';
import { useAppStore } from '../../state/appStore';
import { configNow, subscribeConfig } from '../configInForce';

/**
 * 配置 in Settings: the letterhead, holiday calendar years and limits this device uses, each with its version,
 * so a collector (and whoever checks a letter later) can see what shaped a deadline or a printed letter.
 */
export function PublishedConfigPanel() {
  const { t } = useTranslation();
  const source = useAppStore((s) => s.source);
  const session = useAppStore((s) => s.session);
  const config = useSyncExternalStore(subscribeConfig, configNow);
  const branch = session?.user.branchCode ?? null;
  const letterhead = branch ? config.letterheads.get(branch) : undefined;
  const published = new Map(config.calendarYears.map((y) => [y.year, y]));
  const years = coveredYears(config.calendar);
  const afterLast = (years.at(-1) ?? new Date().getFullYear()) + 1;
  const p = 'publishedConfig';
  return (
    <section data-testid="published-config">
      <h2>{t(`${p}.title`)}</h2>
      <p className="muted">{source === 'demo' ? t(`${p}.demo`) : t(`${p}.intro`)}</p>
      <h3>{t(`${p}.letterhead`)}</h3>
      {letterhead ? (
        <p data-testid="config-letterhead">
          {t(`${p}.letterheadOf`, { branch: `${letterhead.payload.bankName}${letterhead.payload.branchName}`, version: letterhead.version, at: letterhead.publishedAt.slice(0, 10), by: letterhead.publishedBy })}
        </p>
      ) : (
        source === 'live' && branch && <p className="warning" data-testid="config-letterhead">{t(`${p}.noLetterhead`, { branch })}</p>
      )}
      <h3>{t(`${p}.calendar`)}</h3>
      <ul data-testid="config-calendar">
        {years.map((year) => {
          const y = published.get(year);
          return <li key={year}>{y ? t(`${p}.calendarPublished`, { year, version: y.version, title: y.title }) : t(`${p}.calendarBuiltIn`, { year, version: CN_MAINLAND_CALENDAR.version })}</li>;
        })}
      </ul>
      <p className="muted">{t(`${p}.calendarUncovered`, { year: afterLast })}</p>
      <h3>{t(`${p}.rulePack`)}</h3>
      <p className="muted" data-testid="config-rule-pack">
        {config.rulePackParams ? t(`${p}.rulePackParams`, { pack: config.rulePackParams.params.packId, version: config.rulePackParams.version }) : t(`${p}.rulePackBuiltIn`)}
      </p>
      <h3>{t(`${p}.limits`)}</h3>
      <p className="muted" data-testid="config-limits-source">
        {config.limitsFrom ? t(`${p}.limitsPublished`, { scope: config.limitsFrom.scope === 'bank' ? t(`${p}.bank`) : config.limitsFrom.scope, version: config.limitsFrom.version }) : t(`${p}.limitsBuiltIn`)}
      </p>
      <ul data-testid="config-limits">
        <li>{t(`${p}.waiver`, { amount: formatFen(config.limits.waiverLimitFen) })}</li>
        <li>{t(`${p}.grace`, { days: config.limits.graceDays })}</li>
        <li>{t(`${p}.unmask`, { seconds: config.limits.unmaskSeconds })}</li>
      </ul>
    </section>
  );
}
