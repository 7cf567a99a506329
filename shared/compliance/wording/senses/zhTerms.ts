/** Term groups the Chinese senses share (regular-expression sources over normalised, simplified text). */

/** Who is spoken to or about: second and third person, so 他的单位 counts as 你的单位. */
export const ZH_PERSON = ['(?:你|您|他|她|其|借款人|债务人|客户|持卡人|本人)(?:们)?(?:的)?(?:所在的?)?'];

/** The debtor's circle: workplace, family, neighbours, anyone who knows them. */
export const ZH_CIRCLE = [
  '工作单位', '单位', '公司', '领导', '上司', '上级', '老板', '同事', '人事部?', 'HR', '亲友', '亲戚', '朋友(?!圈)', '家人', '家属', '亲属', '妈妈?', '爸爸?', '母亲', '父亲', '哥哥?', '姐姐?', '弟弟?', '妹妹?', '爷爷', '奶奶', '岳父', '岳母', '公公', '婆婆', '家里人?', '全家',
  '邻居', '街坊', '邻里', '父母', '爸妈', '老人', '老婆', '老公', '配偶', '妻子', '丈夫', '爱人', '子女', '孩子', '儿子', '女儿', '小孩',
  '学校', '老师', '村委会?', '居委会', '村里人?', '全村', '小区(?:里的?人)?', '物业', '社区', '通讯录', '联系人', '紧急联系人', '周围的?人', '身边的?人',
  '所有人', '熟人', '圈子',
  // The wider circle: relatives by name, partners past and present, the people the debtor works or lives among.
  '好友', '闺蜜', '同学', '兄长', '兄弟', '姐妹', '表(?:哥|弟|姐|妹)', '堂(?:哥|弟|姐|妹)', '叔叔', '阿姨', '舅舅', '姑姑', '姨妈', '亲家', '前妻', '前夫', '男朋友', '女朋友', '对象',
  '生意伙伴', '合作伙伴', '合伙人', '村长', '村干部', '支书', '主任', '主管', '经理', '财务', '会计', '校长', '班主任', '房东',
];

/** We, the bank, the collector — or anyone speaking for us. */
export const ZH_WE = ['我们', '我行', '我司', '本行', '本公司', '银行', '催收(?:员|人员|公司)', '我方', '本人', '我', '俺', '咱们', '这边', '这里'];

/** Police, courts, prosecutors, government: what a collector must never claim to be or to act for. */
export const ZH_AUTHORITY = [
  '公安局?', '公安机关', '派出所', '警察', '警官', '民警', '刑警', '警方', '经侦', '特警', '网警', '法院', '法官', '法警', '检察院', '检察官', '政府',
  '(?:中国)?人民银行(?:征信中心)?', '征信中心', '央行', '银保监会?', '金融监管(?:局|总局)', '金融办', '(?:地方)?金融(?:监督)?管理局', '司法机关', '司法部门', '公检法', '执法人员', '执法部门', '执行局', '执行庭', '纪委', '监察委', '国家机关',
  '司法局', '司法所', '税务局', '税务稽查', '工商局', '市场监管局', '城管', '街道办(?:事处)?', '民政局', '国安', '国家安全局', '纪检', '海关', '出入境管理',
];

/** Police in particular: a civil debt is never their business. */
export const ZH_POLICE = ['刑侦(?:大队|支队)?', '公安局?', '公安机关', '派出所', '警察', '警官', '民警', '刑警', '警方', '经侦', '特警', '网警'];
