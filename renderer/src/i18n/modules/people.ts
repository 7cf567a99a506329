/** Strings of the password change and head office's remote wipe. zh-CN first; en mirrors its keys. */
const zhCN = {
  people: {
    password: {
      title: '修改密码',
      forcedTitle: '请先修改密码',
      forcedNote: '总行为您设置了临时密码。修改后才能开始工作和同步。',
      current: '当前密码',
      next: '新密码',
      repeat: '再次输入新密码',
      submit: '修改密码',
      busy: '正在修改…',
      changed: '密码已修改。本机的离线登录和解锁也已改用新密码。',
      mismatch: '两次输入的新密码不一致。',
      offline: '修改密码需要连接总行，请联网后再试。',
      onlineOnly: '修改密码需要联网登录：离线登录期间仍使用原密码，下次联网登录后可修改。',
      wrongCurrent: '当前密码不正确。',
      locked: '当前密码错误次数过多，账户已锁定，请稍后再试。',
      weak: '新密码不符合要求：{{rules}}',
      server: '总行未能修改密码（{{detail}}）。',
      rules: '密码要求：至少 10 个字符；包含小写字母、大写字母、数字、符号中的至少三类（或不少于 16 个字符的长口令）；不能包含工号；不能是常见密码；不能与当前密码相同。',
      signOut: '退出登录',
    },
    wipe: {
      title: '本设备已被总行远程擦除',
      body: '总行要求擦除本设备。本机的案件、记录、附件、已出具函件的 PDF、待上传的变更和加密密钥已全部删除。',
      incomplete: '部分本地数据未能删除（密钥也未能删除），请立即联系信息科技部门。',
      next: '如需继续使用本设备，请联系主管或总行。',
      continue: '返回登录页',
      refused: '总行已远程擦除本设备，本机数据已删除。',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  people: {
    password: {
      title: 'Change password',
      forcedTitle: 'Change your password first',
      forcedNote: 'Head office set a temporary password for you. Change it before you start work and sync.',
      current: 'Current password',
      next: 'New password',
      repeat: 'New password again',
      submit: 'Change password',
      busy: 'Changing…',
      changed: 'Your password has been changed. Offline sign-in and unlock on this device take the new one too.',
      mismatch: 'The two new passwords differ.',
      offline: 'Changing the password needs head office: try again when online.',
      onlineOnly: 'Changing the password needs an online sign-in: while signed in offline the old password still works here; change it after the next online sign-in.',
      wrongCurrent: 'The current password is wrong.',
      locked: 'Too many wrong current passwords: the account is locked for a while.',
      weak: 'The new password does not meet the policy: {{rules}}',
      server: 'Head office could not change the password ({{detail}}).',
      rules: 'A password has at least 10 characters; mixes at least 3 of lower case, upper case, digits and symbols (or is a passphrase of 16 characters or more); does not contain the user id; is not a common password; differs from the current one.',
      signOut: 'Sign out',
    },
    wipe: {
      title: 'Head office has wiped this device',
      body: 'Head office asked for this device to be wiped. Its cases, records, attachments, issued letters’ PDFs, changes not yet uploaded and its encryption key have all been deleted.',
      incomplete: 'Some local data could not be deleted (nor its key): contact IT at once.',
      next: 'To use this device again, ask your supervisor or head office.',
      continue: 'Back to sign-in',
      refused: 'Head office has wiped this device; its local data has been deleted.',
    },
  },
};

export const peopleMessages = { 'zh-CN': zhCN, en };
