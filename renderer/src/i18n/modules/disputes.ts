import type { Shape } from './panels/shape';

/** The supervisor's dispute inbox and My day's disputes due (issue 13 §5). zh-CN is the source; `en` is typed against it. */
const zhCN = {
  disputes: {
    inbox: {
      title: '异议与投诉待处理',
      subtitle: '本机已同步的本支行未结异议、投诉（截至上次同步），最急的在前。',
      empty: '没有未结的异议或投诉',
      loading: '正在读取…',
      case: '案件',
      kind: '类型',
      opened: '登记',
      openedBy: '{{when}}，{{who}}',
      openedByUnknown: '{{when}}',
      stage: '进度',
      deadline: '处理时限',
      actions: '操作',
      stages: { open: '待受理', under_review: '核查中' },
      reviewedBy: '{{who}} 于 {{when}} 受理',
      noDeadline: '规则包未规定时限',
      due: '{{date}} 前（{{days}} 个{{dayKind}}，规则 {{rule}}）',
      dayKinds: { calendar: '自然日', working: '工作日' },
      uncovered: '节假日历未覆盖 {{years}} 年，日期请人工核对',
      statuses: { open: '未到期', due_today: '今日到期', overdue: '已逾期', none: '', resolved: '按时处理', resolved_late: '逾期处理' },
      takeUp: '受理核查',
      taken: '已受理，案件仍暂停催收，直至处理完毕',
      resolve: '处理',
      hideResolve: '收起',
      openCase: '打开案件',
    },
    myDay: {
      title: '到期的异议与投诉',
      overdue: '{{kind}}（案件 {{caseNumber}}，{{name}}）应于 {{date}} 前处理，已逾期 {{days}} 天',
      dueToday: '{{kind}}（案件 {{caseNumber}}，{{name}}）今日（{{date}}）到期',
    },
  },
  fieldwork: {
    error: {
      dispute_reviewed: '该异议/投诉已被受理核查，不能重复受理',
    },
    // The contact log's callback time (issue 13 §7), merged into the fieldwork module's log keys.
    log: { nextActionTime: '约定时间（选填）' },
  },
  supervisorDay: {
    lostContact: { title: '本支行失联队列', count: '统计失联案件', counting: '正在统计…', open: '查看失联案件' },
  },
};

const en: Shape<typeof zhCN> = {
  disputes: {
    inbox: {
      title: 'Disputes and complaints to handle',
      subtitle: "The branch's unresolved disputes and complaints on this device (as of the last sync), most urgent first.",
      empty: 'No unresolved disputes or complaints',
      loading: 'Reading…',
      case: 'Case',
      kind: 'Kind',
      opened: 'Opened',
      openedBy: '{{when}}, {{who}}',
      openedByUnknown: '{{when}}',
      stage: 'Stage',
      deadline: 'Handle by',
      actions: 'Actions',
      stages: { open: 'Open', under_review: 'Under review' },
      reviewedBy: 'Taken up by {{who}} on {{when}}',
      noDeadline: 'The rule pack sets no time limit',
      due: 'By {{date}} ({{days}} {{dayKind}}, rule {{rule}})',
      dayKinds: { calendar: 'calendar days', working: 'working days' },
      uncovered: 'The holiday calendar does not cover {{years}}; check the date by hand',
      statuses: { open: 'Not yet due', due_today: 'Due today', overdue: 'Overdue', none: '', resolved: 'Handled in time', resolved_late: 'Handled late' },
      takeUp: 'Take up for review',
      taken: 'Taken up; the case stays on hold until it is resolved',
      resolve: 'Resolve',
      hideResolve: 'Close',
      openCase: 'Open case',
    },
    myDay: {
      title: 'Disputes and complaints due',
      overdue: '{{kind}} (case {{caseNumber}}, {{name}}) was due by {{date}}: {{days, unit(one: day; other: days)}} overdue',
      dueToday: '{{kind}} (case {{caseNumber}}, {{name}}) is due today ({{date}})',
    },
  },
  fieldwork: {
    error: {
      dispute_reviewed: 'This dispute or complaint has already been taken up for review',
    },
    log: { nextActionTime: 'Agreed time (optional)' },
  },
  supervisorDay: {
    lostContact: { title: "The branch's lost-contact queue", count: 'Count lost-contact cases', counting: 'Counting…', open: 'Show them' },
  },
};

export const disputeMessages = { 'zh-CN': zhCN, en };
