import { type Rng, WeightedTable } from './rng';

/**
 * Real provinces, cities and districts with their GB/T 2260 district codes (which also start ID numbers),
 * plausible postcodes (the first two digits are the province's real postal prefix) and phone area codes.
 * Street lines are invented from street and estate names common to most Chinese cities.
 */

export interface Locality {
  province: string;
  city: string;
  district: string;
  /** GB/T 2260 code of the district, the first 6 digits of a resident ID number registered there. */
  districtCode: string;
  postcode: string;
  /** Long-distance prefix for landlines, e.g. 021. */
  phoneAreaCode: string;
}

type District = readonly [name: string, code: string, postcode: string];
type City = readonly [name: string, phoneAreaCode: string, districts: readonly District[]];
/** weight: population in millions (2020 census, rounded), for where people are registered. */
type Province = readonly [name: string, weight: number, cities: readonly City[]];

const PROVINCES: readonly Province[] = [
  ['北京市', 22, [['北京市', '010', [['东城区', '110101', '100010'], ['西城区', '110102', '100032'], ['朝阳区', '110105', '100020'], ['丰台区', '110106', '100071'], ['海淀区', '110108', '100080']]]]],
  ['天津市', 14, [['天津市', '022', [['和平区', '120101', '300041'], ['河西区', '120103', '300202'], ['南开区', '120104', '300100']]]]],
  ['河北省', 75, [['石家庄市', '0311', [['长安区', '130102', '050011'], ['桥西区', '130104', '050051']]]]],
  ['山西省', 35, [['太原市', '0351', [['小店区', '140105', '030032'], ['迎泽区', '140106', '030024']]]]],
  ['内蒙古自治区', 24, [['呼和浩特市', '0471', [['新城区', '150102', '010010'], ['赛罕区', '150105', '010020']]]]],
  ['辽宁省', 43, [
    ['沈阳市', '024', [['和平区', '210102', '110001'], ['沈河区', '210103', '110011']]],
    ['大连市', '0411', [['中山区', '210202', '116001'], ['沙河口区', '210204', '116021']]],
  ]],
  ['吉林省', 24, [['长春市', '0431', [['南关区', '220102', '130022'], ['朝阳区', '220104', '130012']]]]],
  ['黑龙江省', 31, [['哈尔滨市', '0451', [['道里区', '230102', '150010'], ['南岗区', '230103', '150001']]]]],
  ['上海市', 25, [['上海市', '021', [['黄浦区', '310101', '200001'], ['徐汇区', '310104', '200030'], ['静安区', '310106', '200040'], ['闵行区', '310112', '201100'], ['浦东新区', '310115', '200120']]]]],
  ['江苏省', 85, [
    ['南京市', '025', [['玄武区', '320102', '210018'], ['建邺区', '320105', '210019'], ['鼓楼区', '320106', '210009'], ['江宁区', '320115', '211100']]],
    ['无锡市', '0510', [['梁溪区', '320213', '214000']]],
    ['苏州市', '0512', [['虎丘区', '320505', '215011'], ['吴中区', '320506', '215100'], ['姑苏区', '320508', '215000']]],
  ]],
  ['浙江省', 65, [
    ['杭州市', '0571', [['上城区', '330102', '310002'], ['拱墅区', '330105', '310011'], ['西湖区', '330106', '310013'], ['滨江区', '330108', '310051']]],
    ['宁波市', '0574', [['海曙区', '330203', '315000'], ['鄞州区', '330212', '315100']]],
    ['温州市', '0577', [['鹿城区', '330302', '325000']]],
  ]],
  ['安徽省', 61, [['合肥市', '0551', [['庐阳区', '340103', '230001'], ['蜀山区', '340104', '230031'], ['包河区', '340111', '230041']]]]],
  ['福建省', 41, [
    ['福州市', '0591', [['鼓楼区', '350102', '350001'], ['台江区', '350103', '350004']]],
    ['厦门市', '0592', [['思明区', '350203', '361001'], ['湖里区', '350206', '361006']]],
  ]],
  ['江西省', 45, [['南昌市', '0791', [['东湖区', '360102', '330006'], ['西湖区', '360103', '330009'], ['红谷滩区', '360113', '330038']]]]],
  ['山东省', 102, [
    ['济南市', '0531', [['历下区', '370102', '250014'], ['市中区', '370103', '250001']]],
    ['青岛市', '0532', [['市南区', '370202', '266001'], ['黄岛区', '370211', '266400'], ['崂山区', '370212', '266061']]],
  ]],
  ['河南省', 99, [
    ['郑州市', '0371', [['中原区', '410102', '450007'], ['二七区', '410103', '450052'], ['金水区', '410105', '450003']]],
    ['洛阳市', '0379', [['洛龙区', '410311', '471000']]],
  ]],
  ['湖北省', 58, [
    ['武汉市', '027', [['江岸区', '420102', '430010'], ['江汉区', '420103', '430021'], ['武昌区', '420106', '430061'], ['洪山区', '420111', '430070']]],
    ['宜昌市', '0717', [['西陵区', '420502', '443000']]],
  ]],
  ['湖南省', 66, [['长沙市', '0731', [['芙蓉区', '430102', '410011'], ['天心区', '430103', '410004'], ['岳麓区', '430104', '410006'], ['雨花区', '430111', '410007']]]]],
  ['广东省', 126, [
    ['广州市', '020', [['越秀区', '440104', '510030'], ['海珠区', '440105', '510220'], ['天河区', '440106', '510630']]],
    ['深圳市', '0755', [['罗湖区', '440303', '518001'], ['福田区', '440304', '518048'], ['南山区', '440305', '518052']]],
    ['佛山市', '0757', [['禅城区', '440604', '528000']]],
  ]],
  ['广西壮族自治区', 50, [['南宁市', '0771', [['兴宁区', '450102', '530023'], ['青秀区', '450103', '530022']]]]],
  ['海南省', 10, [['海口市', '0898', [['龙华区', '460106', '570105'], ['美兰区', '460108', '570203']]]]],
  ['重庆市', 32, [['重庆市', '023', [['渝中区', '500103', '400010'], ['江北区', '500105', '400020'], ['沙坪坝区', '500106', '400030'], ['渝北区', '500112', '401120']]]]],
  ['四川省', 84, [
    ['成都市', '028', [['锦江区', '510104', '610021'], ['青羊区', '510105', '610031'], ['金牛区', '510106', '610036'], ['武侯区', '510107', '610041'], ['成华区', '510108', '610051']]],
    ['绵阳市', '0816', [['涪城区', '510703', '621000']]],
  ]],
  ['贵州省', 39, [['贵阳市', '0851', [['南明区', '520102', '550001'], ['云岩区', '520103', '550001']]]]],
  ['云南省', 47, [['昆明市', '0871', [['五华区', '530102', '650032'], ['盘龙区', '530103', '650051']]]]],
  ['陕西省', 40, [['西安市', '029', [['碑林区', '610103', '710001'], ['未央区', '610112', '710016'], ['雁塔区', '610113', '710061']]]]],
  ['甘肃省', 25, [['兰州市', '0931', [['城关区', '620102', '730030'], ['七里河区', '620103', '730050']]]]],
  ['新疆维吾尔自治区', 26, [['乌鲁木齐市', '0991', [['天山区', '650102', '830002'], ['沙依巴克区', '650103', '830000']]]]],
];

