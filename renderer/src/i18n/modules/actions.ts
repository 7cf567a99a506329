/** Why an action refused, in the user's language (zh-CN first); keys under the capability the action belongs to. */
export const actionMessages = {
  'zh-CN': {
    fieldwork: {
      error: {
        no_case: '本机没有这个案件（可能已被收回），未保存',
        no_record: '找不到要修改的记录（可能已被同步替换），未保存',
        compliance_blocked: '合规规则不允许此次联系，未保存',
        wording_blocked: '备注含有禁止用语，未保存',
        override_required: '此次联系需要主管批准并填写原因，未保存',
        maker_mismatch: '方案的经办人必须是当前登录人',
        letter_voided: '该函件已作废',
        dispute_resolved: '该异议/投诉已处理完毕，不能再次处理',
      },
    },
    letters: {
      error: {
        number_taken: '函件编号已被本机另一份函件占用，请重新出具',
        number_gap: '本批函件编号不连续，未登记；请重新出具',
        volume_mismatch: '本批函件的分册与文件不符，未登记；请重新出具',
        not_this_device: '函件编号 {{number}} 不是本机的编号，未登记',
        held: '案件 {{caseNumber}} 有未解除的暂停事由（{{reason}}），规则 {{rule}} 不允许发函，未登记',
      },
    },
  },
  en: {
    fieldwork: {
      error: {
        no_case: 'This case is not on this device (it may have been taken back); nothing was saved',
        no_record: 'The record to change was not found (sync may have replaced it); nothing was saved',
        compliance_blocked: 'The compliance rules do not allow this contact; nothing was saved',
        wording_blocked: 'The note contains prohibited wording; nothing was saved',
        override_required: 'This contact needs a supervisor and a reason; nothing was saved',
        maker_mismatch: 'The maker of a plan must be the signed-in user',
        letter_voided: 'This letter is void',
        dispute_resolved: 'This dispute or complaint has already been resolved; it is resolved once',
      },
    },
    letters: {
      error: {
        number_taken: 'Another letter on this device took the number; issue it again',
        number_gap: 'The numbers of this batch do not follow each other; nothing was registered, run it again',
        volume_mismatch: 'The volumes of this batch do not match its files; nothing was registered, run it again',
        not_this_device: 'Letter number {{number}} is not this device’s; nothing was registered',
        held: 'Case {{caseNumber}} is held ({{reason}}): rule {{rule}} allows no letter; nothing was registered',
      },
    },
  },
};
