import { OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';

/**
 * Strings of supervisor overrides: the collector's request on the contact form, the supervisor approving on
 * the collector's device with their password, and the supervisor's inbox section. zh-CN is the source; `en`
 * is typed against it so a missing key does not compile.
 */
const zhCN = {
  overrides: {
    title: '主管特批',
    ruleName: { hold_other: '案件暂缓（其他原因）', fallback: '规则 {{id}}' },
    state: {
      none: '此次联系需主管特批：请先申请，由主管批准后才能保存。',
      requested: '已申请特批，等待主管审批（{{at}} 申请）',
      approved: '主管 {{by}} 已批准，有效至 {{until}}',
      rejected: '主管 {{by}} 已驳回：{{reason}}',
      expired: '上次批准已于 {{until}} 过期，请重新申请',
      used: '上次批准已用于一次联系，请重新申请',
      notYet: '批准自 {{from}} 起生效',
      how: { own_device: '（在主管本人设备上审批）', on_requesting_device: '（主管在本机输入密码审批）' },
    },
    request: {
      reason: `申请理由（至少 ${OVERRIDE_REASON_MIN_LENGTH} 个字）`,
      submit: '申请主管特批',
      sent: '已提交特批申请',
      tooShort: `申请理由至少 ${OVERRIDE_REASON_MIN_LENGTH} 个字`,
    },
    here: {
      open: '主管在本机审批',
      title: '主管在本机审批：请主管本人输入工号和密码',
      hint: '只有曾在本机登录过的主管可以在本机审批；密码在本机离线核验，连续输错会被锁定。',
      userId: '主管工号',
      password: '主管密码',
      approve: '批准',
      reject: '驳回',
      rejectReason: '驳回理由',
      cancel: '取消',
      done: '已记录主管的决定',
      unknown: '主管 {{id}} 从未在本机登录过，不能在本机审批：请主管先在本机登录一次，或在其本人设备上审批。',
      notSupervisor: '{{name}} 不是主管，不能审批特批。',
      invalid: '密码不正确，还可尝试 {{n}} 次。',
      locked: '输错次数过多，已锁定至 {{until}}。',
    },
    inbox: {
      title: '特批申请',
      empty: '本网点没有待审批的特批申请。',
      case: '案件',
      collector: '申请人',
      rules: '规则',
      reason: '理由',
      when: '申请时间',
      channel: '联系方式',
      validUntil: '有效至',
      approve: '批准',
      reject: '驳回',
      rejectReason: '驳回理由',
      decided: '已审批',
      elsewhere: '在催收员设备上以您的名义作出的决定',
      elsewhereRow: '{{case}}：{{decision}}（{{at}}）',
      decision: { approve: '批准', reject: '驳回' },
    },
    error: {
      not_needed: '此次联系不需要主管特批',
      pending: '已有一份等待审批的特批申请',
      decided: '该特批申请已经审批过，不能再次审批',
      proof_stale: '主管的密码核验已过期，请重新输入',
      reason_needed: '驳回必须填写理由',
    },
  },
  permissions: {
    action: { approve_override: '审批主管特批' },
    refused: { own_request: '不能审批自己提交的特批申请（双人复核）。' },
  },
};

const en: typeof zhCN = {
  overrides: {
    title: 'Supervisor override',
    ruleName: { hold_other: 'Case on hold (other reason)', fallback: 'Rule {{id}}' },
    state: {
      none: 'This contact needs a supervisor override: request one; it can be saved once a supervisor approves.',
      requested: 'Override requested, waiting for a supervisor (asked at {{at}})',
      approved: 'Approved by {{by}} until {{until}}',
      rejected: 'Rejected by {{by}}: {{reason}}',
      expired: 'The last approval ran out at {{until}}; request again',
      used: 'The last approval was used by a contact; request again',
      notYet: 'The approval starts at {{from}}',
      how: { own_device: '(approved on the supervisor’s own device)', on_requesting_device: '(the supervisor entered their password on this device)' },
    },
    request: {
      reason: `Why (at least ${OVERRIDE_REASON_MIN_LENGTH} characters)`,
      submit: 'Request an override',
      sent: 'Override requested',
      tooShort: `The reason needs at least ${OVERRIDE_REASON_MIN_LENGTH} characters`,
    },
    here: {
      open: 'Supervisor approves here',
      title: 'Supervisor approves here: the supervisor enters their own user id and password',
      hint: 'Only a supervisor who has signed in on this device before can approve here; the password is checked offline on this device, and repeated wrong passwords lock it.',
      userId: 'Supervisor’s user id',
      password: 'Supervisor’s password',
      approve: 'Approve',
      reject: 'Reject',
      rejectReason: 'Why it is rejected',
      cancel: 'Cancel',
      done: 'The supervisor’s decision is recorded',
      unknown: 'Supervisor {{id}} has never signed in on this device, so cannot approve here: sign in here once first, or approve on their own device.',
      notSupervisor: '{{name}} is not a supervisor and cannot approve overrides.',
      invalid: 'Wrong password; {{n}} attempts left.',
      locked: 'Too many wrong passwords; locked until {{until}}.',
    },
    inbox: {
      title: 'Override requests',
      empty: 'No override requests wait in this branch.',
      case: 'Case',
      collector: 'Asked by',
      rules: 'Rules',
      reason: 'Reason',
      when: 'Asked at',
      channel: 'Contact',
      validUntil: 'Valid until',
      approve: 'Approve',
      reject: 'Reject',
      rejectReason: 'Why it is rejected',
      decided: 'Decided',
      elsewhere: 'Decisions made in your name on a collector’s device',
      elsewhereRow: '{{case}}: {{decision}} ({{at}})',
      decision: { approve: 'approved', reject: 'rejected' },
    },
    error: {
      not_needed: 'This contact does not need a supervisor override',
      pending: 'An override request for it is already waiting',
      decided: 'This override request was already decided',
      proof_stale: 'The supervisor’s password check has expired; enter it again',
      reason_needed: 'A rejection needs a reason',
    },
  },
  permissions: {
    action: { approve_override: 'approve supervisor overrides' },
    refused: { own_request: 'You cannot decide your own override request (maker-checker).' },
  },
};

export const overrideMessages = { 'zh-CN': zhCN, en };
