/** 分案: the supervisor's writes (see ../../store/runAction.ts). */
export { assignCases, AssignCasesInput, type AssignCasesInputType } from './assignCases';
