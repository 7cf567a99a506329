/**
 * Strings of permissions (what a role may not do, and why) and of unmasking personal data with a reason.
 * zh-CN is the source; `en` is typed against it so a missing key does not compile.
 */
const zhCN = {
  permissions: {
    action: {
      read_cases: '查看案件',
      log_contact: '登记催收记录',
      record_receipt: '开具收款收据',
      void_receipt: '作废收据',
      propose_plan: '提交还款计划',
      approve_plan: '审批还款计划',
      plan_visit: '安排外访',
      change_status: '变更案件状态',
      edit_contacts: '修改联系方式',
      attach_evidence: '添加附件',
      issue_letter: '出具函件',
      batch_print: '批量打印函件',
      register_delivery: '登记寄送与回执',
      unmask: '查看完整个人信息',
      export: '导出数据',
      assign_cases: '分配案件',
      revoke_device: '停用设备',
      resolve_dispute: '处理异议和投诉',
    },
    refused: {
      role: '{{role}}无权{{action}}。',
      not_your_case: '本案件未分配给您，不能{{action}}。',
      other_branch: '本案件属于其他网点，不能{{action}}。',
      own_plan: '不能审批自己提交的计划（双人复核）。',
      field: '{{role}}无权查看此项完整信息。',
    },
  },
  unmask: {
    show: '查看',
    showLabel: '查看完整{{field}}',
    field: { phone: '电话号码', id_number: '证件号码', address: '地址' },
    reasonLabel: '查看原因',
    reasons: {
      verify_identity: '核实客户身份',
      call_customer: '联系客户',
      field_visit: '外访',
      letter_delivery: '函件寄送',
      dispute_review: '处理异议或投诉',
    },
    pick: '请选择原因',
    detail: '说明（必填）',
    detailNeeded: '请填写说明',
    confirm: '确认查看',
    cancel: '取消',
    shownFor: '{{seconds}} 秒后自动隐藏',
    hide: '隐藏',
    logged: '查看已记录：操作人、时间、原因。',
    failed: '未能记录查看，信息保持隐藏：{{message}}',
  },
  exportAudit: {
    failed: '未能记录导出，已取消：{{message}}',
    outputFailed: '文件未能保存或打印：{{message}}。请检查磁盘空间或保存位置后重试。',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  permissions: {
    action: {
      read_cases: 'view cases',
      log_contact: 'log contacts',
      record_receipt: 'issue receipts',
      void_receipt: 'void receipts',
      propose_plan: 'propose repayment plans',
      approve_plan: 'approve repayment plans',
      plan_visit: 'plan field visits',
      change_status: 'change the case status',
      edit_contacts: 'change contact details',
      attach_evidence: 'add attachments',
      issue_letter: 'issue letters',
      batch_print: 'print letters in batches',
      register_delivery: 'register postings and receipts',
      unmask: 'see personal data in full',
      export: 'export data',
      assign_cases: 'assign cases',
      revoke_device: 'revoke devices',
      resolve_dispute: 'resolve disputes and complaints',
    },
    refused: {
      role: 'A {{role}} may not {{action}}.',
      not_your_case: 'This case is not assigned to you: you may not {{action}}.',
      other_branch: 'This case belongs to another branch: you may not {{action}}.',
      own_plan: 'You cannot approve a plan you proposed (maker-checker).',
      field: 'A {{role}} may not see this in full.',
    },
  },
  unmask: {
    show: 'Show',
    showLabel: 'Show the full {{field}}',
    field: { phone: 'phone number', id_number: 'ID number', address: 'address' },
    reasonLabel: 'Reason',
    reasons: {
      verify_identity: 'Verify the customer’s identity',
      call_customer: 'Call the customer',
      field_visit: 'Field visit',
      letter_delivery: 'Letter delivery',
      dispute_review: 'Dispute or complaint',
    },
    pick: 'Choose a reason',
    detail: 'Details (required)',
    detailNeeded: 'Enter the details',
    confirm: 'Show',
    cancel: 'Cancel',
    shownFor: 'Hidden again in {{seconds}} s',
    hide: 'Hide',
    logged: 'Recorded: who, when and why.',
    failed: 'Could not record the view; the data stays hidden: {{message}}',
  },
  exportAudit: {
    failed: 'Could not record the export, so it was cancelled: {{message}}',
    outputFailed: 'The file could not be saved or printed: {{message}}. Check the disk space or the folder and try again.',
  },
};

export const accessMessages = { 'zh-CN': zhCN, en };
export const UNMASK_REASONS = Object.keys(zhCN.unmask.reasons) as (keyof typeof zhCN.unmask.reasons)[];
