/**
 * Demo branches and collection officers. A branch's code is the GB/T 2260 code of its district, so its
 * customers can be placed nearby. Fixed lists, not generated, so screenshots and docs can name them.
 */

export interface DemoBranch {
  code: string;
  name: string;
  province: string;
  city: string;
  district: string;
}

export interface DemoOfficer {
  id: string;
  name: string;
  branchCode: string;
}

export const DEMO_BRANCHES: readonly DemoBranch[] = [
  { code: '310115', name: '上海浦东支行', province: '上海市', city: '上海市', district: '浦东新区' },
  { code: '110105', name: '北京朝阳支行', province: '北京市', city: '北京市', district: '朝阳区' },
  { code: '440106', name: '广州天河支行', province: '广东省', city: '广州市', district: '天河区' },
  { code: '330106', name: '杭州西湖支行', province: '浙江省', city: '杭州市', district: '西湖区' },
  { code: '510107', name: '成都武侯支行', province: '四川省', city: '成都市', district: '武侯区' },
];

const OFFICER_NAMES: Record<string, readonly string[]> = {
  '310115': ['陈静', '王磊', '张敏', '李俊'],
  '110105': ['刘洋', '赵丽', '孙伟', '周婷'],
  '440106': ['黄志强', '梁晓燕', '林俊杰', '何丽娟'],
  '330106': ['徐海涛', '沈佳怡', '朱建华', '吴雪梅'],
  '510107': ['杨帆', '罗红霞', '邓鹏飞', '谢雨涵'],
};

export const DEMO_OFFICERS: readonly DemoOfficer[] = DEMO_BRANCHES.flatMap((b) =>
  (OFFICER_NAMES[b.code] ?? []).map((name, i) => ({
    id: `demo-officer-${b.code}-${String(i + 1).padStart(2, '0')}`,
    name,
    branchCode: b.code,
  })),
);
