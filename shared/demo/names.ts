import { type Rng, WeightedTable } from './rng';

/**
 * Chinese personal names that look like a real loan book, including the awkward ones a name field must
 * survive: compound surnames, minority names with a middle dot, and characters outside the BMP (𠮷, two
 * UTF-16 code units) or in CJK Extension A (䶮), which older fonts, GBK exports and naive `.length` masking
 * get wrong.
 */

/** Single surnames with weights roughly per ten thousand people (national census figures, rounded). */
const SURNAMES = new WeightedTable<string>([
  ['王', 712], ['李', 700], ['张', 670], ['刘', 540], ['陈', 460], ['杨', 310], ['黄', 240], ['赵', 220],
  ['吴', 200], ['周', 190], ['徐', 150], ['孙', 150], ['马', 130], ['朱', 130], ['胡', 120], ['郭', 120],
  ['何', 110], ['高', 110], ['林', 100], ['罗', 90], ['郑', 90], ['梁', 90], ['谢', 70], ['宋', 70],
  ['唐', 70], ['许', 60], ['韩', 60], ['冯', 60], ['邓', 60], ['曹', 60], ['彭', 50], ['曾', 50],
  ['肖', 50], ['田', 50], ['董', 50], ['袁', 40], ['潘', 40], ['于', 40], ['蒋', 40], ['蔡', 40],
  ['余', 40], ['杜', 40], ['叶', 40], ['程', 40], ['苏', 30], ['魏', 30], ['吕', 30], ['丁', 30],
  ['任', 30], ['沈', 30], ['姚', 30], ['卢', 30], ['姜', 30], ['崔', 30], ['钟', 30], ['谭', 30],
  ['陆', 30], ['汪', 30], ['范', 30], ['金', 30], ['石', 30], ['廖', 30], ['贾', 30], ['夏', 30],
  ['韦', 30], ['付', 30], ['方', 30], ['白', 20], ['邹', 20], ['孟', 20], ['熊', 20], ['秦', 20],
  ['邱', 20], ['江', 20], ['尹', 20], ['薛', 20], ['闫', 20], ['段', 20], ['雷', 20], ['侯', 20],
  ['龙', 20], ['史', 20], ['陶', 20], ['黎', 20], ['贺', 20], ['顾', 20], ['毛', 20], ['郝', 20],
  ['龚', 20], ['邵', 20], ['万', 20], ['钱', 20], ['严', 20], ['覃', 15], ['武', 15], ['戴', 15],
  ['莫', 15], ['孔', 15], ['向', 15], ['汤', 15], ['常', 10], ['温', 10], ['康', 10], ['施', 10],
  ['文', 10], ['牛', 10], ['樊', 10], ['葛', 10], ['邢', 10], ['安', 10], ['齐', 10], ['易', 10],
  ['乔', 10], ['伍', 10], ['庞', 10], ['颜', 10], ['倪', 10], ['庄', 10], ['聂', 10], ['章', 10],
]);

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文',
  '夏侯', '司徒', '轩辕', '端木', '南宫', '独孤', '澹台', '呼延',
] as const;

/** 𠮷 (U+20BB7), a variant of 吉 used as a surname: outside the BMP. */
export const RARE_SURNAMES = ['𠮷'] as const;
/** 䶮 (U+4DAE, as in 刘䶮) and 㛃 (U+36C3) are in Extension A; 𬱖 (U+2CC56) is outside the BMP. */
export const RARE_GIVEN_CHARS = ['䶮', '㛃', '𬱖'] as const;

