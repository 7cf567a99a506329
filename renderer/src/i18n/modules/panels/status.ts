import type { Shape } from './shape';

/** The case-status panel and its dispute form. zh-CN is the source; `en` is typed against it so a missing key does not compile. */
const zhCN = {
  panels: {
    status: {
      heading: '案件状态',
      change: '变更状态',
      allowedFrom: '当前为“{{from}}”，可变更为：{{allowed}}',
      nothing: '无',
      to: '变更为',
      choose: '请选择',
      chooseFirst: '请选择要变更的状态',
      allowedGroup: '可变更为',
      notAllowedGroup: '不可变更为',
      notAllowedOption: '{{status}}（不允许）',
      holdReason: '暂停原因',
      holdBecause: '暂停原因：{{reason}}',
      note: '说明（选填）',
      submit: '变更状态',
      refusedExplain: '“{{from}}”不能直接变更为“{{to}}”，只能变更为：{{allowed}}。',
      final: '案件已{{status}}，状态不能再变更。',
    },
    dispute: {
      new: '登记异议或投诉',
      kind: '类型',
      kinds: { dispute: '异议', complaint: '投诉' },
      description: '内容',
      descriptionRequired: '请填写异议或投诉的内容',
      descriptionTooLong: '内容不超过 {{max}} 字',
      putsOnHold: '登记后案件将暂停催收，直至处理完毕。',
      cannotHold: '案件当前为“{{status}}”，不能转为暂停；登记可能被拒绝，请联系主管。',
      submit: '登记',
      saved: '{{kind}}已登记，案件已暂停催收',
      list: '异议与投诉',
      none: '尚无异议或投诉',
      open: '处理中',
      resolved: '已处理',
      resolution: '处理结果：{{text}}',
    },
  },
};

const en: Shape<typeof zhCN> = {
  panels: {
    status: {
      heading: 'Case status',
      change: 'Change status',
      allowedFrom: 'Now “{{from}}”; it can move to: {{allowed}}',
      nothing: 'nothing',
      to: 'New status',
      choose: 'Choose…',
      chooseFirst: 'Choose the new status',
      allowedGroup: 'Allowed',
      notAllowedGroup: 'Not allowed',
      notAllowedOption: '{{status}} (not allowed)',
      holdReason: 'Hold reason',
      holdBecause: 'On hold: {{reason}}',
      note: 'Note (optional)',
      submit: 'Change status',
      refusedExplain: '“{{from}}” cannot move to “{{to}}”; it can move to: {{allowed}}.',
      final: 'The case is {{status}}; its status cannot change any more.',
    },
    dispute: {
      new: 'Record a dispute or complaint',
      kind: 'Kind',
      kinds: { dispute: 'Dispute', complaint: 'Complaint' },
      description: 'Description',
      descriptionRequired: 'Describe the dispute or complaint',
      descriptionTooLong: 'At most {{max}} characters',
      putsOnHold: 'Recording it puts the case on hold until it is resolved.',
      cannotHold: 'The case is “{{status}}” and cannot go on hold; recording may be refused, ask a supervisor.',
      submit: 'Record',
      saved: '{{kind}} recorded; the case is on hold',
      list: 'Disputes and complaints',
      none: 'No disputes or complaints',
      open: 'Open',
      resolved: 'Resolved',
      resolution: 'Resolution: {{text}}',
    },
  },
};

export const statusPanelMessages = { 'zh-CN': zhCN, en };
