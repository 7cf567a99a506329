/** What the app says when a screen or the whole app fails to draw (app/ErrorBoundary). zh-CN first; en mirrors its keys. */
const zhCN = {
  errorBoundary: {
    screenTitle: '此页面出错，无法显示',
    appTitle: '清收工作台出错，无法继续显示',
    dataSafe: '本机保存的案件数据和待上传的变更都不受影响，不会丢失。',
    whatToDoScreen: '请点击“重新打开此页面”；如果仍然出错，可以先使用其他页面，并把出错时间告诉主管或信息科技部门。',
    whatToDoApp: '请点击“重新加载”；如果仍然出错，请关闭后重新打开本应用，并把出错时间告诉主管或信息科技部门。',
    retryScreen: '重新打开此页面',
    reloadApp: '重新加载',
    logged: '错误已记录在本机日志中。',
  },
};

const en: typeof zhCN = {
  errorBoundary: {
    screenTitle: 'This screen ran into an error and cannot be shown',
    appTitle: 'Recovery Desk ran into an error and cannot go on showing',
    dataSafe: 'The case data saved on this computer and the changes waiting to be uploaded are not affected and will not be lost.',
    whatToDoScreen: 'Click “Open this screen again”. If it fails again, use the other screens for now and tell your supervisor or IT the time it happened.',
    whatToDoApp: 'Click “Reload”. If it fails again, close the app and open it again, and tell your supervisor or IT the time it happened.',
    retryScreen: 'Open this screen again',
    reloadApp: 'Reload',
    logged: 'The error has been written to this computer’s log.',
  },
};

export const errorBoundaryMessages = { 'zh-CN': zhCN, en };