/** Every district as a flat record. */
export const LOCALITIES: readonly Locality[] = PROVINCES.flatMap(([province, , cities]) =>
  cities.flatMap(([city, phoneAreaCode, districts]) =>
    districts.map(([district, districtCode, postcode]) => ({ province, city, district, districtCode, postcode, phoneAreaCode })),
  ),
);

/** Province by population, then a district uniformly within it (so big provinces' capitals dominate). */
const BY_PROVINCE = new WeightedTable<readonly Locality[]>(
  PROVINCES.map(([name, weight]) => [LOCALITIES.filter((l) => l.province === name), weight] as const),
);

/** Anywhere in the country, weighted by population: where people are registered (户籍) or were born. */
export function pickLocality(rng: Rng): Locality {
  return rng.pick(BY_PROVINCE.pick(rng));
}

const byCity = new Map<string, Locality[]>();
for (const l of LOCALITIES) {
  const key = `${l.province}|${l.city}`;
  const list = byCity.get(key);
  if (list) list.push(l);
  else byCity.set(key, [l]);
}

/** A district in the given city if the data has it, otherwise anywhere. */
export function pickLocalityNear(rng: Rng, province: string, city: string): Locality {
  const list = byCity.get(`${province}|${city}`);
  return list ? rng.pick(list) : pickLocality(rng);
}

