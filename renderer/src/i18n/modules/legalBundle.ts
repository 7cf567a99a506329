import type { Shape } from './panels/shape';

/** The evidence bundle of a legal case and the suit on the deadlines card (issue 19 §3–§4). zh-CN is the source. */
const zhCN = {
  legalBundle: {
    title: '证据材料',
    build: '生成证据材料',
    building: '正在生成…',
    none: '尚未生成证据材料。',
    built: '{{at}} 生成，{{count}} 份材料，{{kb}} KB',
    pdf: '证据材料 PDF',
    open: '打开 PDF',
    seq: '序号',
    document: '材料',
    hashOf: { file: '文件', section: '本节数据' },
    kind: { contract_summary: '合同摘要', statement: '欠款明细', letter: '函件', receipt: '收据', acknowledgement: '回执' },
    uploaded: '已上传总行作为证据',
    waiting: '待同步上传总行',
    note: '索引列出每份材料的 SHA-256；当事人姓名、身份证号按起诉要求完整显示，电话号码遮蔽。',
    error: {
      no_case: '本机没有该案件',
      no_filing: '本机没有该诉讼案件的立案记录，请先同步',
      glyphs: '字体无法显示以下字符，不能生成：{{chars}}',
      render: '生成失败：{{message}}',
    },
  },
  limitationLawsuit: {
    suspended: '{{date}} 起诉（{{number}}）：诉讼时效中断，自程序终结时重新计算（《民法典》第195条）',
    restarted: '{{date}} 诉讼程序终结（{{number}}）：自该日重新计算三年，至 {{expiry}}',
  },
};

const en: Shape<typeof zhCN> = {
  legalBundle: {
    title: 'Evidence bundle',
    build: 'Build the evidence bundle',
    building: 'Building…',
    none: 'No evidence bundle yet.',
    built: 'Built {{at}}: {{count}} documents, {{kb}} KB',
    pdf: 'Evidence bundle PDF',
    open: 'Open PDF',
    seq: 'No.',
    document: 'Document',
    hashOf: { file: 'file', section: 'section data' },
    kind: { contract_summary: 'Contract summary', statement: 'Statement of amounts', letter: 'Letter', receipt: 'Receipt', acknowledgement: 'Return receipt' },
    uploaded: 'Uploaded to head office as evidence',
    waiting: 'Waiting for the sync to upload it',
    note: 'The index gives each document’s SHA-256; names and ID numbers are in full as a court filing needs them, phone numbers masked.',
    error: {
      no_case: 'This case is not on this device',
      no_filing: 'This device has no filing for the legal case: sync first',
      glyphs: 'The font cannot print these characters, so the bundle was not built: {{chars}}',
      render: 'The bundle could not be built: {{message}}',
    },
  },
  limitationLawsuit: {
    suspended: 'Sued on {{date}} ({{number}}): limitation interrupted; it starts again when the proceedings end (Civil Code art. 195)',
    restarted: 'Proceedings ended on {{date}} ({{number}}): the full three years run again, to {{expiry}}',
  },
};

export const legalBundleMessages = { 'zh-CN': zhCN, en };
