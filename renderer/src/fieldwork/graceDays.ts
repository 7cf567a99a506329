/** Days after a due date before a promise or instalment counts as broken. Head office will publish it with the rule pack. */
export const GRACE_DAYS = 3;
