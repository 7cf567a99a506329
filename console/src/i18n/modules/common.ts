/** The console's frame: sign-in, navigation, errors. zh-CN is the source; `en` is typed against it. */
const zhCN = {
  app: { title: '总行控制台', product: '清收工作台', language: 'English', signOut: '退出登录', readOnly: '只读：{{branch}} 网点', wholeBank: '全行' },
  nav: { home: '概览' },
  signIn: {
    title: '登录总行控制台',
    userId: '用户名',
    password: '密码',
    submit: '登录',
    busy: '正在登录…',
    expired: '登录已过期，请重新登录。',
    notConsoleUser: '控制台仅供总行管理员和网点主管使用。',
  },
  home: {
    title: '概览',
    welcome: '{{name}}，您好',
    scopeAll: '您可以查看并管理全行的数据。',
    scopeBranch: '您可以查看 {{branch}} 网点的数据（只读）。',
  },
  common: { loading: '正在读取…', retry: '重试', cancel: '取消', save: '保存', close: '关闭', download: '下载', none: '无', yes: '是', no: '否' },
  errors: {
    invalid_credentials: '用户名或密码错误。',
    locked: '密码错误次数过多，登录已锁定至 {{until}}。',
    rate_limited: '尝试过于频繁，请稍后再试。',
    offline: '无法连接总行服务，请检查网络。',
    timeout: '总行服务长时间没有响应，请稍后再试。',
    unauthorized: '请先登录。',
    token_expired: '登录已过期，请重新登录。',
    device_revoked: '此浏览器的登录已被停用，请重新登录。',
    not_console_user: '控制台仅供总行管理员和网点主管使用。',
    head_office_only: '只有总行管理员可以进行此操作。',
    other_branch: '该网点不在您的权限范围内。',
    bad_request: '提交的内容不正确：{{message}}',
    bad_answer: '总行的答复格式不正确：{{message}}',
    payload_too_large: '文件过大。',
    not_found: '未找到。',
    conflict: '与现有数据冲突：{{message}}',
    internal: '总行服务内部错误，已记录。',
    unknown: '操作失败（{{code}}）：{{message}}',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  app: { title: 'Head-office console', product: 'Recovery Desk', language: '中文', signOut: 'Sign out', readOnly: 'Read-only: branch {{branch}}', wholeBank: 'Whole bank' },
  nav: { home: 'Overview' },
  signIn: {
    title: 'Sign in to the head-office console',
    userId: 'User id',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    expired: 'Your sign-in has expired: please sign in again.',
    notConsoleUser: 'The console is for head-office admins and branch supervisors.',
  },
  home: {
    title: 'Overview',
    welcome: 'Hello, {{name}}',
    scopeAll: 'You can see and manage the whole bank.',
    scopeBranch: 'You can see branch {{branch}} (read-only).',
  },
  common: { loading: 'Loading…', retry: 'Retry', cancel: 'Cancel', save: 'Save', close: 'Close', download: 'Download', none: 'None', yes: 'Yes', no: 'No' },
  errors: {
    invalid_credentials: 'Wrong user id or password.',
    locked: 'Too many wrong passwords: sign-in is locked until {{until}}.',
    rate_limited: 'Too many attempts: please wait a little and try again.',
    offline: 'Head office cannot be reached: check the network.',
    timeout: 'Head office took too long to answer: please try again.',
    unauthorized: 'Please sign in first.',
    token_expired: 'Your sign-in has expired: please sign in again.',
    device_revoked: 'This browser’s sign-in was revoked: please sign in again.',
    not_console_user: 'The console is for head-office admins and branch supervisors.',
    head_office_only: 'Only a head-office admin may do this.',
    other_branch: 'That branch is outside what you may see.',
    bad_request: 'What was sent is not right: {{message}}',
    bad_answer: 'Head office answered in an unexpected form: {{message}}',
    payload_too_large: 'The file is too large.',
    not_found: 'Not found.',
    conflict: 'This conflicts with what is there: {{message}}',
    internal: 'Head office had an internal error; it has been logged.',
    unknown: 'It failed ({{code}}): {{message}}',
  },
};

export default { 'zh-CN': zhCN, en };
export type MessageShape<T> = Shape<T>;
