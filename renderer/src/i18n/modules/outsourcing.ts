import type { Shape } from './panels/shape';

/** Outsourcing from the app (issue 19 §5): proposals, their decision, the agencies' figures apart. zh-CN is the source; `en` is typed against it. */
const zhCN = {
  outsourcing: {
    heading: '委外催收',
    none: '尚无委外申请。',
    status: { proposed: '待主管审批', approved: '主管已同意，待出具告知函并由总行移交', rejected: '主管未同意', handedOver: '总行已据此移交' },
    handover: {
      given: '委外中：总行已于 {{at}} 将本案移交 {{agency}}',
      reason: '移交理由：{{reason}}',
      givenHint: '该机构负责电话、短信和电子邮件联系，外访和函件仍由本行人员办理；联系借款人前请先查看机构回传的联系记录，避免重复催收。',
      recalled: '总行已于 {{at}} 从 {{agency}} 收回本案：{{reason}}',
    },
    proposedBy: '{{maker}} 于 {{at}} 提出',
    decided: '主管 {{by}}：{{reason}}',
    nextStep: '下一步：在“函件”中向借款人出具《委外催收告知函》，总行在告知函登记后将案件移交机构。',
    decisionHint: '同意或不同意均须填写意见；申请人本人不能审批。',
    form: {
      open: '提出委外申请',
      title: '委外申请',
      agency: '委外机构',
      agencyOption: '{{name}}（合同至 {{until}}）',
      reason: '理由',
      reasonTooShort: '理由至少 {{min}} 个字',
      chooseAgency: '请选择委外机构',
      note: '机构名单由总行发布；主管同意后须先向借款人出具委外催收告知函，总行方可移交案件。',
      submit: '提交主管审批',
      noAgency: '总行尚未向本网点发布在合同期内的委外机构，暂不能提出委外申请。',
    },
    inbox: { title: '委外申请（{{count}}）' },
    letter: { noApproved: '本案没有主管已同意的委外申请：委外催收告知函须在委外申请获批后出具。' },
    kpi: {
      agencyRecovered: '委外机构回款（不计入网点及催收员）',
      agencyAttempts: '委外机构联系次数',
      agencyPromises: '委外机构承诺笔数',
      note: '委外机构回传的记录单独统计。',
    },
    error: {
      closed: '已结清或已结案的案件不能委外',
      agency: '所选机构不在总行发布的名单中，或不在合同期内',
      open_proposal: '本案已有待审批的委外申请',
      own_proposal: '不能审批自己提出的委外申请（经办与复核分离）',
      decided: '该委外申请已审批',
    },
  },
};

const en: Shape<typeof zhCN> = {
  outsourcing: {
    heading: 'Outsourced collection',
    none: 'No outsourcing proposal yet.',
    status: { proposed: 'Awaiting the supervisor', approved: 'Approved: notice letter, then head office hands the case over', rejected: 'Rejected by the supervisor', handedOver: 'Head office handed the case over on it' },
    handover: {
      given: 'With an agency: head office gave this case to {{agency}} on {{at}}',
      reason: 'Reason: {{reason}}',
      givenHint: 'The agency contacts the debtor by phone, SMS and e-mail; visits and letters stay with the bank’s staff. Check the contacts the agency reported before contacting the debtor, so the debtor is not chased twice.',
      recalled: 'Head office took this case back from {{agency}} on {{at}}: {{reason}}',
    },
    proposedBy: 'Proposed by {{maker}} at {{at}}',
    decided: 'Supervisor {{by}}: {{reason}}',
    nextStep: 'Next: issue the Notice of Outsourced Collection to the borrower under Letters; head office hands the case over once it is registered.',
    decisionHint: 'Approving or rejecting needs a note; the proposer cannot decide.',
    form: {
      open: 'Propose outsourcing',
      title: 'Outsourcing proposal',
      agency: 'Agency',
      agencyOption: '{{name}} (contract to {{until}})',
      reason: 'Reason',
      reasonTooShort: 'At least {{min}} characters',
      chooseAgency: 'Choose an agency',
      note: 'Head office publishes the agencies. Once approved, the borrower is sent the notice letter before head office hands the case over.',
      submit: 'Send for approval',
      noAgency: 'Head office has published no agency under contract for this branch: outsourcing cannot be proposed yet.',
    },
    inbox: { title: 'Outsourcing proposals ({{count}})' },
    letter: { noApproved: 'This case has no approved outsourcing proposal: the notice is issued once a proposal is approved.' },
    kpi: {
      agencyRecovered: 'Recovered by agencies (not the branch’s nor any collector’s)',
      agencyAttempts: 'Agency contacts',
      agencyPromises: 'Agency promises',
      note: 'Records from agencies’ results files are counted apart.',
    },
    error: {
      closed: 'A settled or closed case cannot be outsourced',
      agency: 'That agency is not on head office’s list or is outside its contract',
      open_proposal: 'This case already has an outsourcing proposal awaiting a decision',
      own_proposal: 'You cannot decide your own proposal (maker-checker)',
      decided: 'This proposal has already been decided',
    },
  },
};

export const outsourcingMessages = { 'zh-CN': zhCN, en };
