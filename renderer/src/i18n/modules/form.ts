/** The form kit's own words (renderer/src/ui/form): the people pickers. zh-CN first; en mirrors its keys. */
const zhCN = {
  form: {
    picked: '已选人员',
    removePerson: '移除 {{name}}',
    searchPeople: '输入姓名或工号筛选',
    noPeopleMatch: '没有符合的人员',
    searchPeopleFor: '在「{{field}}」中查找人员',
  },
};

const en: typeof zhCN = {
  form: {
    picked: 'Chosen',
    removePerson: 'Remove {{name}}',
    searchPeople: 'Type a name or staff id',
    noPeopleMatch: 'Nobody matches',
    searchPeopleFor: 'Find a person for “{{field}}”',
  },
};

export const formMessages = { 'zh-CN': zhCN, en };
