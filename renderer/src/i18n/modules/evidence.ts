/**
 * Strings of the evidence upload on the Sync screen (sync/evidence): what reached head office, what waits,
 * what head office refused and why. zh-CN is the source; `en` is typed against it.
 */
const zhCN = {
  evidenceSync: {
    title: '证据文件上传',
    never: '尚未上传过证据文件。',
    summary: '{{at}}：本次上传 {{uploaded}} 个，总行已确认 {{confirmed}} 个，待记录同步后上传 {{waiting}} 个，本机已清理 {{dropped}} 个旧副本。',
    failure: '证据文件上传中断：{{reason}}。已上传的部分会保留，下次同步从中断处继续。',
    problems: '总行拒收的文件：',
    keepNote: '总行确认收到且超过保留期的照片和函件，本机才会删除其副本；未确认的文件不会删除。',
    keepDays: '本机保留天数',
    keepDaysSaved: '已保存：保留 {{days}} 天',
    keepDaysInvalid: '请输入 {{min}} 到 {{max}} 之间的整数天数',
    refused: {
      hash_mismatch: '文件内容与其 SHA-256 不符（本机文件可能已损坏）',
      wrong_type: '不是 JPEG、PNG 或 PDF 文件',
      too_large: '文件超过总行允许的大小',
      not_registered: '总行尚无此文件的记录',
      out_of_scope: '该案件已不在您的权限范围内',
      other: '总行拒收',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  evidenceSync: {
    title: 'Evidence upload',
    never: 'No evidence files uploaded yet.',
    summary: '{{at}}: {{uploaded}} sent now, {{confirmed}} confirmed by head office, {{waiting}} waiting for their records to sync, {{dropped}} old local copies removed.',
    failure: 'The evidence upload stopped: {{reason}}. What arrived is kept; the next sync continues from there.',
    problems: 'Files head office refused:',
    keepNote: 'A photo or letter is removed from this device only after head office confirms it holds it and the keep period has passed; unconfirmed files are never removed.',
    keepDays: 'Days this device keeps them',
    keepDaysSaved: 'Saved: kept {{days}} days',
    keepDaysInvalid: 'Enter a whole number of days from {{min}} to {{max}}',
    refused: {
      hash_mismatch: 'the content does not match its SHA-256 (the local file may be damaged)',
      wrong_type: 'not a JPEG, PNG or PDF file',
      too_large: 'larger than head office allows',
      not_registered: 'head office has no record of this file yet',
      out_of_scope: 'the case is no longer yours',
      other: 'refused by head office',
    },
  },
};

export const evidenceMessages = { 'zh-CN': zhCN, en };
