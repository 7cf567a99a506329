import type { MessageShape } from './common';

/** 话术库 (call scripts) in the console. zh-CN is the source; `en` is typed against it. */
const zhCN = {
  nav: { scripts: '话术库' },
  scripts: {
    title: '话术库',
    intro: '各客群、各通话阶段的话术和常见推脱的应答（中英文），发布后全行设备下次同步时使用。发布前总行按各网点所用规则包的用语检查逐条核对：含禁止用语的话术库不予发布。花括号中的占位符在通话时按案件填入（如 {{example}}），个人信息按规则包遮蔽。',
    builtIn: '总行尚未发布：设备使用内置话术库，下面从内置话术库开始编辑。',
    discard: '放弃修改',
    excuses: '常见推脱与应答',
    col: { segment: '客群', stage: '阶段', excuse: '客户说' },
    refused: '总行拒绝发布：{{count}} 处禁止用语。请修改以下话术后重新发布。',
    finding: '{{item}}（{{language}}）：“{{phrase}}” — {{category}}，规则 {{rule}}（{{pack}}）',
    stages: { opening: '开场', verification: '身份核实', reason_finding: '了解原因', negotiation: '协商还款', promise_confirmation: '确认承诺', closing: '结束' },
    segments: { general: '通用', able_willing: '有能力有意愿', able_unwilling: '有能力无意愿', unable_willing: '无能力有意愿', unable_unwilling: '无能力无意愿', lost_contact: '失联', suspected_evasion: '疑似恶意逃废', unknown: '尚未了解' },
    categories: {
      impersonation: '冒充公检法或政府',
      threat_insult: '威胁或侮辱',
      fake_blacklist: '虚构黑名单或失信后果',
      legal_consequences: '虚构刑事后果',
      extra_fees: '额外收费',
      borrow_to_repay: '诱导借贷还款',
      disclosure_to_others: '向他人透露欠款',
      public_posting: '公开曝光',
      statute_barred_court_threat: '对已过诉讼时效债务以诉讼相威胁',
    },
  },
  errors: { script_wording: '话术含禁止用语，未发布：{{message}}' },
};

const en: MessageShape<typeof zhCN> = {
  nav: { scripts: 'Call scripts' },
  scripts: {
    title: 'Call scripts',
    intro: 'Scripts for each customer segment and stage of a call, and answers to common excuses (Chinese and English); devices use a published version from their next sync. Before publishing, head office checks every text against the wording rules of each pack the branches use: a library with prohibited wording is not published. Placeholders in braces are filled from the case during the call (such as {{example}}), personal data masked as the pack says.',
    builtIn: 'Nothing published yet: devices use the built-in library, which the editor below starts from.',
    discard: 'Discard changes',
    excuses: 'Common excuses and answers',
    col: { segment: 'Segment', stage: 'Stage', excuse: 'Customer says' },
    refused: 'Head office refused to publish: {{count}} prohibited phrase(s). Change these scripts and publish again.',
    finding: '{{item}} ({{language}}): “{{phrase}}” — {{category}}, rule {{rule}} ({{pack}})',
    stages: { opening: 'Opening', verification: 'Verification', reason_finding: 'Finding the reason', negotiation: 'Negotiation', promise_confirmation: 'Confirming the promise', closing: 'Closing' },
    segments: { general: 'General', able_willing: 'Able and willing', able_unwilling: 'Able, unwilling', unable_willing: 'Unable, willing', unable_unwilling: 'Unable and unwilling', lost_contact: 'Lost contact', suspected_evasion: 'Suspected deliberate evasion', unknown: 'Not yet known' },
    categories: {
      impersonation: 'impersonating police, courts or government',
      threat_insult: 'threat or insult',
      fake_blacklist: 'invented blacklist',
      legal_consequences: 'invented criminal consequences',
      extra_fees: 'extra fees',
      borrow_to_repay: 'urging borrowing to repay',
      disclosure_to_others: 'telling others about the debt',
      public_posting: 'public shaming',
      statute_barred_court_threat: 'threatening court over a statute-barred debt',
    },
  },
  errors: { script_wording: 'The scripts contain prohibited wording and were not published: {{message}}' },
};

export default { 'zh-CN': zhCN, en };
