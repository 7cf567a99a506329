import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '../../../../shared/calendar';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { OverrideDecision } from './OverrideDecision';
import { loadOverrideInbox, type OverrideInbox, type PendingOverride } from '../state/overrideApprovals';

/** A rule in words, with its id: the pack's rule ids end in what they are about (cn.hold.other → hold_other). */
export function useRuleName(): (id: string) => string {
  const { t } = useTranslation();
  return (id) => {
    const key = id.split('.').slice(-2).join('_');
    return `${t(`overrides.ruleName.${key}`, { defaultValue: t('overrides.ruleName.fallback', { id }) })} (${id})`;
  };
}

function RequestRow({ item, onDecided }: { item: PendingOverride; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const ruleName = useRuleName();
  const { request: r, caseRecord: c } = item;
  const tz = c?.timeZone ?? DEFAULT_TIME_ZONE;
  const party = c?.parties.find((p) => p.id === r.action.partyId);

  return (
    <tr data-testid="override-request-row" data-request={r.id}>
      <td>{c?.caseNumber ?? r.caseId}</td>
      <td>{staff.find((s) => s.id === r.requestedBy)?.name ?? r.requestedBy}</td>
      <td>
        {t(`fieldwork.channel.${r.action.channel}`)}
        {party ? ` · ${party.name}` : ''}
      </td>
      <td>{r.ruleIds.map(ruleName).join('；')}</td>
      <td>{r.reason}</td>
      <td>{formatInstant(r.requestedAt, i18n.language, tz)}</td>
      <td>
        <OverrideDecision caseId={r.caseId} requestId={r.id} timeZone={tz} onDecided={onDecided} />
      </td>
    </tr>
  );
}

/**
 * The supervisor's override requests (特批申请): what the branch's collectors asked, with the rules named, the
 * reason and when; approve (until the end of today, or a time chosen) or reject with a reason, on this, the
 * supervisor's own device; the decision reaches the collector at the next sync. Below, the decisions made in
 * the supervisor's name on a collector's device, so nothing is given in their name unseen.
 */
export function OverrideRequests() {
  const { t, i18n } = useTranslation();
  const [inbox, setInbox] = useState<OverrideInbox | null>(null);
  const reload = useCallback(() => void loadOverrideInbox().then(setInbox), []);
  useEffect(reload, [reload]);
  if (!inbox) return null;
  return (
    <section className="card" data-testid="override-requests">
      <h2>{t('overrides.inbox.title')}</h2>
      {inbox.pending.length === 0 ? (
        <p className="muted">{t('overrides.inbox.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('overrides.inbox.case')}</th>
              <th>{t('overrides.inbox.collector')}</th>
              <th>{t('overrides.inbox.channel')}</th>
              <th>{t('overrides.inbox.rules')}</th>
              <th>{t('overrides.inbox.reason')}</th>
              <th>{t('overrides.inbox.when')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {inbox.pending.map((item) => (
              <RequestRow key={item.request.id} item={item} onDecided={reload} />
            ))}
          </tbody>
        </table>
      )}
      {inbox.decidedElsewhere.length > 0 && (
        <>
          <h3>{t('overrides.inbox.elsewhere')}</h3>
          <ul data-testid="override-decided-elsewhere">
            {inbox.decidedElsewhere.map(({ request: r, caseRecord: c }) => (
              <li key={r.id}>
                {t('overrides.inbox.elsewhereRow', { case: c?.caseNumber ?? r.caseId, decision: t(`overrides.inbox.decision.${r.decision!.decision}`), at: formatInstant(r.decision!.decidedAt, i18n.language, c?.timeZone) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
