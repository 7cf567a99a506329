import { maskCardNumber, maskIdNumber, maskName, maskPhone } from '../domain/masks';
import type { Role } from '../domain/staff';
import type { MaskKind, Pack, PersonalDataField, PersonalDataRule } from './packSchema';

/** The pack names masks as data; the masking itself is the domain's (shared/domain/masks). */
export function applyMask(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'phone_first3_last4':
      return maskPhone(value);
    case 'id_first6_last4':
      return maskIdNumber(value);
    case 'card_first6_last4':
      return maskCardNumber(value);
    case 'name_surname_only':
      return maskName(value);
    case 'none':
      return value;
  }
}

export function personalDataRule(pack: Pack, field: PersonalDataField): PersonalDataRule | undefined {
  return pack.personalData.find((r) => r.field === field);
}

/** A field's value as it may be shown on screen or written to an export; unlisted fields are shown as they are. */
export function maskField(pack: Pack, field: PersonalDataField, purpose: 'display' | 'export', value: string): string {
  const rule = personalDataRule(pack, field);
  if (!rule) return value;
  return applyMask(purpose === 'display' ? rule.displayMask : rule.exportMask, value);
}

/** Whether `role` may unmask the field (the caller logs it when the rule says so). */
export function mayUnmask(pack: Pack, field: PersonalDataField, role: Role): boolean {
  const rule = personalDataRule(pack, field);
  return rule === undefined || rule.unmaskRoles.includes(role);
}
