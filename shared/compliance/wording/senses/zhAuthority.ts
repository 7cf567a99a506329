import type { Sense } from '../sense';
import { ZH_AUTHORITY, ZH_PERSON, ZH_POLICE, ZH_WE } from './zhTerms';

/** Posing as, or speaking for, the police, a court, a prosecutor or the government. */
export const ZH_IMPERSONATION: Sense = {
  id: 'zh.impersonation',
  language: 'zh',
  groups: {
    WE: ZH_WE,
    BE: ['是', '就是', '代表', '来自', '属于', '作为', '隶属'],
    HERE: ['这里是', '这边是', '此处是', '我这边是'],
    AUTHORITY: ZH_AUTHORITY,
    MANDATE: ['委托', '授权', '派', '指派', '安排', '让', '叫', '要求'],
    US: ['我们', '我行', '我司', '本行', '我', '催收员', '我方'],
    NAME: ['名义', '身份'],
  },
  patterns: [
    { seq: ['WE', 'BE', 'AUTHORITY'], gap: 8, head: 1 },
    { seq: ['HERE', 'AUTHORITY'], gap: 8 },
    { seq: ['AUTHORITY', 'MANDATE', 'US'], gap: 4, head: 1 },
    { seq: ['(?:受|替|帮)', 'AUTHORITY', '(?:委托|授权|指派|之托|办事|催收|来)'], gap: 4 },
    { seq: ['(?:以|用|冒用|借用)', 'AUTHORITY', 'NAME'], gap: 4 },
  ],
  examples: {
    flag: ['我是法院的，你再不还钱就麻烦了', '这里是北京市公安局，请配合调查', '法院已经委托我们来找你', '我们是受公安机关委托的', '今天以法院的名义正式通知你', '我就是派出所的民警', '我們是法院執行局的'],
    allow: ['我们是银行的工作人员，不是法院', '我们不是警察，也不代表法院', '如有疑问可向法院咨询', '我行已依法向法院提起诉讼', '请您不要相信自称是警察的陌生电话'],
  },
};

/** False claims about criminal consequences, or about what the police or a court are doing to the debtor. */
export const ZH_LEGAL_CONSEQUENCES: Sense = {
  id: 'zh.legalConsequences',
  language: 'zh',
  groups: {
    JAIL: ['坐牢', '判刑', '刑事拘留', '刑拘', '拘留', '逮捕', '通缉', '监狱', '牢房', '牢饭', '号子', '局子', '手铐', '案底', '劳改'],
    JAILVERB: ['抓(?:你|您|他|她)', '坐牢', '判刑', '刑拘', '拘留', '逮捕', '通缉', '抓起来', '抓走', '抓进去', '关起来', '关进去', '铐走', '带走', '蹲监狱', '进监狱', '吃牢饭', '蹲号子', '进局子', '留案底', '判你', '判几年', '坐几年'],
    POLICE: ZH_POLICE,
    COURT: ['法院', '法官', '法警', '检察院'],
    PERSON: ['(?:你|您|他|她|其|借款人|债务人)(?:本人)?'],
    ACT: ['抓', '找', '来找', '上门', '调查', '传唤', '拘', '铐', '立案', '介入', '出警', '带走', '盯上', '通缉', '找上门', '来抓'],
    CRIME: ['诈骗', '信用卡诈骗', '合同诈骗', '犯罪', '刑事(?:责任|案件|犯罪)', '刑事', '恶意透支罪', '拒不执行判决罪', '罪'],
    CLAIM: ['涉嫌', '构成', '属于', '已经是', '就是', '犯了?', '触犯', '追究', '定性为'],
  },
  variants: ['JAIL', 'JAILVERB'],
  patterns: [
    { seq: ['JAILVERB'], gap: 0 },
    { seq: ['JAIL'], gap: 0 },
    { seq: ['POLICE', 'ACT'], gap: 10, head: 1 },
    { seq: ['COURT', '(?:来)?(?:抓|拘|铐|带走|逮捕)'], gap: 8, head: 1 },
    { seq: ['PERSON', 'CLAIM', 'CRIME'], gap: 6, head: 1 },
    { seq: ['(?:涉嫌|触犯|追究|犯了)', 'CRIME'], gap: 6 },
    { seq: ['(?:影响|连累|耽误|害了?)', '(?:你|您|他|她)?(?:的)?(?:家的?)?(?:孩子|子女|小孩|儿子|女儿)'], gap: 4 },
    { seq: ['(?:孩子|子女|小孩|儿子|女儿)', '(?:不能|没法|无法|别想|不可以|上不了|考不了|当不了)', '(?:学|大学|学校|上学|考公|公务员|当兵|参军|政审|工作|编制|考研|出国)'], gap: 6, head: 1 },
  ],
  examples: {
    flag: ['不还钱就等着坐牢吧', '警察明天就来抓你', '可能会被刑事拘留', '派出所已经在调查你了', '经侦那边已经盯上他了', '你已经涉嫌信用卡诈骗', '法院会派人来把你带走', '你这样会影响孩子考公务员', '坐 牢', '等着zuolao吧', '你这是犯罪'],
    allow: ['逾期可能影响您的个人征信记录', '我行将依法向人民法院提起诉讼', '判决生效后我行可申请强制执行', '欠款纠纷属于民事纠纷，不会因此坐牢', '如遇诈骗电话请及时报警', '我们不会说您涉嫌犯罪'],
  },
};

/** Names for a debt that exist nowhere: 黑名单, 黑户, a credit record ruined for life. */
export const ZH_FAKE_BLACKLIST: Sense = {
  id: 'zh.fakeBlacklist',
  language: 'zh',
  groups: {
    LIST: ['黑名单', '黑户', '(?:拉入|列入|纳入|加入|进入|拉进|上|上了)(?:征信|银行|全国|金融|全网)?黑名单', '(?:征信|银行|全国|金融|全网)黑名单'],
    CREDIT: ['征信', '银行', '全国', '金融', '所有银行', '各大银行', '全网', '系统', '央行', '人民银行'],
    BLACK: ['拉黑', '封杀', '封号', '冻结终身', '永久(?:拉黑|封杀|冻结|记录|污点|黑)', '污点'],
    FOREVER: ['一辈子', '终身', '永远', '永久', '再也', '这辈子', '以后都', '一生'],
    CANNOT: ['(?:贷不了|借不了|办不了|批不了|用不了|不能|无法|没法|别想)(?:任何)?(?:款|贷款|卡|信用卡|房贷|车贷|借款|买房|买车|坐飞机|坐高铁)?'],
  },
  variants: ['LIST'],
  patterns: [
    { seq: ['LIST'], gap: 0 },
    { seq: ['CREDIT', 'BLACK'], gap: 6, head: 1 },
    { seq: ['FOREVER', 'CANNOT'], gap: 6, head: 1 },
  ],
  examples: {
    flag: ['逾期将被拉入黑名单', '马上会上征信黑名单', '你会被所有银行拉黑', '征信上会有永久污点', '这辈子都贷不了款', '黑 名 单', '黑名單', 'heimingdan', '你会变成hmd'],
    allow: ['逾期记录将按规定报送中国人民银行征信系统', '可能影响您的个人征信记录', '客户把我们的号码拉黑了', '并不存在所谓的征信黑名单', '结清后逾期记录保留五年'],
  },
};
