/** Every write of the supervisor's approvals, one action per user operation (see ../../store/runAction.ts). */
export { decideOverride } from './decideOverride';
