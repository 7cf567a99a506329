import type { MessageShape } from './common';

/** The console's evidence pages: find a case, see its photos, scans and letters with their SHA-256. */
const zhCN = {
  nav: { evidence: '证据' },
  evidence: {
    title: '证据文件',
    branch: '{{branch}} 网点',
    lookup: {
      label: '案件编号或案件 ID',
      search: '查找',
      none: '未找到该案件（或不在您的权限范围内）。',
      hint: '输入案件编号或案件 ID，查看外访照片、签收单扫描件和已出具函件。',
    },
    case: {
      title: '案件 {{number}}（{{branch}} 网点）',
      counts: '共 {{total}} 个证据文件，总行已收到 {{held}} 个。',
      empty: '此案件尚无证据文件。',
    },
    kind: { attachment: '附件', letter: '函件 PDF', legal_bundle: '证据材料 PDF' },
    item: {
      status: '状态',
      verified: '已校验：内容与 SHA-256 一致',
      mismatch: '校验失败：收到的内容的 SHA-256 为 {{actual}}',
      held: '总行已收到（{{type}}）',
      notHeld: '设备尚未上传',
      openPdf: '打开 PDF',
      recorded: '记录',
      size: '大小',
      bytes: '{{kb}} KB',
    },
  },
  errors: {
    not_held: '总行尚未收到此文件：设备还没有上传。',
    evidence_corrupt: '总行保存的副本与其 SHA-256 不符，已拒绝显示，请联系管理员。',
  },
};

const en: MessageShape<typeof zhCN> = {
  nav: { evidence: 'Evidence' },
  evidence: {
    title: 'Evidence',
    branch: 'branch {{branch}}',
    lookup: {
      label: 'Case number or case id',
      search: 'Find',
      none: 'No such case (or it is outside what you may see).',
      hint: 'Type a case number or id to see its visit photos, signed slips and issued letters.',
    },
    case: {
      title: 'Case {{number}} (branch {{branch}})',
      counts: '{{total}} evidence files; head office holds {{held}}.',
      empty: 'This case has no evidence yet.',
    },
    kind: { attachment: 'Attachment', letter: 'Letter PDF', legal_bundle: 'Evidence bundle PDF' },
    item: {
      status: 'Status',
      verified: 'Verified: the content matches its SHA-256',
      mismatch: 'Check failed: the content received hashes to {{actual}}',
      held: 'Held at head office ({{type}})',
      notHeld: 'Not uploaded by the device yet',
      openPdf: 'Open PDF',
      recorded: 'Recorded',
      size: 'Size',
      bytes: '{{kb}} KB',
    },
  },
  errors: {
    not_held: 'Head office does not hold this file yet: the device has not uploaded it.',
    evidence_corrupt: 'Head office’s stored copy no longer matches its SHA-256; it is not shown. Tell an administrator.',
  },
};

export default { 'zh-CN': zhCN, en };
