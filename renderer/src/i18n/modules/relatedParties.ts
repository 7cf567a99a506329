/**
 * Strings of correcting and retiring a person around the debtor (issue 16 §1: a wrong emergency contact is
 * corrected; a retired person is no longer contacted and keeps their history). zh-CN is the source.
 */
const zhCN = {
  relatedParty: {
    correct: '更正或停用',
    correctTitle: '更正或停用关系人：{{name}}',
    reason: '原因（至少 {{min}} 个字，如：号码属于他人）',
    saveCorrection: '保存更正',
    retireOnly: '仅停用，不再联系',
    cancel: '取消',
    retired: '已停用',
    retiredLine: '{{date}} 停用：{{reason}}',
    replacedBy: '已更正为 {{name}}',
    retiredList: '已停用的关系人（保留历史，不再联系）',
    error: {
      notFound: '本机没有这个关系人',
      alreadyRetired: '这个关系人已经停用',
      retiredContact: '这个关系人已停用，不能再联系；请选择更正后的关系人',
    },
  },
};

const en: typeof zhCN = {
  relatedParty: {
    correct: 'Correct or retire',
    correctTitle: 'Correct or retire: {{name}}',
    reason: 'Reason (at least {{min}} characters, e.g. the number is someone else’s)',
    saveCorrection: 'Save the correction',
    retireOnly: 'Retire only: no longer contact',
    cancel: 'Cancel',
    retired: 'Retired',
    retiredLine: 'Retired {{date}}: {{reason}}',
    replacedBy: 'Corrected as {{name}}',
    retiredList: 'Retired people (history kept, no longer contacted)',
    error: {
      notFound: 'This person is not on this device',
      alreadyRetired: 'This person is already retired',
      retiredContact: 'This person is retired and may no longer be contacted; choose the corrected person',
    },
  },
};

export const relatedPartyMessages = { 'zh-CN': zhCN, en };
