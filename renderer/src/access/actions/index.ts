/** Access events the screens record (unmask, export, print), one action per user operation. */
export { recordUnmask } from './recordUnmask';
export { recordFileAccess } from './recordFileAccess';
