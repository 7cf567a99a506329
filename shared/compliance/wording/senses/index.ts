import type { Sense } from '../sense';
import { EN_DISCLOSURE, EN_IMPERSONATION, EN_LEGAL_CONSEQUENCES, EN_THREAT_INSULT } from './enConduct';
import { EN_BORROW_TO_REPAY, EN_COURT_THREAT, EN_EXTRA_FEES, EN_FAKE_BLACKLIST, EN_PUBLIC_POSTING } from './enMoney';
import { ZH_DISHONEST_LIST, ZH_FAKE_BLACKLIST, ZH_IMPERSONATION, ZH_LEGAL_CONSEQUENCES } from './zhAuthority';
import { ZH_DISCLOSURE, ZH_THREAT_INSULT } from './zhConduct';
import { ZH_BORROW_TO_REPAY, ZH_EXTRA_FEES, ZH_PUBLIC_POSTING } from './zhMoney';

/** Every sense a pack's wording rule may name, by id (docs/compliance.md, "Wording"). */
export const SENSE_LIST: readonly Sense[] = [
  ZH_IMPERSONATION,
  ZH_THREAT_INSULT,
  ZH_FAKE_BLACKLIST,
  ZH_DISHONEST_LIST,
  ZH_LEGAL_CONSEQUENCES,
  ZH_EXTRA_FEES,
  ZH_BORROW_TO_REPAY,
  ZH_DISCLOSURE,
  ZH_PUBLIC_POSTING,
  EN_IMPERSONATION,
  EN_THREAT_INSULT,
  EN_FAKE_BLACKLIST,
  EN_LEGAL_CONSEQUENCES,
  EN_EXTRA_FEES,
  EN_BORROW_TO_REPAY,
  EN_DISCLOSURE,
  EN_PUBLIC_POSTING,
  EN_COURT_THREAT,
];

export const SENSES: Readonly<Record<string, Sense>> = Object.freeze(Object.fromEntries(SENSE_LIST.map((s) => [s.id, s])));