export function localityByCode(districtCode: string): Locality | undefined {
  return LOCALITIES.find((l) => l.districtCode === districtCode);
}

const STREETS = [
  '人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '胜利路', '长江路', '黄河路', '文化路', '青年路',
  '光明路', '朝阳路', '东风路', '幸福路', '工农路', '团结路', '育才路', '迎宾大道', '滨江大道', '世纪大道',
  '学府路', '科技路', '金融街', '花园路', '友谊路', '北京路', '南京路', '西湖路', '复兴路', '体育路', '园林路',
  '公园路', '环城东路', '环城西路', '南环路', '北环路', '新村路', '振兴路', '兴业路',
];
const ESTATES = [
  '阳光花园', '锦绣家园', '翠湖苑', '金色家园', '万科城', '碧桂园', '绿地新都会', '华府天地', '世纪新城',
  '滨江花园', '春晓小区', '和谐家园', '紫荆花园', '丽景湾', '御景苑', '康乐新村', '幸福里', '书香门第',
  '水岸名都', '东方明珠苑', '梧桐雅苑', '凤凰城', '桃源居', '怡景花园', '龙湖天街', '保利香槟国际',
];
const TOWERS = ['国贸大厦', '金融中心', '时代广场', '财富中心', '科技园A座', '商务大厦', '环球中心', '创业大厦', '万达广场写字楼'];
const TOWNS = ['城关镇', '新城镇', '石桥镇', '河口镇', '龙泉镇', '清水镇', '白马镇', '大王庄乡'];
const VILLAGES = ['李家村', '王庄村', '张湾村', '新民村', '红星村', '前进村', '东升村', '柳树村'];

/** A residential line: estate, building, unit and room, or a lane (弄) as Shanghai writes them. */
function homeLine(rng: Rng, locality: Locality): string {
  const street = rng.pick(STREETS);
  const floor = rng.int(1, 33);
  const room = `${floor}${String(rng.int(1, 4)).padStart(2, '0')}`;
  if (locality.province === '上海市' && rng.chance(0.6)) return `${street}${rng.int(1, 2000)}弄${rng.int(1, 80)}号${room}室`;
  return `${street}${rng.int(1, 999)}号${rng.pick(ESTATES)}${rng.int(1, 30)}栋${rng.int(1, 6)}单元${room}室`;
}

/** An office line. */
function workLine(rng: Rng): string {
  const floor = rng.int(2, 45);
  return `${rng.pick(STREETS)}${rng.int(1, 999)}号${rng.pick(TOWERS)}${floor}${String(rng.int(1, 30)).padStart(2, '0')}室`;
}

/** The registered (户籍) address is often still the family home in a village. */
function registeredLine(rng: Rng, locality: Locality): string {
  if (rng.chance(0.4)) return `${rng.pick(TOWNS)}${rng.pick(VILLAGES)}${rng.int(1, 12)}组${rng.int(1, 300)}号`;
  return homeLine(rng, locality);
}

export type AddressKind = 'home' | 'work' | 'registered' | 'mailing' | 'other';

export function addressLine(rng: Rng, kind: AddressKind, locality: Locality): string {
  switch (kind) {
    case 'work':
      return workLine(rng);
    case 'registered':
      return registeredLine(rng, locality);
    default:
      return homeLine(rng, locality);
  }
}
