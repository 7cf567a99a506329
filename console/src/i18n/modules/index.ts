import audit from './audit';
import common from './common';
import config from './config';
import evidence from './evidence';
import people from './people';
import portfolio from './portfolio';
import reconciliation from './reconciliation';
import legal from './legal';

/** One module per capability (each a { 'zh-CN', en } pair); add yours to the list. */
export const MODULES: ReadonlyArray<{ 'zh-CN': object; en: object }> = [common, audit, config, evidence, people, portfolio, reconciliation, legal];