/** Whole given names people really have, two characters. */
const GIVEN2_MALE = [
  '建国', '志强', '俊杰', '子轩', '浩然', '宇轩', '明辉', '国强', '建华', '海涛', '文博', '晓东', '志明',
  '建军', '伟东', '永刚', '德华', '家豪', '思远', '天宇', '振华', '立新', '红兵', '国庆', '鹏飞', '嘉豪',
  '文杰', '俊熙', '一鸣', '卫东', '光明', '少华', '长江', '宏伟', '云飞', '成龙', '晓峰', '春生', '金宝',
];
const GIVEN2_FEMALE = [
  '秀英', '桂英', '丽娟', '晓燕', '婷婷', '静怡', '雨涵', '欣怡', '佳怡', '梦琪', '秀兰', '玉兰', '海燕',
  '春梅', '丽华', '淑珍', '美玲', '雪梅', '红霞', '晓丽', '思琪', '诗涵', '子涵', '慧敏', '凤英', '玉梅',
  '晓红', '丽萍', '雅婷', '嘉欣', '小燕', '翠花', '秋菊', '月娥', '巧玲', '冬梅', '金凤', '彩霞', '莉莉',
];
/** Single characters, used alone (张伟) or paired at random (张伟杰). */
const GIVEN1_MALE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波',
  '宇', '浩', '凯', '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '阳', '峰', '亮', '成', '博', '晨', '昊',
  '睿', '泽', '鸿', '海', '东', '兵', '锋', '坤', '堃', '喆', '彬', '毅', '翔', '晖',
];
const GIVEN1_FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '玲', '英', '燕', '萍', '红', '琳', '婷', '雪', '倩', '颖',
  '洁', '梅', '琴', '慧', '佳', '欣', '怡', '悦', '涵', '璐', '晶', '丹', '妍', '蕾', '薇', '月', '莉', '瑶',
  '彤', '雯', '琪', '媛',
];

/** Uyghur and other minority names are written with a middle dot on ID cards. */
const DOTTED_MALE = ['买买提·艾力', '阿不都热合曼·买买提', '艾尔肯·吾斯曼', '扎西·多吉'];
const DOTTED_FEMALE = ['古丽娜尔·吐尔逊', '热依拉·阿不都拉', '帕提古丽·艾买提', '阿依古丽·努尔'];

/** Rates per name. ~2.5 names per case, so in 1,000 cases each rare kind is expected about 10 times. */
const RATE_RARE_SURNAME = 0.004;
const RATE_RARE_GIVEN = 0.004;
const RATE_COMPOUND = 0.012;
const RATE_DOTTED = 0.003;

export function pickSurname(rng: Rng): string {
  const r = rng.next();
  if (r < RATE_RARE_SURNAME) return rng.pick(RARE_SURNAMES);
  if (r < RATE_RARE_SURNAME + RATE_COMPOUND) return rng.pick(COMPOUND_SURNAMES);
  return SURNAMES.pick(rng);
}

export function pickGivenName(rng: Rng, male: boolean): string {
  const singles = male ? GIVEN1_MALE : GIVEN1_FEMALE;
  if (rng.chance(RATE_RARE_GIVEN)) {
    const rare = rng.pick(RARE_GIVEN_CHARS);
    return rng.chance(0.5) ? rare : rare + rng.pick(singles);
  }
  const r = rng.next();
  if (r < 0.3) return rng.pick(singles);
  if (r < 0.8) return rng.pick(male ? GIVEN2_MALE : GIVEN2_FEMALE);
  return rng.pick(singles) + rng.pick(singles);
}

/** A full name; `surname` forces a family name (a father who pledges his flat for his son's mortgage). */
export function pickFullName(rng: Rng, male: boolean, surname?: string): string {
  if (surname === undefined && rng.chance(RATE_DOTTED)) return rng.pick(male ? DOTTED_MALE : DOTTED_FEMALE);
  return (surname ?? pickSurname(rng)) + pickGivenName(rng, male);
}

/** The family name of a generated name; undefined for dotted names, which have none to inherit. */
export function surnameOf(name: string): string | undefined {
  if (name.includes('·')) return undefined;
  for (const s of COMPOUND_SURNAMES) if (name.startsWith(s)) return s;
  return String.fromCodePoint(name.codePointAt(0) as number);
}
