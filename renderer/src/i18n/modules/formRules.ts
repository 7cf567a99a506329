/** What the form kit's shared checks say (renderer/src/ui/form/rules.ts). zh-CN first; en mirrors its keys. */
const zhCN = {
  formRule: {
    required: '请填写此项',
    tooLong: '最多 {{max}} 个字',
    dateInvalid: '请选择有效日期',
    dateInFuture: '日期不能晚于今天（{{max}}）',
    dateInPast: '日期不能早于今天（{{min}}）',
  },
};

const en: typeof zhCN = {
  formRule: {
    required: 'Fill this in',
    tooLong: 'At most {{max}} characters',
    dateInvalid: 'Choose a valid date',
    dateInFuture: 'The date cannot be after today ({{max}})',
    dateInPast: 'The date cannot be before today ({{min}})',
  },
};

export const formRuleMessages = { 'zh-CN': zhCN, en };
