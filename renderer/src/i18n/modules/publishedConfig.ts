import type { Shape } from './panels/shape';

/** Strings of the 配置 panel in Settings: what head office published and this device uses. zh-CN is the source. */
const zhCN = {
  publishedConfig: {
    title: '总行发布的配置',
    intro: '以下是本机正在使用的信头、节假日日历和限额及其版本；每次同步时更新。',
    demo: '演示数据库不连接总行：函件使用演示信头，日历和限额为内置值。',
    letterhead: '信头',
    letterheadOf: '{{branch}}：第 {{version}} 版（{{at}} 由 {{by}} 发布）',
    noLetterhead: '总行尚未发布本网点（{{branch}}）的信头：本机不能打印函件。',
    calendar: '节假日日历',
    calendarBuiltIn: '{{year}} 年：内置（{{version}}）',
    calendarPublished: '{{year}} 年：第 {{version}} 版 · {{title}}',
    calendarUncovered: '{{year}} 年起没有节假日安排：跨入这些年份的期限只按周末推算，并会提示人工核对。',
    rulePack: '规则包参数',
    rulePackParams: '{{pack}}：本网点参数第 {{version}} 版（联系时段、次数上限只能比规则包更严）',
    rulePackBuiltIn: '按规则包内置参数',
    limits: '限额',
    limitsBuiltIn: '内置值（总行尚未发布）',
    limitsPublished: '{{scope}} 第 {{version}} 版',
    bank: '全行',
    waiver: '减免审批线：{{amount}}',
    grace: '宽限天数：{{days}} 天',
    unmask: '明文显示时长：{{seconds}} 秒',
  },
};

const en: Shape<typeof zhCN> = {
  publishedConfig: {
    title: 'Configuration published by head office',
    intro: 'The letterhead, holiday calendar and limits this device uses, with their versions; updated at every sync.',
    demo: 'The demo store has no head office: letters use the demo letterhead, the calendar and limits are built in.',
    letterhead: 'Letterhead',
    letterheadOf: '{{branch}}: version {{version}} (published {{at}} by {{by}})',
    noLetterhead: 'Head office has not published the letterhead of your branch ({{branch}}): this device cannot print letters.',
    calendar: 'Holiday calendar',
    calendarBuiltIn: '{{year}}: built in ({{version}})',
    calendarPublished: '{{year}}: version {{version}} · {{title}}',
    calendarUncovered: 'No holidays are known from {{year}}: a deadline counted into those years skips weekends only and asks for a check by hand.',
    rulePack: 'Rule-pack parameters',
    rulePackParams: '{{pack}}: this branch’s parameters, version {{version}} (contact hours and caps only stricter than the pack)',
    rulePackBuiltIn: 'The pack’s own parameters',
    limits: 'Limits',
    limitsBuiltIn: 'Built in (head office has published none)',
    limitsPublished: '{{scope}} version {{version}}',
    bank: 'Whole bank',
    waiver: 'Waiver approval above: {{amount}}',
    grace: 'Grace days: {{days}}',
    unmask: 'Unmasked values shown for: {{seconds}} s',
  },
};

export const publishedConfigMessages = { 'zh-CN': zhCN, en };
