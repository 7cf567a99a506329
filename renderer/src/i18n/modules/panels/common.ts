import type { Shape } from './shape';

/** Shared by the field-work panels: the generic refusal and money-entry strings. zh-CN is the source; `en` is typed against it so a missing key does not compile. */
const zhCN = {
  panels: {
    error: {
      invalid: '输入有误（{{field}}）：{{message}}',
      internal: '出错了：{{message}}',
      noStore: '本地案件库未打开',
      unknown: '操作未完成（{{code}}）',
    },
    money: {
      required: '请输入金额',
      positive: '金额须大于 0',
      negative: '金额不能为负数',
      not_integer: '金额须精确到分',
      too_large: '金额过大',
      invalid_format: '金额格式不正确，例如 12625.23',
      too_many_decimals: '金额最多两位小数（精确到分）',
    },
  },
};

const en: Shape<typeof zhCN> = {
  panels: {
    error: {
      invalid: 'Invalid input ({{field}}): {{message}}',
      internal: 'Something went wrong: {{message}}',
      noStore: 'The local store is not open',
      unknown: 'The action did not complete ({{code}})',
    },
    money: {
      required: 'Enter an amount',
      positive: 'The amount must be more than 0',
      negative: 'The amount cannot be negative',
      not_integer: 'The amount must be in whole fen',
      too_large: 'The amount is too large',
      invalid_format: 'Not an amount, e.g. 12625.23',
      too_many_decimals: 'At most two decimals (fen)',
    },
  },
};

export const commonPanelMessages = { 'zh-CN': zhCN, en };
