/** What the form kit's shared checks say (renderer/src/ui/form/rules.ts), and labels for controls that had only a placeholder before. zh-CN first; en mirrors its keys. */
const zhCN = {
  formRule: {
    required: '请填写此项',
    tooLong: '最多 {{max}} 个字',
    tooShort: '至少 {{min}} 个字',
    dateInvalid: '请选择有效日期',
    dateInFuture: '日期不能晚于今天（{{max}}）',
    dateInPast: '日期不能早于今天（{{min}}）',
    invalid: '「{{field}}」填写有误',
    choosePerson: '请选择一名人员',
    timeInvalid: '请填写有效时间（时:分）',
    timePassed: '时间已过（现在 {{now}}），请选择今天稍后的时间',
    wholeNumber: '请填写 {{min}} 到 {{max}} 之间的整数',
    partyKind: '关系类型',
  },
};

const en: typeof zhCN = {
  formRule: {
    required: 'Fill this in',
    tooLong: 'At most {{max}} characters',
    tooShort: 'At least {{min}} characters',
    dateInvalid: 'Choose a valid date',
    dateInFuture: 'The date cannot be after today ({{max}})',
    dateInPast: 'The date cannot be before today ({{min}})',
    invalid: '"{{field}}" is not valid',
    choosePerson: 'Choose a person',
    timeInvalid: 'Enter a valid time (hh:mm)',
    timePassed: 'That time has passed (it is {{now}}); choose a later time today',
    wholeNumber: 'Enter a whole number from {{min}} to {{max}}',
    partyKind: 'Kind of person',
  },
};

export const formRuleMessages = { 'zh-CN': zhCN, en };
