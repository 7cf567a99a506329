/** The writes of special-customer arrangements (特殊客户处置方案), one action per user operation. */
export { proposeArrangement } from './proposeArrangement';
export { decideArrangement } from './decideArrangement';
