import type { Letterhead, LetterheadImage } from '../../../shared/publishedConfig';

/** The letterhead form's fields as typed (strings), and the payload they make. */
export interface LetterheadForm {
  bankName: string;
  branchName: string;
  address: string;
  postcode: string;
  phone: string;
  disputePhone: string;
  accountName: string;
  accountNumber: string;
  accountBank: string;
  channels: string;
  seal: LetterheadImage | null;
}

export const TEXT_FIELDS = ['bankName', 'branchName', 'address', 'postcode', 'phone', 'disputePhone', 'accountName', 'accountNumber', 'accountBank'] as const;

/** From what is in force, or, with nothing published, an empty form with the branch's name. */
export function formOf(current: Letterhead | undefined, branchName: string): LetterheadForm {
  if (!current) {
    return { bankName: '', branchName, address: '', postcode: '', phone: '', disputePhone: '', accountName: '', accountNumber: '', accountBank: '', channels: '', seal: null };
  }
  return {
    bankName: current.bankName,
    branchName: current.branchName,
    address: current.address,
    postcode: current.postcode,
    phone: current.phone,
    disputePhone: current.disputePhone,
    accountName: current.repayAccount.name,
    accountNumber: current.repayAccount.number,
    accountBank: current.repayAccount.bank,
    channels: current.repayChannels.join('\n'),
    seal: current.seal,
  };
}

export function payloadOf(f: LetterheadForm): unknown {
  return {
    bankName: f.bankName,
    branchName: f.branchName,
    address: f.address,
    postcode: f.postcode,
    phone: f.phone,
    disputePhone: f.disputePhone,
    repayAccount: { name: f.accountName, number: f.accountNumber, bank: f.accountBank },
    repayChannels: f.channels.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
    seal: f.seal,
  };
}

/** A schema path (repayAccount.number) as the form's field name (accountNumber). */
export function fieldOfPath(path: string): string {
  const account: Record<string, string> = { 'repayAccount.name': 'accountName', 'repayAccount.number': 'accountNumber', 'repayAccount.bank': 'accountBank' };
  if (account[path]) return account[path];
  if (path.startsWith('repayChannels')) return 'channels';
  if (path.startsWith('seal')) return 'seal';
  return path;
}
