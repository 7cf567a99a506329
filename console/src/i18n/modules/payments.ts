/**
 * Issue 15 §1: core banking's repayment extract in the console. zh-CN is the source; `en` is typed against it.
 * The import's own messages (rejection reasons) come from shared/portfolio/importMessages.ts via the portfolio module.
 */
const zhCN = {
  nav: { paymentImports: '还款导入' },
  payments: {
    title: '核心系统还款导入',
    intro: '上传核心系统每日导出的还款流水（CSV：UTF-8 或 GB18030；或 XLSX）。每笔交易按流水号只导入一次，并同步到持有该案件的工作台；总行先试运行，核对无误后再应用。',
    counts: { toAdd: '将新增', new: '新增还款', unchanged: '已导入（重复）', rejected: '拒绝', updated: '更新', closed: '结清', closedDone: '已结清' },
    applied: '已应用：新增还款 {{new}} 笔，已导入过的 {{unchanged}} 笔未重复记录。',
    templateFile: '还款流水模板.csv',
  },
};

const en: typeof zhCN = {
  nav: { paymentImports: 'Payment imports' },
  payments: {
    title: 'Core-banking repayment import',
    intro: 'Upload the daily repayment file from core banking (CSV in UTF-8 or GB18030, or XLSX). Each transaction is imported once, by its reference, and reaches the devices holding its case. Head office runs it as a dry run first; apply it once it looks right.',
    counts: { toAdd: 'To add', new: 'New payments', unchanged: 'Already imported', rejected: 'Rejected', updated: 'Updated', closed: 'Closed', closedDone: 'Closed' },
    applied: 'Applied: {{new}} new payments; {{unchanged}} already imported were not recorded again.',
    templateFile: 'repayment-extract-template.csv',
  },
};

export default { 'zh-CN': zhCN, en };
