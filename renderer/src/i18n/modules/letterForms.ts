/** Labels of the letter register's inline forms (renderer/src/letters/screens/LetterActions.tsx). zh-CN first. */
const zhCN = {
  letterForm: {
    method: '寄送方式',
    status: '寄送状态',
    signedOn: '签收日期',
    signer: '签收人',
  },
};

const en: typeof zhCN = {
  letterForm: {
    method: 'Sent by',
    status: 'Status',
    signedOn: 'Signed on',
    signer: 'Signed by',
  },
};

export const letterFormMessages = { 'zh-CN': zhCN, en };
