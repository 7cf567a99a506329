import audit from './audit';
import common from './common';
import conduct from './conduct';
import config from './config';
import evidence from './evidence';
import kpi from './kpi';
import kpiTargets from './kpiTargets';
import legal from './legal';
import legalCases from './legalCases';
import outsourcing from './outsourcing';
import outsourcingHandover from './outsourcingHandover';
import payments from './payments';
import people from './people';
import portfolio from './portfolio';
import reconciliation from './reconciliation';
import scripts from './scripts';
import segments from './segments';

/** One module per capability (each a { 'zh-CN', en } pair); add yours to the list. */
export const MODULES: ReadonlyArray<{ 'zh-CN': object; en: object }> = [
  common,
  audit,
  conduct,
  config,
  evidence,
  kpi,
  kpiTargets,
  legal,
  legalCases,
  outsourcing,
  outsourcingHandover,
  payments,
  people,
  portfolio,
  reconciliation,
  scripts,
  segments,
];
