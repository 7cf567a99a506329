import type { MessageShape } from './common';

/** Handing over cases proposed and approved in the app (console/src/outsourcing/HandoverCard.tsx). zh-CN is the source; `en` is typed against it. */
const zhCN = {
  handover: {
    title: '待移交（网点已审批的委外申请）',
    none: '没有待移交的委外申请。',
    note: '网点催收员在工作台提出委外申请、主管同意，并向借款人出具《委外催收告知函》后，方可移交机构。',
    caseNumber: '案件编号',
    reason: '申请理由',
    proposed: '申请（经办·时间）',
    approved: '审批（主管·时间）',
    letter: '委外催收告知函',
    noLetter: '尚未登记',
    give: '移交机构',
    given: '已移交案件 {{caseNumber}}。',
    recovery: {
      title: '回款：网点自催与委外分列',
      month: '月份',
      branch: '网点',
      own: '网点自催回款',
      agency: '委外机构回款',
      attempts: '机构联系次数',
      promises: '机构承诺笔数',
      note: '按与工作台相同的口径计算；机构回传的还款与核心系统的同一笔入账只计一次，记为委外回款，不计入网点及催收员。',
    },
  },
  errors: {
    not_approved: '案件没有经网点主管同意的、委托该机构的委外申请，不能移交：{{message}}',
    no_notice_letter: '借款人的《委外催收告知函》尚未登记，不能移交：{{message}}',
    published_by_head_office: '委外机构名单由总行在新增或修改机构时自动发布，不能手工发布。',
  },
};

const en: MessageShape<typeof zhCN> = {
  handover: {
    title: 'Awaiting handover (approved in the branch)',
    none: 'No approved proposal is waiting.',
    note: 'A case is handed over once its collector proposed it in the app, the branch supervisor approved, and the borrower’s notice letter is registered.',
    caseNumber: 'Case',
    reason: 'Reason',
    proposed: 'Proposed (by · when)',
    approved: 'Approved (by · when)',
    letter: 'Notice letter',
    noLetter: 'not registered yet',
    give: 'Hand over',
    given: 'Case {{caseNumber}} handed over.',
    recovery: {
      title: 'Recovery: the branch’s own and agencies’ apart',
      month: 'Month',
      branch: 'Branch',
      own: 'Branch’s own',
      agency: 'By agencies',
      attempts: 'Agency contacts',
      promises: 'Agency promises',
      note: 'Computed as on the devices; an agency’s payment and core banking’s record of the same money count once, as the agency’s, never the branch’s or a collector’s.',
    },
  },
  errors: {
    not_approved: 'No outsourcing proposal for this agency approved by the branch supervisor: the case cannot be handed over. {{message}}',
    no_notice_letter: 'The borrower’s notice letter is not registered yet: the case cannot be handed over. {{message}}',
    published_by_head_office: 'The agency list is published by head office whenever an agency is added or edited; it cannot be published by hand.',
  },
};

export default { 'zh-CN': zhCN, en };
