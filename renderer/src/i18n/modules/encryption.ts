/**
 * Strings for encryption at rest: why the store will not open without its key, and what the browser
 * preview cannot protect. `storeError.*` extends the store error screen's tree (it shows storeError.<failure>).
 */
const zhCN = {
  storeError: {
    key_unavailable: '无法取得本机的数据密钥，本地案件库未打开。桌面版需要操作系统的受保护密钥库（Windows/macOS 请登录本人账户；Linux 请在带密钥环的桌面会话中运行）。本地数据保持原样。',
    wrong_key: '本地案件库是用另一把数据密钥加密的（例如从别的电脑或别的账户复制而来），无法读取。数据保持原样，不会被删除；请联系总行重新配发设备。',
  },
  encryption: {
    title: '数据加密',
    osKeyStore: '身份证号、电话、地址、备注和附件在本机加密保存，密钥由操作系统的受保护密钥库保管。',
    browserPreview:
      '浏览器预览版不能保护本机上的数据：身份证号、电话、地址、备注和附件虽然加密保存，但密钥就存放在同一个浏览器配置文件中，能访问这台电脑上该配置文件的人都能读取。处理真实案件请使用桌面版。',
    statusBrowser: '预览版：本机数据未受保护',
    statusOs: '本机数据已加密',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  storeError: {
    key_unavailable:
      "This computer's data key could not be obtained, so the local case store was not opened. The desktop app needs the operating system's protected key store (on Windows and macOS sign in to your own account; on Linux run it in a desktop session with a keyring). The local data is left as it is.",
    wrong_key:
      'The local case store was encrypted with a different data key (copied from another computer or account, for instance) and cannot be read. It is left as it is and not deleted; ask head office to re-issue the device.',
  },
  encryption: {
    title: 'Data encryption',
    osKeyStore: "ID numbers, phones, addresses, notes and attachments are stored encrypted on this computer; the key is kept by the operating system's protected key store.",
    browserPreview:
      'The browser preview cannot protect data on this computer: ID numbers, phones, addresses, notes and attachments are stored encrypted, but the key sits in the same browser profile, so anyone with access to that profile on this computer can read them. Use the desktop app for real cases.',
    statusBrowser: 'Preview: local data not protected',
    statusOs: 'Local data encrypted',
  },
};

export const encryptionMessages = { 'zh-CN': zhCN, en };
