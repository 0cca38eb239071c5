/** Unit names → canonical name, level, function, kind: each rule from a name a corpus document writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { builtInDictionaryData, CENTRAL, foldUnitName, formsOf, loadUnitDictionary, UNIT_KINDS } from '../../src/extractors/unit-dictionary.js';
import { placeLevel, UnitNamer } from '../../src/extractors/unit-names.js';
import type { UnitLevel } from '../../src/model/document.js';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { parseAliases, readAliasFile } from '../../src/readers/aliases.js';

const dictionary = loadUnitDictionary();

function describeIn(level: UnitLevel | null, name: string, generic = false) {
  return new UnitNamer(dictionary, level).describe(name, generic);
}

describe('the built-in dictionary', () => {
  it('should give every written form to one line of work only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of builtInDictionaryData().functions ?? []) {
      if (entry.match === 'start') continue;
      for (const form of formsOf(entry)) {
        const owner = owners.get(form);
        if (owner !== undefined && owner !== entry.function) clashes.push(`${form}: ${owner} / ${entry.function}`);
        owners.set(form, entry.function);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('should be written folded (simplified, no spaces, half-width brackets): the index does not fold it', () => {
    const data = builtInDictionaryData();
    const strings = [...Object.keys(data.places ?? {}), ...(data.functions ?? []).flatMap((entry) => [...entry.names, ...entry.suffixes, ...(entry.forms ?? []), ...(entry.central ?? [])])];
    expect(strings.filter((text) => foldUnitName(text) !== text)).toEqual([]);
  });

  it('should use only the documented kinds', () => {
    for (const entry of builtInDictionaryData().functions ?? []) expect(UNIT_KINDS).toContain(entry.kind);
  });

  it('should name each central unit in one entry, and give every entry with central forms its name', () => {
    const entries = (builtInDictionaryData().functions ?? []).filter((entry) => entry.canonical[CENTRAL] !== undefined);
    const names = entries.map((entry) => entry.canonical[CENTRAL]!);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect((builtInDictionaryData().functions ?? []).filter((entry) => (entry.central ?? []).length > 0 && entry.canonical[CENTRAL] === undefined)).toEqual([]);
  });
});

describe('placeLevel', () => {
  const places = dictionary.places;
  it.each([
    ['省', '省'], ['吉林省', '省'], ['州', '州'], ['延边州', '州'], ['延边朝鲜族自治州', '州'], ['市', '市'],
    // compound heads belong to their lowest level: 市、县级党委、政府 and 各县市党委、政府 are county actors
    ['各县(市、区)', '县'], ['市、县级', '县'], ['各县市', '县'], ['省直', '省'], ['延边', '州'],
  ])('%s → %s', (head, level) => {
    expect(placeLevel(head, places)).toBe(level);
  });

  it('should say undefined for a head that is no place (住建 of 住建局)', () => {
    expect(placeLevel('住建', places)).toBeUndefined();
    expect(placeLevel('', places)).toBeNull();
  });
});

describe('UnitNamer.describe', () => {
  it('should describe a generic unit the same whatever was described before it (descriptions are kept for a batch)', () => {
    const namer = new UnitNamer(loadUnitDictionary(), '市');
    const written = namer.describe('*相关部门', false);
    expect(namer.describe('相关部门', true)).toMatchObject({ canonical: '相关部门', kind: 'generic' });
    expect(namer.describe('*相关部门', false)).toBe(written);
  });

  it('should give 省住房城乡建设厅 and 省住房和城乡建设厅 one canonical name (jilin plan and county-towns measures)', () => {
    const short = describeIn('省', '省住房城乡建设厅');
    expect(short).toEqual({ canonical: '省住房和城乡建设厅', level: '省', function: '住房和城乡建设', kind: 'department', known: true });
    expect(describeIn('省', '省住房和城乡建设厅').canonical).toBe(short.canonical);
  });

  it('should give 州住建局 the function of 省住房城乡建设厅 at its own level (the yanbian copy of the jilin plan)', () => {
    const prefecture = describeIn('州', '州住建局');
    expect(prefecture).toMatchObject({ canonical: '州住房和城乡建设局', level: '州', function: '住房和城乡建设' });
  });

  it.each([
    ['州发改委', '发展和改革'], ['市发改委', '发展和改革'], ['省发展改革委', '发展和改革'],
    ['州卫健委', '卫生健康'], ['省卫生健康委', '卫生健康'], ['州人社局', '人力资源和社会保障'], ['省人力资源和社会保障厅', '人力资源和社会保障'],
    ['州文广旅局', '文化和旅游'], ['市文旅局', '文化和旅游'], ['省文化和旅游厅', '文化和旅游'],
    ['省市场监管厅', '市场监督管理'], ['省政数局', '政务服务和数字化'], ['州通信办', '通信管理'], ['省通信管理局', '通信管理'],
  ])('%s → %s', (name, lineOfWork) => {
    expect(describeIn(null, name).function).toBe(lineOfWork);
  });

  it('should cut 市市场监管局 as 市 + 市场监管局, not 市市 + 场监管局', () => {
    expect(describeIn(null, '市市场监管局')).toMatchObject({ level: '市', function: '市场监督管理' });
  });

  it('should keep compound actors together and put them at county level (jilin and yanbian plans, yanan plan)', () => {
    const jilin = describeIn('省', '市、县级党委、政府');
    const yanbian = describeIn('州', '各县市党委、政府');
    expect(jilin).toMatchObject({ level: '县', function: '党委政府', kind: 'government' });
    expect(yanbian).toMatchObject({ level: '县', function: '党委政府', kind: 'government' });
    expect(describeIn('市', '各县(市、区)政府')).toMatchObject({ level: '县', function: '党委政府', kind: 'government' });
  });

  it('should read a place named as an actor as its government (各乡镇负责)', () => {
    expect(describeIn('县', '各乡镇')).toMatchObject({ canonical: '各乡镇', level: '乡', function: '党委政府', kind: 'government', known: true });
    expect(describeIn('州', '各县(市)')).toMatchObject({ canonical: '各县市', level: '县', kind: 'government' });
  });

  it('should read party committees and government offices (州委, 州政府办公室)', () => {
    expect(describeIn(null, '州委')).toMatchObject({ canonical: '州委', level: '州', kind: 'party-committee' });
    expect(describeIn(null, '州政府')).toMatchObject({ level: '州', function: '党委政府', kind: 'government' });
  });

  it('should know the power company at both levels (省电力公司 ↔ 延边供电公司)', () => {
    const province = describeIn('省', '国网吉林省电力公司');
    const prefecture = describeIn('州', '延边供电公司');
    expect(province).toMatchObject({ level: '省', kind: 'enterprise', known: true });
    expect(prefecture).toMatchObject({ level: '州', kind: 'enterprise', known: true });
    expect(prefecture.function).toBe(province.function);
    expect(describeIn('省', '省电力公司').function).toBe(province.function);
  });

  it('should read banks and regulators with their branch (county-towns measures)', () => {
    expect(describeIn('省', '人民银行长春中心支行')).toMatchObject({ kind: 'financial', known: true });
    expect(describeIn('省', '国开行吉林省分行')).toMatchObject({ canonical: '国家开发银行吉林省分行', kind: 'financial' });
    expect(describeIn('省', '吉林银保监局')).toMatchObject({ level: '省', kind: 'financial', known: true });
  });

  it('should mark 残联 and 妇联 as mass organizations (shuangying township plan)', () => {
    expect(describeIn('乡', '残联')).toMatchObject({ level: '乡', kind: 'mass-organization', known: true });
    expect(describeIn('乡', '妇联')).toMatchObject({ level: '乡', kind: 'mass-organization', known: true });
  });

  it('should keep a township office its own name and give it the county line of work (自然资源服务科)', () => {
    expect(describeIn('乡', '自然资源服务科')).toEqual({ canonical: '自然资源服务科', level: '乡', function: '自然资源', kind: 'department', known: true });
  });

  it('should place generic units at the level they name, else the document\'s (省直相关部门, 有关科室)', () => {
    expect(describeIn('州', '省直相关部门', true)).toMatchObject({ level: '省', kind: 'generic', function: null });
    expect(describeIn('乡', '有关科室', true)).toMatchObject({ level: '乡', kind: 'generic' });
  });

  it('should give a name without a place its document\'s level in the canonical name too (住建局 in a 州 plan)', () => {
    expect(describeIn('州', '住建局')).toMatchObject({ canonical: '州住房和城乡建设局', level: '州' });
    expect(describeIn('县', '财政局').canonical).not.toBe(describeIn('市', '财政局').canonical);
    // a township's offices keep their own names; a central ministry has no level of ours
    expect(describeIn('乡', '民政办公室').canonical).toBe('民政办公室');
    expect(describeIn('县', '国家发改委')).toMatchObject({ canonical: '国家发展和改革委员会', level: null });
    expect(describeIn('县', '财政部').level).toBeNull();
  });

  it('should keep the office word a writer chose (Jilin\'s 省市场监管厅, a county\'s 发改局, a 办公厅)', () => {
    expect(describeIn('省', '省市场监管厅').canonical).toBe('省市场监督管理厅');
    expect(describeIn('县', '县发改局').canonical).toBe('县发展和改革局');
    expect(describeIn('市', '市人民政府办公厅').canonical).toBe('市人民政府办公厅');
    expect(describeIn('省', '北京市发展改革委')).toMatchObject({ canonical: '北京市发展和改革委员会', level: '省' });
  });

  it('should not read a word that opens with a level character as a place (市场服务中心 in a county plan)', () => {
    expect(describeIn('县', '市场服务中心')).toMatchObject({ level: '县', known: false });
    expect(describeIn('县', '乡贤理事会').level).toBe('县');
    expect(describeIn('县', '市容环境卫生管理处').function).toBeNull();
  });

  it('should read levels written inside a name and places named twice (团县委, 各街道办事处, 省委、省政府)', () => {
    expect(describeIn('省', '团县委')).toMatchObject({ canonical: '团县委', level: '县', kind: 'mass-organization' });
    expect(describeIn('县', '各街道办事处')).toMatchObject({ level: '镇', function: '党委政府', kind: 'government', known: true });
    expect(describeIn('省', '省委、省政府').canonical).toBe('省委、省政府');
    expect(describeIn('省', '省政府研究室')).toMatchObject({ canonical: '省人民政府研究室', kind: 'department' });
  });

  it('should fold traditional characters first (省住房城鄉建設廳)', () => {
    expect(describeIn(null, '省住房城鄉建設廳').canonical).toBe('省住房和城乡建设厅');
    // 東山 probe round 48: a repost in traditional characters
    expect(describeIn(null, '縣文化和旅遊局').canonical).toBe('县文化和旅游局');
  });

  it('should know the names round 49 found missing (市贸促会, 市重大项目办, 市文化旅游广电体育局, 县教科体局)', () => {
    expect(describeIn('县', '市贸促会')).toMatchObject({ canonical: '市贸易促进委员会', level: '市', known: true });
    expect(describeIn('县', '市重大项目办')).toMatchObject({ function: '重点项目建设', level: '市', known: true });
    expect(describeIn('县', '县重点工程建设管理中心')).toMatchObject({ function: '重点项目建设', known: true });
    expect(describeIn('市', '市文化旅游广电体育局')).toMatchObject({ function: '文化和旅游', known: true });
    expect(describeIn('县', '县教科体局')).toMatchObject({ function: '教育', known: true });
  });

  it('should know the names round 48 found missing (县海洋与渔业局, 县文体旅游局, 县金融服务中心)', () => {
    expect(describeIn('县', '县海洋与渔业局')).toMatchObject({ function: '农业农村', known: true });
    expect(describeIn('县', '县文体旅游局')).toMatchObject({ function: '文化和旅游', known: true });
    expect(describeIn('县', '县金融服务中心')).toMatchObject({ function: '地方金融监督管理', known: true });
  });

  it('should read no place in a level before 城市 (区城市更新服务中心 is a 区 office, 雨花 probe round 49)', () => {
    expect(describeIn('区', '区城市更新服务中心').level).toBe('区');
  });

  it('should read no place 市城乡 in 市城乡水务局 (济南 probe round 89): the city\'s water bureau, not a township\'s', () => {
    expect(describeIn('市', '市城乡水务局')).toMatchObject({ canonical: '市水务局', level: '市', function: '水利', known: true });
    expect(describeIn('市', '市城乡建设局')).toMatchObject({ level: '市', known: true });
  });

  it('should know the farm offices round 89 found missing (区农机事务中心, 县茶产业发展中心, 区农业科学研究所)', () => {
    expect(describeIn('区', '区农机事务中心')).toMatchObject({ function: '农业农村', kind: 'public-institution', known: true });
    expect(describeIn('县', '县茶产业发展中心')).toMatchObject({ function: '农业农村', known: true });
    expect(describeIn('区', '区农业科学研究所')).toMatchObject({ canonical: '区农业科学研究所', function: '农业农村', known: true });
  });

  it('should keep an unknown name as written, with a kind from its ending', () => {
    expect(describeIn('州', '示范镇建设工作专班')).toMatchObject({ canonical: '示范镇建设工作专班', known: false, kind: 'department', level: '州' });
    expect(describeIn('州', '延边某某有限公司')).toMatchObject({ known: false, kind: 'enterprise' });
  });
});

describe('compound actors kept whole (probe round 61: 各县区政府、管理区、开发区)', () => {
  it('should describe the places\' governments with their other bodies as those governments, known', () => {
    expect(describeIn('市', '各县区政府、管理区、开发区')).toEqual({ canonical: '各县区政府、管理区、开发区', level: '县', function: '党委政府', kind: 'government', known: true });
    expect(describeIn('县', '各街道办事处、镇人民政府')).toMatchObject({ level: '镇', function: '党委政府', kind: 'government', known: true });
    expect(describeIn('县', '各乡镇人民政府、街道办事处')).toMatchObject({ function: '党委政府', kind: 'government', known: true });
  });
});

describe('a township\'s service centres and offices (probe round 61: 和顺, 龙潭, 都安)', () => {
  it.each([
    ['镇林业和草原服务中心', '林业和草原'], ['镇水利服务中心', '水利'], ['规建环保办', '住房和城乡建设'], ['镇乡村建设综合服务中心', '住房和城乡建设'],
  ])('%s is a known office of %s', (name, lineOfWork) => {
    expect(describeIn('镇', name)).toMatchObject({ level: '镇', function: lineOfWork, known: true });
  });
});

describe('probe round 62: regions\' party bodies, regulators\' offices, bureaus\' branches (广西, 宜昌, 赣州, 贺州)', () => {
  it.each([
    ['自治区党委组织部', '自治区党委组织部', '省', '组织'],
    ['自治区党委办公厅', '自治区党委办公厅', '省', '党委办公'],
    ['自治区党委', '自治区党委', '省', '党委政府'],
    ['国家金融监督管理总局广西监管局', '国家金融监督管理总局广西监管局', '省', '银行保险监管'],
    ['国家金融监督管理总局宜昌监管分局', '国家金融监督管理总局宜昌监管分局', '市', '银行保险监管'],
    ['市生态环境局信丰分局', '市生态环境局信丰分局', '县', '生态环境'],
    ['市公安局开发区分局', '市公安局开发区分局', '县', '公安'],
    ['赣州市信丰生态环境局', '赣州市信丰生态环境局', '县', '生态环境'],
    ['县旅文局', '县文化和旅游局', '县', '文化和旅游'],
    ['市创文办', '市创文办', '市', '精神文明建设'],
    ['市地方金融工作局', '市地方金融工作局', '市', '地方金融监督管理'],
    ['区经济信息化和科技局', '区经济信息化和科技局', '区', '工业和信息化'],
    ['县行政审批和政务信息管理局', '县行政审批和政务信息管理局', '县', '行政审批'],
    // 〔〕 is a bracket written inside a note's （）: one actor with 各县（市、区）人民政府
    ['各县〔市、区〕政府', '各县市区人民政府', '县', '党委政府'],
  ])('%s → %s', (name, canonical, level, lineOfWork) => {
    expect(describeIn('市', name)).toMatchObject({ canonical, level, function: lineOfWork, known: true });
  });

  it('should keep the central regulator itself central, with no level', () => {
    expect(describeIn('市', '国家金融监督管理总局')).toMatchObject({ canonical: '国家金融监督管理总局', level: null });
  });
});

describe('probe round 64: the municipalities\' district bureaus (北京, 上海, 天津, 重庆)', () => {
  it.each([
    ['区农业农村委', '区农业农村委员会', '农业农村'],
    ['区住房城乡建委', '区住房和城乡建设委员会', '住房和城乡建设'],
    ['区建设管理委', '区住房和城乡建设委员会', '住房和城乡建设'],
    ['区绿化市容局', '区绿化和市容管理局', '城市管理'],
    ['区城运中心', '区城运中心', '城市管理'],
    ['区规划资源局', '区自然资源局', '自然资源'],
    ['区经济信息委', '区经济和信息化委员会', '工业和信息化'],
    ['区园林绿化局', '区林业和草原局', '林业和草原'],
    ['区政务服务办', '区政务服务办', '政务服务和数字化'],
    // a district's fire brigade is a 支队 in a municipality: the word written is kept
    ['区消防救援支队', '区消防救援支队', '消防救援'],
    // the committee and the commission of one place, its name written twice
    ['区纪委区监委', '区纪委监委', '纪检监察'],
  ])('%s → %s', (name, canonical, lineOfWork) => {
    expect(describeIn('区', name)).toMatchObject({ canonical, level: '区', function: lineOfWork, known: true });
  });

  it('should read 各镇街 as the towns and streets, their governments', () => {
    expect(describeIn('区', '各镇街')).toMatchObject({ level: '镇', function: '党委政府', kind: 'government', known: true });
  });
});

describe('bodies the 2018 reform merged (probe round 55: a 2016 plan lists 县工商局、县质监局、县食药监局 in one note)', () => {
  // each was a body of its own then: one canonical name each, so a matrix keeps three columns; the
  // line of work is their successor's, so a diff against a later plan pairs them
  it.each([
    ['县工商局', '县工商行政管理局', '市场监督管理'],
    ['县质监局', '县质量技术监督局', '市场监督管理'],
    ['县食药监局', '县食品药品监督管理局', '市场监督管理'],
    ['县市场监管局', '县市场监督管理局', '市场监督管理'],
    ['省国土资源厅', '省国土资源厅', '自然资源'],
    ['县国土局', '县国土资源局', '自然资源'],
    ['县规划局', '县规划局', '自然资源'],
    ['县卫计局', '县卫生和计划生育局', '卫生健康'],
    ['县卫生局', '县卫生局', '卫生健康'],
    ['县人口计生委', '县人口和计划生育委员会', '卫生健康'],
    ['县安监局', '县安全生产监督管理局', '应急管理'],
    ['县农业局', '县农业局', '农业农村'],
    ['县农机局', '县农机局', '农业农村'],
    ['县文化局', '县文化局', '文化和旅游'],
    ['县旅游局', '县旅游局', '文化和旅游'],
    ['县旅发委', '县旅游发展委员会', '文化和旅游'],
  ])('%s → %s', (name, canonical, lineOfWork) => {
    expect(describeIn('县', name)).toMatchObject({ canonical, level: name[0], function: lineOfWork, known: true });
  });

  it('should read 委 as a 委员会 written short (Chongqing 市教委, 市住建委; 市农委 an irregular form)', () => {
    expect(describeIn('市', '市教委').canonical).toBe('市教育委员会');
    expect(describeIn('市', '市住建委').canonical).toBe('市住房和城乡建设委员会');
    expect(describeIn('市', '市农委').canonical).toBe('市农业农村委员会');
    // the party committee's own offices and the league keep theirs
    expect(describeIn('县', '县政法委').canonical).toBe('县委政法委员会');
    expect(describeIn('县', '团县委').canonical).toBe('团县委');
  });
});

describe('units of the central government (probe round 58: 国办 and ministry division plans)', () => {
  // as the division lists of 国务院/国办 plans write them; the 县 plan shows that the document's level does not apply
  it.each([
    // ministries and commissions of the State Council
    ['国家发展改革委', '国家发展和改革委员会', '发展和改革', 'department'],
    ['国家发改委', '国家发展和改革委员会', '发展和改革', 'department'],
    ['教育部', '教育部', '教育', 'department'],
    ['科技部', '科学技术部', '科学技术', 'department'],
    ['工业和信息化部', '工业和信息化部', '工业和信息化', 'department'],
    ['工信部', '工业和信息化部', '工业和信息化', 'department'],
    ['国家民委', '国家民族事务委员会', '民族宗教', 'department'],
    ['公安部', '公安部', '公安', 'department'],
    ['民政部', '民政部', '民政', 'department'],
    ['司法部', '司法部', '司法', 'department'],
    ['财政部', '财政部', '财政', 'department'],
    ['人力资源社会保障部', '人力资源和社会保障部', '人力资源和社会保障', 'department'],
    ['人社部', '人力资源和社会保障部', '人力资源和社会保障', 'department'],
    ['自然资源部', '自然资源部', '自然资源', 'department'],
    ['生态环境部', '生态环境部', '生态环境', 'department'],
    ['住房城乡建设部', '住房和城乡建设部', '住房和城乡建设', 'department'],
    ['住建部', '住房和城乡建设部', '住房和城乡建设', 'department'],
    ['交通运输部', '交通运输部', '交通运输', 'department'],
    ['水利部', '水利部', '水利', 'department'],
    ['农业农村部', '农业农村部', '农业农村', 'department'],
    ['商务部', '商务部', '商务', 'department'],
    ['文化和旅游部', '文化和旅游部', '文化和旅游', 'department'],
    ['国家卫生健康委', '国家卫生健康委员会', '卫生健康', 'department'],
    ['退役军人事务部', '退役军人事务部', '退役军人事务', 'department'],
    ['应急管理部', '应急管理部', '应急管理', 'department'],
    ['外交部', '外交部', '外事', 'department'],
    ['审计署', '审计署', '审计', 'department'],
    ['人民银行', '中国人民银行', '中国人民银行', 'financial'],
    // bodies directly under the State Council, and the administrations the ministries run
    ['国务院办公厅', '国务院办公厅', '政府办公', 'department'],
    ['国务院国资委', '国务院国有资产监督管理委员会', '国有资产监督管理', 'department'],
    ['海关总署', '海关总署', '海关', 'department'],
    ['税务总局', '国家税务总局', '税务', 'department'],
    ['市场监管总局', '国家市场监督管理总局', '市场监督管理', 'department'],
    ['国家市场监督管理总局', '国家市场监督管理总局', '市场监督管理', 'department'],
    ['金融监管总局', '国家金融监督管理总局', '银行保险监管', 'financial'],
    ['中国证监会', '中国证券监督管理委员会', '证券监管', 'financial'],
    ['广电总局', '国家广播电视总局', '广播电视', 'department'],
    ['体育总局', '国家体育总局', '体育', 'department'],
    ['国家统计局', '国家统计局', '统计', 'department'],
    ['国家知识产权局', '国家知识产权局', '知识产权', 'department'],
    ['国家医保局', '国家医疗保障局', '医疗保障', 'department'],
    ['国家移民局', '国家移民管理局', '公安', 'department'],
    ['国家能源局', '国家能源局', '能源', 'department'],
    ['国家数据局', '国家数据局', '数据', 'department'],
    ['国家邮政局', '国家邮政局', '邮政管理', 'department'],
    ['国家外汇局', '国家外汇管理局', '外汇管理', 'financial'],
    ['国家林草局', '国家林业和草原局', '林业和草原', 'department'],
    ['国家矿山安监局', '国家矿山安全监察局', '应急管理', 'department'],
    // party central bodies
    ['中央网信办', '中央网络安全和信息化委员会办公室', '网络安全和信息化', 'party-committee'],
    ['中央宣传部', '中央宣传部', '宣传', 'party-committee'],
    ['中宣部', '中央宣传部', '宣传', 'party-committee'],
    ['中共中央组织部', '中央组织部', '组织', 'party-committee'],
    ['中组部', '中央组织部', '组织', 'party-committee'],
    ['中央编办', '中央机构编制委员会办公室', '机构编制', 'party-committee'],
    ['中央农办', '中央农村工作领导小组办公室', '农村工作', 'party-committee'],
    // mass organizations and the courts
    ['共青团中央', '共青团中央', '共青团', 'mass-organization'],
    ['全国总工会', '中华全国总工会', '总工会', 'mass-organization'],
    ['全国妇联', '中华全国妇女联合会', '妇女联合会', 'mass-organization'],
    ['全国工商联', '中华全国工商业联合会', '工商业联合会', 'mass-organization'],
    ['中国残联', '中国残疾人联合会', '残疾人联合会', 'mass-organization'],
    ['中国科协', '中国科学技术协会', '科学技术协会', 'mass-organization'],
    ['中华全国供销合作总社', '中华全国供销合作总社', '供销合作', 'public-institution'],
    ['最高人民法院', '最高人民法院', '审判', 'government'],
    ['最高人民检察院', '最高人民检察院', '检察', 'government'],
  ])('%s → %s', (name, canonical, lineOfWork, kind) => {
    const described = { canonical, level: null, function: lineOfWork, kind, known: true };
    expect(describeIn(null, name)).toEqual(described);
    // 人民银行 alone is the county's branch in a county plan (人民银行县支行); a central unit is one whatever the plan
    if (name !== '人民银行') expect(describeIn('县', name)).toEqual(described);
  });

  it('should share its line of work with the provincial and local units of that line (财政部 and 省财政厅)', () => {
    expect(describeIn(null, '财政部').function).toBe(describeIn('省', '省财政厅').function);
    expect(describeIn(null, '住建部').function).toBe(describeIn('州', '州住建局').function);
    expect(describeIn(null, '市场监管总局').function).toBe(describeIn('县', '县市场监管局').function);
  });

  it('should keep the local units as they were (省财政厅, 州住建局, 县市场监管局, 国资委 in a 县 plan)', () => {
    expect(describeIn('省', '省财政厅')).toEqual({ canonical: '省财政厅', level: '省', function: '财政', kind: 'department', known: true });
    expect(describeIn('州', '州住建局')).toMatchObject({ canonical: '州住房和城乡建设局', level: '州' });
    expect(describeIn('县', '县市场监管局')).toMatchObject({ canonical: '县市场监督管理局', level: '县' });
    expect(describeIn('县', '国资委')).toMatchObject({ canonical: '县国有资产监督管理委员会', level: '县' });
    // an irregular form names its office by another word: 保密局 is the committee's 保密办, no 保密委员会局
    expect(describeIn('县', '县保密局')).toMatchObject({ canonical: '县委保密委员会办公室', level: '县' });
    // a branch of a central body keeps its branch; a company named 中国… is no central unit
    expect(describeIn('省', '国家外汇局吉林省分局')).toMatchObject({ canonical: '国家外汇管理局吉林省分局', level: '省' });
    expect(describeIn('州', '中国铁路广州局集团娄底车务段')).toMatchObject({ level: '州', known: false });
  });

  it('should read the bare names of a plan of the State Council as its central units (国资委, 发展改革委 in a 国办 division list)', () => {
    const central = new UnitNamer(dictionary, null, false, null, true);
    expect(central.describe('国资委', false)).toMatchObject({ canonical: '国务院国有资产监督管理委员会', level: null });
    expect(central.describe('发展改革委', false)).toMatchObject({ canonical: '国家发展和改革委员会', level: null });
    // a name with its place stays that place's, in a central plan too
    expect(central.describe('省财政厅', false)).toMatchObject({ canonical: '省财政厅', level: '省' });
    // the same bare name in a plan of no level stays unplaced
    expect(describeIn(null, '国资委')).toMatchObject({ canonical: '国有资产监督管理委员会', level: null });
  });

  it('should leave a central office the dictionary has no name for unknown, with its line of work (国务院安委办)', () => {
    expect(describeIn(null, '国务院安委办')).toEqual({ canonical: '国务院安委办', level: null, function: '应急管理', kind: 'department', known: false });
    expect(describeIn(null, '国防部')).toMatchObject({ level: null, known: false });
  });
});

describe('alias files', () => {
  it('should add and override names, places and functions (fixtures/units/alias-file-names-what-the-dictionary-lacks/aliases.yaml)', async () => {
    const aliases = loadUnitDictionary(await readAliasFile('fixtures/units/alias-file-names-what-the-dictionary-lacks/aliases.yaml'));
    const namer = new UnitNamer(aliases, '州');
    expect(namer.describe('州通信办', false)).toMatchObject({ canonical: '延边州通信发展管理办公室', level: '州', function: '通信管理', known: true });
    expect(namer.describe('示范镇建设工作专班', false)).toMatchObject({ canonical: '州示范镇建设工作专班', level: '州', known: true });
    expect(namer.describe('珲春市场监管局', false)).toMatchObject({ level: '市', function: '市场监督管理' });
    expect(namer.describe('州口岸办', false)).toMatchObject({ canonical: '州口岸办公室', function: '口岸', known: true });
  });

  it('should need a central name for central forms (functions[0].canonical: central forms need a 中央 name)', async () => {
    const error = await parseAliases('functions:\n  - function: 口岸\n    kind: department\n    names: []\n    central: [海关总署]\n    canonical: {}\n', 'c.yaml').catch((e: unknown) => e);
    expect(isPolicyExtractError(error) && error.message).toMatch(/^functions\[0\]\.canonical: central forms need a 中央 name/);
    const data = await parseAliases('functions:\n  - function: 口岸\n    kind: department\n    names: []\n    central: [国家口岸办]\n    canonical: {中央: 国家口岸管理办公室}\n', 'd.yaml');
    expect(new UnitNamer(loadUnitDictionary(data), null).describe('国家口岸办', false)).toMatchObject({ canonical: '国家口岸管理办公室', function: '口岸', known: true });
  });

  it('should name the field and the file of a mistake', async () => {
    const error = await parseAliases('units:\n  州通信办:\n    kind: bureau\n', 'a.yaml').catch((e: unknown) => e);
    expect(isPolicyExtractError(error) && error.message).toMatch(/^units\.州通信办\.kind: "bureau" is no kind/);
    const broken = await parseAliases('units: [\n', 'b.yaml').catch((e: unknown) => e);
    expect(isPolicyExtractError(broken) && [broken.code, broken.path]).toEqual(['E_ALIASES', 'b.yaml']);
  });
});

describe('the corpus', () => {
  const root = 'fixtures/corpus';
  const documents = readdirSync(root).filter((name) => name.endsWith('.txt')).map((name) => extract(readFileSync(join(root, name)), { path: name }));

  it('should give every unit a level and a kind, and fall back to the written name for at most 5% of the names', () => {
    const units = documents.flatMap((document) => [...document.tasks.flatMap((task) => task.units), ...document.tables.flatMap((table) => table.rows.flatMap((row) => row.units))]);
    expect(units.filter((unit) => unit.level === null).map((unit) => unit.name)).toEqual([]);
    const unknown = documents.flatMap((document) => document.diagnostics.filter((d) => d.code === 'unknown-unit'));
    const names = new Set(units.map((unit) => unit.name));
    const fallback = unknown.reduce((sum, d) => sum + Number(/^(\d+)/.exec(d.message)![1]), 0);
    expect(fallback / names.size).toBeLessThanOrEqual(0.05);
  });

  it('should not take a title\'s opening word for a place (城镇老旧小区…, 城市更新…)', () => {
    const level = (title: string): string | null => extract(`${title}\n一、主要任务\n1.推进改造。(责任单位:财政局)\n`).meta.level;
    expect(level('城镇老旧小区改造实施方案')).toBeNull();
    expect(level('城市更新行动实施方案')).toBeNull();
    expect(level('双营乡乡村建设行动实施方案')).toBe('township');
    expect(level('吉林省关于推进县城建设的若干举措')).toBe('provincial');
  });

  it('should find each document\'s level as its annotation has it', () => {
    const levels = Object.fromEntries(documents.map((document) => [document.source.path, document.meta.level]));
    expect(levels).toEqual({
      'jilin-2022-county-towns-37-measures.txt': 'provincial',
      'jilin-2022-demo-towns-plan.txt': 'provincial',
      'shuangying-2022-rural-construction.txt': 'township',
      'yanan-2025-town-functions.txt': 'prefecture',
      'yanbian-2022-demo-towns-tasks.txt': 'prefecture',
    });
  });
});

describe('properties', () => {
  // names built from the pieces real names are made of, plus arbitrary text
  const piece = fc.constantFrom('省', '州', '市', '县', '区', '乡', '镇', '各', '(', ')', '、', '级', '直', '延边', '吉林', '住建', '发改', '委', '局', '厅', '政府', '党委', '公司', '分行', '国网', '中共', '相关部门', '科', '\u3000', ' ');
  const name = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 12 }));

  it('should describe any name without throwing, with a canonical name whenever the name has one', () => {
    fc.assert(
      fc.property(name, fc.boolean(), fc.constantFrom<UnitLevel | null>(null, '省', '州', '县', '乡'), (written, generic, level) => {
        const described = describeIn(level, written, generic);
        expect(UNIT_KINDS).toContain(described.kind);
        if (written.trim() !== '') expect(described.canonical.length).toBeGreaterThan(0);
        expect(describeIn(level, written, generic)).toEqual(described);
      }),
      { numRuns: 2000 },
    );
  });

  it('should turn any alias text into data or an E_ALIASES error, never another exception', async () => {
    const yamlish = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('units: 1', 'places: [a]', 'functions: {}', 'units:\n  a: {kind: 3}', 'functions:\n  - names: 1', '__proto__: {}', 'units:\n  __proto__: x'));
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        try {
          await parseAliases(text, 'p.yaml');
        } catch (error) {
          expect(isPolicyExtractError(error) && error.code).toBe('E_ALIASES');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('units of a county-level city\'s plan', () => {
  it('should give the city\'s bare 市 the county level (宁乡市: 市工信局 is a county-level bureau)', () => {
    const document = extract(['宁乡市2024年县域经济高质量发展工作方案', '一、重点任务', '1.壮大先进制造业。(市工信局牵头,市直有关部门配合)', '2.发展现代农业。(长沙市农业农村局指导,市农业农村局负责)'].join('\n'));
    expect(document.meta.level).toBe('county');
    expect(document.tasks.flatMap((t) => t.units.map((u) => `${u.name}:${u.level}`))).toEqual(['市工信局:县', '市直有关部门:县', '长沙市农业农村局:市', '市农业农村局:县']);
  });

  it('should keep a prefecture\'s 市 a prefecture (长沙市)', () => {
    const document = extract(['长沙市2024年县域经济高质量发展工作方案', '一、重点任务', '1.壮大先进制造业。(市工信局牵头)'].join('\n'));
    expect(document.tasks[0]!.units[0]!.level).toBe('市');
  });
});

describe('a unit carrying the office it houses in brackets', () => {
  it('should describe the bureau: 县住建局(县人防办) is 县住房和城乡建设局', () => {
    const namer = new UnitNamer(loadUnitDictionary(), '县');
    expect(namer.describe('县住建局(县人防办)', false)).toMatchObject({ canonical: '县住房和城乡建设局', level: '县', function: '住房和城乡建设', known: true });
    expect(namer.describe('县应急局(县地震局)', false)).toMatchObject({ canonical: '县应急管理局', known: true });
    // a bracket that is no office keeps the name whole
    expect(namer.describe('各县(市、区)', false).canonical).not.toBe('各县');
  });
});

describe('units named with the plan\'s own place', () => {
  it('should give 延边州住建局 in a 延边州 plan the canonical name of 州住建局', () => {
    const document = extract(['延边州2024年城镇燃气安全专项整治工作方案', '一、重点任务', '1.排查燃气隐患。(延边州住建局负责)', '2.整治餐饮场所。(州住建局、延吉市市场监管局负责)'].join('\n'));
    expect(document.tasks.flatMap((t) => t.units.map((u) => u.canonical))).toEqual(['州住房和城乡建设局', '州住房和城乡建设局', '延吉市市场监督管理局']);
  });
});

describe('a place written once for a list', () => {
  const names = (text: string) => extract(text).tasks.flatMap((task) => task.units.map((unit) => `${unit.name}=${unit.canonical}`));

  it('should write the place of the name before on a name written without one (宁陵 县委组织部、政法委、民政局, probe round 45)', () => {
    expect(names('宁陵县2024年工作方案\n一、重点任务\n1.推进网格化管理。(县委组织部、政法委、民政局按职责分工负责)')).toEqual([
      '县委组织部=县委组织部', '县委政法委=县委政法委员会', '县民政局=县民政局',
    ]);
    // 安福: the place carries over the role words and the clause
    expect(names('一、重点任务\n1.提升农产品流通能力。(县农业农村局牵头,县发改局、财政局、供销社配合)').slice(2)).toEqual(['县财政局=县财政局', '县供销社=县供销合作社']);
  });

  it('should carry a township\'s place to its offices, 村建办 among them (塘 镇自然资源所、村建办、综合行政执法队)', () => {
    expect(names('严塘镇2024年农村人居环境整治方案\n一、重点任务\n1.整治村容村貌。(镇自然资源所、村建办、综合行政执法队,各村〔社区〕负责)').slice(0, 3)).toEqual([
      '镇自然资源所=镇自然资源所', '镇村建办=镇村建办', '镇综合行政执法队=镇综合行政执法队',
    ]);
  });

  it('should leave a name with a place of its own, a bank, a government and a name before any place as written', () => {
    expect(names('一、重点任务\n1.构建亲清政商关系。(市发展改革委(市民营经济发展局)、市工商联负责)')).toEqual(['市发展改革委(市民营经济发展局)=市发展和改革委员会', '市工商联=市工商业联合会']);
    expect(names('一、重点任务\n1.加大信贷支持。(县财政局、人民银行县支行、各乡镇人民政府负责)').map((n) => n.split('=')[0])).toEqual(['县财政局', '人民银行县支行', '各乡镇人民政府']);
    expect(names('一、重点任务\n1.做好社会救助。(民政局、县财政局负责)').map((n) => n.split('=')[0])).toEqual(['民政局', '县财政局']);
    // a name that writes its level inside (团市委) keeps it; a province's 厅 takes the 省 (甘肃 probe round 49)
    expect(names('一、重点任务\n1.推进志愿服务。(市文明办、团市委负责)').map((n) => n.split('=')[0])).toEqual(['市文明办', '团市委']);
    expect(names('甘肃省老旧小区改造工作方案\n一、重点任务\n1.争取资金。(省发展改革委、财政厅负责)').map((n) => n.split('=')[0])).toEqual(['省发展改革委', '省财政厅']);
    // 自治区 and 兵团 head a list as a level does (新疆 probe round 50)
    expect(names('新疆维吾尔自治区促进消费若干措施\n一、重点任务\n1.扩大体育消费。（自治区责任单位：自治区体育局、教育厅；兵团责任单位：兵团文化体育广电和旅游局、教育局）').map((n) => n.split('=')[0])).toEqual([
      '自治区体育局', '自治区教育厅', '兵团文化体育广电和旅游局', '兵团教育局',
    ]);
  });

  it('should keep a name written alike under two places as two units, each described with its place (新疆 兵团…、发展改革委, probe round 50)', () => {
    const document = extract('新疆维吾尔自治区促进消费若干措施\n一、重点任务\n1．支持汽车消费。（自治区责任单位：自治区商务厅、发展改革委、财政厅；兵团责任单位：兵团商务局、发展改革委，各师市）');
    expect(document.tasks[0]!.units.map((unit) => `${unit.name}=${unit.canonical}`)).toEqual([
      '自治区商务厅=自治区商务厅', '自治区发展改革委=自治区发展和改革委员会', '自治区财政厅=自治区财政厅', '兵团商务局=兵团商务局', '兵团发展改革委=兵团发展和改革委员会', '各师市=各师市',
    ]);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('duplicate-unit');
    // the same name twice under one place is one unit, reported
    const twice = extract('一、重点任务\n1.推进工作。(县住建局、财政局、财政局负责)');
    expect(twice.tasks[0]!.units.map((unit) => unit.name)).toEqual(['县住建局', '县财政局']);
    expect(twice.diagnostics.map((d) => d.code)).toContain('duplicate-unit');
    // …and named again by another note of the task, once and unreported, a place named before it or not (地铺 probe round 45)
    const again = extract('一、重点任务\n（一）深化垃圾分类处理\n• 推进垃圾分类。（牵头科室：村镇建设管理办公室；配合科室：综合行政执法队，各村（社区））\n• 落实“红黑榜”制度。（责任科室：农业农村办公室，各村（社区））');
    expect(again.tasks[0]!.units.map((unit) => unit.name)).toEqual(['村镇建设管理办公室', '综合行政执法队', '各村(社区)', '农业农村办公室']);
    expect(again.diagnostics.map((d) => d.code)).not.toContain('duplicate-unit');
  });
});

describe('townships named as actors', () => {
  it('should read a township by its name, and the townships as a group, as their governments (probe round 49: 龙甫镇, 东城街道, 各乡镇（街道）)', () => {
    for (const name of ['龙甫镇', '东城街道', '圭塘街道办事处', '各乡镇(街道)']) expect(describeIn('县', name), name).toMatchObject({ kind: 'government', function: '党委政府', known: true });
    expect(describeIn('县', '平都乡').level).toBe('乡');
    expect(describeIn('县', '东城街道').level).toBe('镇');
    // towns of a kind are no one town
    expect(describeIn('县', '示范镇').known).toBe(false);
  });
});


describe('probe round 68: autonomous areas and the 兵团 (阿里, 阿拉尔, 广西, 新疆)', () => {
  const units = (text: string) => extract(text).tasks.map((t) => t.units.map((u) => `${u.name}/${u.canonical}/${u.level}${u.generic ? '/generic' : ''}`).join(' '));

  it('should read the 兵团 as a province-level place, its 城乡 no township (`兵团住房城乡建设局`)', () => {
    expect(describeIn(null, '兵团住房城乡建设局')).toMatchObject({ canonical: '兵团住房和城乡建设局', level: '省' });
  });

  it('should carry a 地区 or a 师市 to the names after it (`地区民政局、乡村振兴局`, `师市农业农村局、财政局`)', () => {
    expect(units(['阿里地区行政公署办公室关于印发某方案的通知', '一、任务', '1.推进。（牵头单位：地区住房和城乡建设局；责任单位：各县人民政府，地区民政局、乡村振兴局）'].join('\n'))[0])
      .toBe('地区住房和城乡建设局/地区住房和城乡建设局/市 各县人民政府/各县人民政府/县 地区民政局/地区民政局/市 地区乡村振兴局/地区乡村振兴局/市');
    expect(units(['第一师阿拉尔市关于印发某方案的通知', '一、任务', '3.推进。（师市农业农村局、财政局负责）'].join('\n'))[0]).toBe('师市农业农村局/师市农业农村局/市 师市财政局/师市财政局/市');
  });

  it('should carry 自治区 to its party committee\'s offices written 党委宣传部, and give bare names of three characters the office they share', () => {
    expect(units(['广西壮族自治区人民政府办公厅关于印发某方案的通知', '一、任务', '9.推进。（责任单位：自治区民族宗教委、党委宣传部、党委统战部）',
      '10.推进。（自治区发展改革委牵头，防城港、百色、崇左市人民政府配合）'].join('\n'))).toEqual([
      '自治区民族宗教委/自治区民族宗教事务委员会/省 自治区党委宣传部/自治区党委宣传部/省 自治区党委统战部/自治区党委统战部/省',
      '自治区发展改革委/自治区发展和改革委员会/省 防城港市人民政府/防城港市人民政府/市 百色市人民政府/百色市人民政府/市 崇左市人民政府/崇左市人民政府/市',
    ]);
  });

  it('should mark the places of these structures as groups (`沿线团镇`, `有关师市`, `有关苏木乡镇`, `有关旗县市（区）`)', () => {
    const [listed] = units(['一、任务', '1.推进。（责任单位：沿线团镇、有关师市、有关苏木乡镇、有关旗县市（区）、相关旗县（市、区）人民政府）'].join('\n'));
    expect(listed!.split(' ').every((unit) => unit.endsWith('/generic'))).toBe(true);
  });
});

describe('probe round 70: the bodies of 2012–2017 plans (广元, 利川, 册亨)', () => {
  it('should keep a predecessor body\'s own name: 文广新局, 法制办, 物价局 beside their successors', () => {
    expect(['县文广新局', '县法制办', '县物价局', '县司法局', '县发改局'].map((name) => describeIn('县', name).canonical)).toEqual([
      '县文化广电新闻出版局', '县法制办公室', '县物价局', '县司法局', '县发展和改革局',
    ]);
  });

  it('should read 目督办 as an office, not a unit and the role word 督办 (`责任单位：市食安办、市目督办`)', () => {
    const document = extract(['各项工作中列第一位的为牵头单位。', '一、任务', '1.加强食品安全。（责任单位：市食安办、市目督办）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市食安办:lead', '市目督办:responsible']);
  });
});

describe('probe round 71: the bodies of the 2023–2024 reforms (武汉, 成华, 喀左)', () => {
  it('should know the renamed and new bodies, and the party committee\'s 金融办 as its office', () => {
    expect(['区住房和城市更新局', '区新经济和科技局', '区国资金融局', '区科技创新局', '市委金融办'].map((name) => {
      const described = describeIn('区', name);
      return `${described.canonical}/${described.kind}/${described.known}`;
    })).toEqual(['区住房和城市更新局/department/true', '区新经济和科技局/department/true', '区国资金融局/department/true', '区科学技术局/department/true', '市委金融委员会办公室/party-committee/true']);
  });
});
