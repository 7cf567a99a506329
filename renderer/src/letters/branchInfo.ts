import type { LetterBranch } from '../../../shared/letters';
import { DEMO_BRANCHES } from '../../../shared/demo';

/**
 * The issuing branch as printed on letters. Head office does not publish branch addresses, phones and payment
 * channels yet (docs/server.md, Known limits): the demo branches carry plausible ones.
 */
export function branchInfo(code: string, name: string): LetterBranch {
  const demo = DEMO_BRANCHES.find((b) => b.code === code);
  return {
    code,
    name,
    address: demo ? `${demo.province}${demo.city}${demo.district}金融街 8 号` : name,
    postcode: code.startsWith('31') ? '200120' : code.startsWith('11') ? '100020' : code.startsWith('44') ? '510620' : code.startsWith('33') ? '310013' : '610041',
    phone: '95599',
    disputePhone: '95599 转 3',
    repayChannels: ['手机银行 App', '网上银行', '各营业网点柜面'],
  };
}
