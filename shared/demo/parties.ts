import type { Address, Party, PartyRole, Phone } from '../domain/case';
import { addressLine, type AddressKind, type Locality, pickLocality, pickLocalityNear } from './addresses';
import { beijingInstant } from './calendar';
import { ADDRESS_RETIRED_REASONS, landlineNumber, mobileNumber, PHONE_RETIRED_REASONS } from './phones';
import { makeResidentId } from './residentId';
import type { Rng } from './rng';

/**
 * One person on a case with the contact history a collector inherits: numbers and addresses from core
 * banking dated from when the account was opened, some retired since (空号, 已搬离), and for some
 * borrowers a number found later by skip tracing or given by the customer.
 */

export interface PartyContext {
  id: string;
  role: PartyRole;
  name: string;
  male: boolean;
  birthDay: number;
  guaranteeType: 'joint' | 'general' | null;
  /** Where the person lives; a spouse shares the borrower's home line. */
  home: Locality;
  homeLine?: string;
  /** When the bank first had these contacts (the account's opening). */
  contactsFromDay: number;
  caseCreatedDay: number;
  snapshotDay: number;
}

/** Branch hours for things people did; 06:00-06:29 for the nightly core-banking load. */
const officeMinute = (rng: Rng): number => rng.int(9 * 60, 17 * 60 + 59);

/** A day in [from, to], or null when the span is empty. */
function dayBetween(rng: Rng, from: number, to: number): number | null {
  return to >= from ? rng.int(from, to) : null;
}

/** Retired some time after it was added and before the snapshot day (so before the case's updatedAt). */
function retirement(rng: Rng, ctx: PartyContext, addedDay: number, reasons: readonly string[]) {
  const last = ctx.snapshotDay - 1;
  // Usually the collector found out after the case opened; sometimes core banking already knew.
  const from = rng.chance(0.7) ? Math.max(ctx.caseCreatedDay, addedDay + 1) : addedDay + 1;
  const day = dayBetween(rng, from, last) ?? dayBetween(rng, addedDay + 1, last);
  if (day === null) return { retiredAt: null, retiredReason: null };
  return { retiredAt: beijingInstant(day, officeMinute(rng)), retiredReason: rng.pick(reasons) };
}

function makePhones(rng: Rng, ctx: PartyContext, work: Locality | null): Phone[] {
  const count = ctx.role === 'borrower' ? rng.weighted([[1, 45], [2, 35], [3, 20]] as const) : rng.weighted([[1, 70], [2, 30]] as const);
  const phones: Phone[] = [];
  for (let k = 1; k <= count; k++) {
    const id = `${ctx.id.replace('demo-party-', 'demo-phone-')}-${k}`;
    let kind: Phone['kind'] = 'mobile';
    let number: string;
    if (k > 1 && rng.chance(0.3)) {
      kind = work && rng.chance(0.5) ? 'work' : 'home';
      number = landlineNumber(rng, (kind === 'work' && work ? work : ctx.home).phoneAreaCode);
    } else {
      number = mobileNumber(rng);
    }
    // The borrower's last number may have come later: from the customer, a collector or skip tracing.
    const laterDay = ctx.role === 'borrower' && k === count && k > 1 && rng.chance(0.35) ? dayBetween(rng, ctx.caseCreatedDay, ctx.snapshotDay - 1) : null;
    if (laterDay !== null) {
      const source = rng.weighted([['skip_trace', 40], ['collector', 35], ['customer', 25]] as const);
      phones.push({ id, number, kind, source, addedAt: beijingInstant(laterDay, officeMinute(rng)), retiredAt: null, retiredReason: null });
      continue;
    }
    const addedDay = ctx.contactsFromDay;
    const retired = rng.chance(0.2) ? retirement(rng, ctx, addedDay, PHONE_RETIRED_REASONS) : { retiredAt: null, retiredReason: null };
    phones.push({ id, number, kind, source: 'core_banking', addedAt: beijingInstant(addedDay, officeMinute(rng)), ...retired });
  }
  return phones;
}

function makeAddress(rng: Rng, ctx: PartyContext, k: number, kind: AddressKind, locality: Locality, line: string): Address {
  const retired = rng.chance(0.08) ? retirement(rng, ctx, ctx.contactsFromDay, ADDRESS_RETIRED_REASONS) : { retiredAt: null, retiredReason: null };
  return {
    id: `${ctx.id.replace('demo-party-', 'demo-addr-')}-${k}`,
    source: 'core_banking',
    addedAt: beijingInstant(ctx.contactsFromDay, officeMinute(rng)),
    ...retired,
    kind,
    province: locality.province,
    city: locality.city,
    district: locality.district,
    line,
    postcode: locality.postcode,
  };
}

export function makeParty(rng: Rng, ctx: PartyContext): Party {
  const addresses: Address[] = [makeAddress(rng, ctx, 1, 'home', ctx.home, ctx.homeLine ?? addressLine(rng, 'home', ctx.home))];
  let registered: Locality | null = null;
  let work: Locality | null = null;
  if (rng.chance(0.45)) {
    const kind = rng.weighted([['registered', 50], ['work', 35], ['mailing', 15]] as const);
    const locality =
      kind === 'registered' ? (rng.chance(0.4) ? ctx.home : pickLocality(rng)) : pickLocalityNear(rng, ctx.home.province, ctx.home.city);
    if (kind === 'registered') registered = locality;
    if (kind === 'work') work = locality;
    addresses.push(makeAddress(rng, ctx, 2, kind, locality, addressLine(rng, kind, locality)));
  }
  // The ID number starts with the district where the person was first registered.
  const origin = registered ?? (rng.chance(0.5) ? ctx.home : pickLocality(rng));
  return {
    id: ctx.id,
    role: ctx.role,
    name: ctx.name,
    idNumber: makeResidentId(rng, origin.districtCode, ctx.birthDay, ctx.male),
    guaranteeType: ctx.guaranteeType,
    phones: makePhones(rng, ctx, work),
    addresses,
  };
}
