/** Strings of My day's next action for every case (issue 16 §3). zh-CN is the source. */
const zhCN = {
  nextActions: {
    count: '在办案件 {{n}} 件，其中 {{proposed}} 件有规则此刻允许的下一步',
    cases: '{{n}} 件',
  },
};

const en: typeof zhCN = {
  nextActions: {
    count: '{{n}} open cases; {{proposed}} have a next step the rules allow',
    cases: '{{n}} cases',
  },
};

export const nextActionMessages = { 'zh-CN': zhCN, en };
