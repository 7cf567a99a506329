import type { Shape } from './shape';

/** Contact repair (add or retire a phone or an address). zh-CN is the source; `en` is typed against it so a missing key does not compile. */
const zhCN = {
  panels: {
    contact: {
      lostContact: '失联',
      addPhone: '添加电话',
      addAddress: '添加地址',
      number: '电话号码',
      phoneRequired: '请输入电话号码',
      phoneInvalid: '电话号码只能包含数字、连字符和开头的 +，长度 5–20 位',
      phoneKind: '电话类型',
      source: '来源',
      addressKind: '地址类型',
      province: '省（自治区、直辖市）',
      city: '市',
      district: '区（县）',
      line: '详细地址',
      postcode: '邮政编码',
      required: '必填',
      postcodeInvalid: '邮政编码为 6 位数字',
      retire: '停用',
      retireLabel: '停用 {{what}}',
      retireReason: '停用原因',
      reasonTooShort: '停用原因至少 {{min}} 个字',
      confirmRetire: '确认停用',
    },
  },
};

const en: Shape<typeof zhCN> = {
  panels: {
    contact: {
      lostContact: 'Lost contact',
      addPhone: 'Add phone',
      addAddress: 'Add address',
      number: 'Phone number',
      phoneRequired: 'Enter the phone number',
      phoneInvalid: 'Digits and hyphens only (a leading + allowed), 5–20 long',
      phoneKind: 'Kind',
      source: 'Source',
      addressKind: 'Kind',
      province: 'Province',
      city: 'City',
      district: 'District',
      line: 'Street address',
      postcode: 'Postcode',
      required: 'Required',
      postcodeInvalid: 'The postcode is 6 digits',
      retire: 'Retire',
      retireLabel: 'Retire {{what}}',
      retireReason: 'Reason',
      reasonTooShort: 'The reason must be at least {{min}} characters',
      confirmRetire: 'Retire',
    },
  },
};

export const contactPanelMessages = { 'zh-CN': zhCN, en };
