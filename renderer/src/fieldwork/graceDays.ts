import { currentLimits } from '../config/configInForce';

/** Days after a due date before a promise or instalment counts as broken: head office's published limits (built in: 3). */
export const graceDays = (): number => currentLimits().graceDays;
