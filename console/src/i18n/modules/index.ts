import common from './common';
import audit from './audit';

/** One module per capability (each a { 'zh-CN', en } pair); add yours to the list. */
export const MODULES: ReadonlyArray<{ 'zh-CN': object; en: object }> = [common, audit];
