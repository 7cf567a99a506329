/**
 * Strings of 分案 (assigning cases to collectors): the case list's selection, the dialog with its preview, the
 * action's refusals, and head office's refusals of an assignCase. zh-CN is the source; `en` is typed against it.
 */
const zhCN = {
  assignment: {
    open: '分案',
    openCount: '分案（已选 {{n}} 件）',
    selectRow: '选择案件 {{caseNumber}}',
    selectShown: '选择全部显示的案件',
    title: '分配案件',
    scope: '分配哪些案件',
    scopeSelected: '已选的 {{n}} 件',
    scopeNoneTicked: '已选的案件（尚未勾选）',
    scopeFiltered: '符合当前筛选的全部 {{n}} 件',
    method: '分配方式',
    manual: '全部分给一名催收员',
    rule: '按规则分配给本网点催收员',
    collector: '催收员',
    searchCollector: '按姓名或工号查找',
    noCollector: '本网点没有可分配的人员（同步后获取网点人员名单）',
    ruleKind: '规则',
    rules: { round_robin: '轮流分配', balance: '按金额均衡' },
    within: '分组',
    withins: { none: '不分组', bucket: '按账龄分组', district: '按区县分组' },
    preview: '预览',
    previewCollector: '人员',
    previewCount: '件数 前 → 后',
    previewAmount: '金额 前 → 后',
    moves: '将改派 {{n}} 件',
    nothingMoves: '所选案件已在目标人员名下，无需改派',
    reason: '分案原因',
    reasonHint: '必填，至少 {{min}} 个字，例如：离职交接、工作量平衡',
    confirm: '确认分案',
    cancel: '取消',
    working: '正在分案…',
    done: '已改派 {{n}} 件，同步后生效',
    districtUnknown: '（无地址）',
    error: {
      notAssignable: '案件 {{caseNumber}} 的目标人员不能持有案件（只能分给催收员或主管）。',
      otherBranch: '案件 {{caseNumber}} 不能分给其他网点的 {{name}}：分案只在本网点内进行。',
      tooShort: '请填写分案原因（至少 {{min}} 个字）。',
    },
  },
  syncUi: {
    rejectionOf: {
      assignCase: {
        conflict: '分案未生效：该案件已被他人改派',
        out_of_scope: '分案未生效：该案件已不属于本网点',
        invalid: '分案未生效：目标人员不属于该案件的网点，或不能持有案件',
        not_found: '分案未生效：总行没有这个案件',
        forbidden: '分案未生效：您无权分配案件',
      },
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  assignment: {
    open: 'Assign',
    openCount: 'Assign ({{n}} selected)',
    selectRow: 'Select case {{caseNumber}}',
    selectShown: 'Select every case shown',
    title: 'Assign cases',
    scope: 'Which cases',
    scopeSelected: 'The {{n}} selected',
    scopeNoneTicked: 'The ticked cases (none ticked yet)',
    scopeFiltered: 'All {{n}} that match the current filter',
    method: 'How',
    manual: 'All to one collector',
    rule: 'By a rule, among the branch’s collectors',
    collector: 'Collector',
    searchCollector: 'Find by name or staff id',
    noCollector: 'No one in the branch to assign to (the branch’s staff come with a sync)',
    ruleKind: 'Rule',
    rules: { round_robin: 'Round robin', balance: 'Even amounts' },
    within: 'Grouping',
    withins: { none: 'No grouping', bucket: 'Within each bucket', district: 'Within each district' },
    preview: 'Preview',
    previewCollector: 'Staff',
    previewCount: 'Cases before → after',
    previewAmount: 'Amount before → after',
    moves: '{{n, unit(one: case changes hands; other: cases change hands)}}',
    nothingMoves: 'The cases are already with their proposed collectors: nothing to move',
    reason: 'Reason',
    reasonHint: 'Required, at least {{min}} characters, e.g. a collector leaving, balancing the workload',
    confirm: 'Assign',
    cancel: 'Cancel',
    working: 'Assigning…',
    done: '{{n, unit(one: case; other: cases)}} reassigned; head office takes them at the next sync',
    districtUnknown: '(no address)',
    error: {
      notAssignable: 'Case {{caseNumber}}: the person chosen cannot hold cases (only a collector or a supervisor can).',
      otherBranch: 'Case {{caseNumber}} cannot go to {{name}} of another branch: cases are assigned within their branch.',
      tooShort: 'Give a reason for the assignment (at least {{min}} characters).',
    },
  },
  syncUi: {
    rejectionOf: {
      assignCase: {
        conflict: 'Not assigned: someone else reassigned the case first',
        out_of_scope: 'Not assigned: the case is no longer in your branch',
        invalid: 'Not assigned: the person chosen is not of the case’s branch, or cannot hold cases',
        not_found: 'Not assigned: head office has no such case',
        forbidden: 'Not assigned: you may not assign cases',
      },
    },
  },
};

export const assignmentMessages = { 'zh-CN': zhCN, en };
