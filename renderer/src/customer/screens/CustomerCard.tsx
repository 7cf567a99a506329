import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import type { CustomerProfile } from '../../../../shared/customer/profile';
import { localDateOf } from '../../../../shared/calendar';
import { Permitted } from '../../access/screens/Permitted';
import { useAppStore } from '../../state/appStore';
import { recordCustomerFacts } from '../actions';
import { useCustomer } from '../state/useCustomer';
import { factValue } from './conditionText';
import { EMPTY_DRAFT, LearnedFields, factsDraftSchema, factsOfDraft, isEmptyDraft } from './LearnedFields';
import { FormButtons, useZodForm } from '../../ui/form';
import { NextActionView } from './NextActionView';
import { RelatedParties } from './RelatedParties';
import { SegmentView } from './SegmentView';

const FACTS = ['reason', 'ability', 'willingness', 'payday', 'incomeBand', 'employer', 'occupation', 'household'] as const;

function ProfileList({ profile, timeZone }: { profile: CustomerProfile; timeZone: string }) {
  const { t } = useTranslation();
  const shown = (key: (typeof FACTS)[number]): string => {
    const f = profile[key];
    if (!f) return t('customer.notSet');
    if (key === 'payday') return t('customer.paydayValue', { day: f.value });
    if (key === 'incomeBand') return t(`customer.income.${String(f.value)}`);
    return factValue(t, key, f.value as string | number);
  };
  return (
    <dl className="kv" data-testid="customer-profile">
      {FACTS.map((key) => (
        <div key={key} className="contents">
          <dt>{t(`customer.fact.${key}`)}</dt>
          <dd data-testid={`profile-${key}`}>
            {shown(key)} {profile[key] && <span className="muted small">{t('customer.learnedOn', { date: localDateOf(profile[key].learnedAt, timeZone) })}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** 客户情况 on the case: the segment and why, what was learned (with when), the people around the debtor, the next best action. */
export function CustomerCard({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const data = useCustomer(caseRecord.id);
  const form = useZodForm(useMemo(() => z.object({ facts: factsDraftSchema(t) }), [t]), { facts: EMPTY_DRAFT });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = form.handleSubmit(async ({ facts: draft }) => {
    setMessage(null);
    if (isEmptyDraft(draft)) return setMessage({ ok: false, text: t('customer.error.nothingLearned') });
    const parsed = factsOfDraft(draft);
    if (!parsed.ok) return;
    const result = await act(recordCustomerFacts, { caseId: caseRecord.id, activityId: null, facts: parsed.facts });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    form.reset({ facts: EMPTY_DRAFT });
    setMessage({ ok: true, text: t('customer.saved') });
  });
  if (!data?.segment) return null;
  return (
    <section className="card customer" data-testid="customer-card" aria-label={t('customer.title')}>
      <h2>{t('customer.title')}</h2>
      <SegmentView segment={data.segment} published={data.tablePublished} />
      <NextActionView caseId={caseRecord.id} />
      <ProfileList profile={data.segment.profile} timeZone={caseRecord.timeZone} />
      <Permitted action="log_contact" target={caseRecord.assignment}>
        <FormProvider {...form}>
        <form onSubmit={save} noValidate aria-label={t('customer.record')}>
          <h3>{t('customer.record')}</h3>
          <LearnedFields />
          <FormButtons>
            <button type="submit" data-testid="facts-save">
              {t('customer.save')}
            </button>
            {message && (
              <span className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
                {message.text}
              </span>
            )}
          </FormButtons>
        </form>
        </FormProvider>
      </Permitted>
      <RelatedParties caseRecord={caseRecord} parties={data.parties} />
    </section>
  );
}
