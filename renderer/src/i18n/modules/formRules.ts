/** What the form kit's shared checks say (renderer/src/ui/form/rules.ts), and labels for controls that had only a placeholder before. zh-CN first; en mirrors its keys. */
const zhCN = {
  formRule: {
    required: '请填写此项',
    tooLong: '最多 {{max}} 个字',
    dateInvalid: '请选择有效日期',
    dateInFuture: '日期不能晚于今天（{{max}}）',
    dateInPast: '日期不能早于今天（{{min}}）',
    invalid: '「{{field}}」填写有误',
    partyKind: '关系类型',
  },
};

const en: typeof zhCN = {
  formRule: {
    required: 'Fill this in',
    tooLong: 'At most {{max}} characters',
    dateInvalid: 'Choose a valid date',
    dateInFuture: 'The date cannot be after today ({{max}})',
    dateInPast: 'The date cannot be before today ({{min}})',
    invalid: '"{{field}}" is not valid',
    partyKind: 'Kind of person',
  },
};

export const formRuleMessages = { 'zh-CN': zhCN, en };
