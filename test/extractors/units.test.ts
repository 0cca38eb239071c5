// Unit lists: splitting, compound actors, role words, generic units.
import { describe, expect, it } from 'vitest';
import { isGenericUnit, isTimeLimit, looksLikeUnit, readUnitList, unitKey, withoutUnitMark } from '../../src/extractors/units.js';
import { extract } from '../../src/index.js';

const read = (body: string) => readUnitList(body, 'responsible', 'verb').units.map((u) => `${u.name}:${u.role}`);

describe('readUnitList', () => {
  it('should keep compound actors whole: 各县市党委、政府, 市、县级党委、政府, 各县(市、区)政府', () => {
    expect(read('各县市党委、政府;州住建局按职责分工负责')).toEqual(['各县市党委、政府:responsible', '州住建局:responsible']);
    expect(read('市、县级党委、政府')).toEqual(['市、县级党委、政府:responsible']);
    expect(read('市住建局,各县(市、区)政府')).toEqual(['市住建局:responsible', '各县(市、区)政府:responsible']);
  });

  it('should keep a government with the 街道办事处 its 各 also covers, and places listed before one government (probe round 4)', () => {
    // 重庆渝北 【责任单位：…，各镇人民政府、街道办事处】; 晋江 各鎮人民政府、街道辦事處; 湖北 各市、州、县人民政府
    expect(read('区财政局,各镇人民政府、街道办事处')).toEqual(['区财政局:responsible', '各镇人民政府、街道办事处:responsible']);
    expect(read('各乡(镇)人民政府、街道办事处负责')).toEqual(['各乡(镇)人民政府、街道办事处:responsible']);
    expect(read('各市、州、县人民政府')).toEqual(['各市、州、县人民政府:responsible']);
    expect(read('各设区市、县(市、区)人民政府')).toEqual(['各设区市、县(市、区)人民政府:responsible']);
    // 常州 各辖市、区人民政府; 芜湖 各县市区人民政府、开发区管委会 (probe round 10)
    expect(read('市交通运输局,各辖市、区人民政府')).toEqual(['市交通运输局:responsible', '各辖市、区人民政府:responsible']);
    expect(read('市自然资源和规划局,各县市区人民政府、开发区管委会')).toEqual(['市自然资源和规划局:responsible', '各县市区人民政府、开发区管委会:responsible']);
    expect(read('各县(市、区)人民政府、开发区(园区)管委会')).toEqual(['各县(市、区)人民政府、开发区(园区)管委会:responsible']);
    // a development zone by its name is one of its own
    expect(read('各县市区人民政府、芜湖高新区管委会')).toEqual(['各县市区人民政府:responsible', '芜湖高新区管委会:responsible']);
    // 各 on each: two groups; a bureau before: no compound
    expect(read('各镇人民政府、各街道办事处')).toEqual(['各镇人民政府:responsible', '各街道办事处:responsible']);
    expect(read('县民政局、街道办事处')).toEqual(['县民政局:responsible', '街道办事处:responsible']);
  });

  it('should give a county named with one character its office too (光山 probe round 36)', () => {
    expect(readUnitList('光山县、新县、商城县人民政府负责', 'responsible', 'verb').units.map((u) => u.name)).toEqual(['光山县人民政府', '新县人民政府', '商城县人民政府']);
    expect(readUnitList('全县、商城县人民政府负责', 'responsible', 'verb').units.map((u) => u.name)).toEqual(['全县', '商城县人民政府']);
  });

  it('should read a bracket after a unit naming other units and their role as a clause of its own (会宁 probe round 45)', () => {
    expect(read('各乡镇(县公安局交警大队、县交通运输局指导)')).toEqual(['各乡镇:responsible', '县公安局交警大队:support', '县交通运输局:support']);
    expect(read('县住建局(县人防办)、县财政局')).toEqual(['县住建局(县人防办):responsible', '县财政局:responsible']);
  });

  it('should keep zones of two kinds sharing the committee after them one actor (probe round 44: 各管理区和功能区管委会)', () => {
    expect(read('市住建局、各管理区和功能区管委会负责')).toEqual(['市住建局:responsible', '各管理区和功能区管委会:responsible']);
    expect(read('市城管局及各区政府负责')).toEqual(['市城管局:responsible', '各区政府:responsible']);
  });

  it('should give places of one kind listed bare the office after them, each its own (round 7 甘肃, 宜昌)', () => {
    expect(read('省工信厅主责，省发展改革委、省商务厅协同，酒泉市、武威市、白银市人民政府负责落实').slice(3)).toEqual(['酒泉市人民政府:responsible', '武威市人民政府:responsible', '白银市人民政府:responsible']);
    expect(read('市商务局，西陵区、伍家岗区人民政府')).toEqual(['市商务局:responsible', '西陵区人民政府:responsible', '伍家岗区人民政府:responsible']);
    expect(read('城关镇、东关镇党委、政府')).toEqual(['城关镇党委、政府:responsible', '东关镇党委、政府:responsible']);
    // a group's office is no one place's
    expect(read('高新区、各县市区人民政府')).toEqual(['高新区:responsible', '各县市区人民政府:responsible']);
    // a county-level city, a county and a district stand alike (round 8 遵义)
    expect(read('仁怀市、习水县、播州区人民政府按职责分工负责')).toEqual(['仁怀市人民政府:responsible', '习水县人民政府:responsible', '播州区人民政府:responsible']);
    // a 街道 is no 区: it keeps its name beside a zone's 管委会
    expect(read('弦山街道、紫水街道、官渡河产业集聚区管委会配合')).toEqual(['弦山街道:support', '紫水街道:support', '官渡河产业集聚区管委会:support']);
  });

  it('should read universities, research institutes, banking institutions and 地级以上市 as units (probe round 4)', () => {
    // 四川 13. （省教育厅牵头，省人力资源社会保障厅、四川大学、电子科技大学等参与）
    expect(read('省教育厅牵头,省人力资源社会保障厅、四川大学、电子科技大学等参与')).toEqual([
      '省教育厅:lead', '省人力资源社会保障厅:support', '四川大学:support', '电子科技大学:support',
    ]);
    expect(read('中国科学院成都分院、西南交通大学参与')).toEqual(['中国科学院成都分院:support', '西南交通大学:support']);
    expect(read('区科技局牵头,石家庄铁道大学、河北科技大学配合')).toEqual(['区科技局:lead', '石家庄铁道大学:support', '河北科技大学:support']);
    expect(read('区财政局牵头,人民银行鹿泉支行、区内各银行机构配合')).toEqual(['区财政局:lead', '人民银行鹿泉支行:support', '区内各银行机构:support']);
    // 广东 （各地级以上市人民政府负责，省水利厅配合）
    expect(read('各地级以上市人民政府负责,省水利厅配合')).toEqual(['各地级以上市人民政府:responsible', '省水利厅:support']);
    // 等高校: the named university and a placeholder for the others
    const etc = readUnitList('四川大学等高校参与', 'responsible', 'verb').units;
    expect(etc.map((u) => `${u.name}:${u.role}:${u.generic}`)).toEqual(['四川大学:support:false', '高校:support:true']);
  });

  it('should give each clause its role when every clause closes with a role in brackets, in traditional characters too (梅县 probe round 57)', () => {
    expect(read('市生態環境局梅縣分局（牽頭），區農業農村局、各鎮人民政府（配合）')).toEqual(['市生態環境局梅縣分局:lead', '區農業農村局:support', '各鎮人民政府:support']);
    expect(read('市生态环境局梅县分局（牵头），区农业农村局、各镇人民政府（配合）')).toEqual(['市生态环境局梅县分局:lead', '区农业农村局:support', '各镇人民政府:support']);
  });

  it('should give a bracketed role after a unit with its own to every unit since that one (梅县 probe round 57)', () => {
    expect(read('各镇人民政府（牵头）、市生态环境局梅县分局、区住房城乡建设局、区农业农村局（配合）')).toEqual([
      '各镇人民政府:lead', '市生态环境局梅县分局:support', '区住房城乡建设局:support', '区农业农村局:support',
    ]);
    // the first bracket of a list is its own unit's still
    expect(read('市委宣传部、市文旅局、市新闻出版局(牵头)')).toEqual(['市委宣传部:responsible', '市文旅局:responsible', '市新闻出版局:lead']);
  });

  it('should keep a compound actor whole whose places name what they include (河北 probe round 59)', () => {
    expect(read('各市(含定州、辛集市)、县(市、区)人民政府负责')).toEqual(['各市(含定州、辛集市)、县(市、区)人民政府:responsible']);
  });

  it('should read a short quoted word inside a unit\'s name (安吉 probe round 59: 县“两山”合作社)', () => {
    expect(read('县“两山”合作社、县林业局负责')).toEqual(['县“两山”合作社:responsible', '县林业局:responsible']);
    expect(readUnitList('县“两山”合作社、县林业局', 'responsible', 'labeled').units.map((u) => u.name)).toEqual(['县“两山”合作社', '县林业局']);
  });

  it('should know groups of a kind within a place and the places along a named line as placeholders (蓬溪, 松陵 probe round 59)', () => {
    for (const name of ['县内各银行业金融机构', '市内各高校', '河道沿线社区', '国道沿线各村']) expect(isGenericUnit(name), name).toBe(true);
    expect(isGenericUnit('沿河县')).toBe(false);
  });

  it('should read 按职责分工负责落实, 按照各自职责推动落实 and 督促落实 as responsible (probe round 4)', () => {
    expect(read('市民政局、市商务局按职责分工负责落实')).toEqual(['市民政局:responsible', '市商务局:responsible']);
    expect(read('市商务局按照各自职责推动落实')).toEqual(['市商务局:responsible']);
    // 湖北 9. （省住建厅负责，各市、州人民政府督促落实）
    expect(read('省住建厅负责,各市、州人民政府督促落实')).toEqual(['省住建厅:responsible', '各市、州人民政府:responsible']);
  });

  it('should let a role word reach back over a comma to names alone after a clause that said its role (广东 省水利厅牵头，省财政厅，…配合)', () => {
    expect(read('省水利厅牵头,省财政厅,各地级以上市人民政府配合')).toEqual(['省水利厅:lead', '省财政厅:support', '各地级以上市人民政府:support']);
    // the first clause said no role: the comma still ends it
    expect(read('市发改委,市财政局配合')).toEqual(['市发改委:responsible', '市财政局:support']);
    // a semicolon ends the clause whatever it said
    expect(read('省水利厅牵头;省财政厅;省住建厅配合')).toEqual(['省水利厅:lead', '省财政厅:responsible', '省住建厅:support']);
  });

  it('should keep 州委、州政府 as two units: each names its own level', () => {
    expect(read('州委、州政府负责')).toEqual(['州委:responsible', '州政府:responsible']);
  });

  it('should apply a role word to every unit since the last one (X、Y牵头,Z配合)', () => {
    expect(read('省发展改革委、省财政厅牵头,省住建厅配合')).toEqual(['省发展改革委:lead', '省财政厅:lead', '省住建厅:support']);
  });

  it('should strip 等 and 由 (county-towns 48.: 省残联、省民政厅等负责)', () => {
    expect(read('省残联、省民政厅等负责')).toEqual(['省残联:responsible', '省民政厅:responsible']);
    expect(read('由市政数局牵头负责')).toEqual(['市政数局:lead']);
  });

  it('should mark the role words 按职责分工负责 so a convention can except them', () => {
    const [unit] = readUnitList('省交通运输厅按职责分工负责', 'responsible', 'verb').units;
    expect(unit!.division).toBe(true);
  });

  it('should keep compound actors of provincial and township plans whole', () => {
    expect(read('省住房城乡建设厅,各市(州)、县(市、区)人民政府')).toEqual(['省住房城乡建设厅:responsible', '各市(州)、县(市、区)人民政府:responsible']);
    expect(read('各乡镇(街道)党(工)委、政府(办事处)')).toEqual(['各乡镇(街道)党(工)委、政府(办事处):responsible']);
    const [both] = readUnitList('省委、省政府各相关部门', 'responsible', 'verb').units;
    expect(both).toMatchObject({ name: '省委、省政府各相关部门', generic: true });
    // each names its own office: two units
    expect(read('市委、市政府办公室')).toEqual(['市委:responsible', '市政府办公室:responsible']);
  });

  it('should strip the words before a role word that say how the unit does it (各区人民政府具体落实, …按属地原则负责)', () => {
    for (const words of ['具体落实', '抓落实', '组织落实', '按属地原则负责', '属地负责', '分级负责', '抓好组织实施', '推进实施', '具体承办', '负责组织实施']) {
      expect(read(`各区人民政府${words}`), words).toEqual(['各区人民政府:responsible']);
    }
    expect(read('市住建局牵头实施,市财政局配合')).toEqual(['市住建局:lead', '市财政局:support']);
  });

  it('should read 支持 and 指导 with the words joined to them as support (市发改委、市民政局指导支持)', () => {
    expect(read('各区人民政府负责,市发展改革委、市民政局指导支持')).toEqual(['各区人民政府:responsible', '市发展改革委:support', '市民政局:support']);
    expect(read('各区人民政府负责,市住建局督促指导')).toEqual(['各区人民政府:responsible', '市住建局:support']);
    expect(read('市住建局牵头,市财政局支持')).toEqual(['市住建局:lead', '市财政局:support']);
    expect(read('市城管局牵头,市自然资源局协助配合')).toEqual(['市城管局:lead', '市自然资源局:support']);
  });

  it('should read a role word that opens a short phrase after a placed unit (市财政局做好资金保障)', () => {
    // who sees to the means supports the work, whatever the verb (岳西 probe round 13, 泰安 probe round 18)
    expect(read('市商务局牵头,市财政局做好资金保障')).toEqual(['市商务局:lead', '市财政局:support']);
    expect(read('市城管局负责推进,市财政局负责资金保障')).toEqual(['市城管局:responsible', '市财政局:support']);
    expect(read('市城管局负责推进,市财政局负责资金拨付')).toEqual(['市城管局:responsible', '市财政局:responsible']);
    expect(read('市住建局牵头,市水利局、市应急管理局配合做好相关工作')).toEqual(['市住建局:lead', '市水利局:support', '市应急管理局:support']);
    // 晋中 (probe round 10): 分别负责 what each does, at length
    expect(read('市人力资源社会保障局牵头,市民政局、市教育局分别负责职业技能等级认定和院校培养工作')).toEqual(['市人力资源社会保障局:lead', '市民政局:responsible', '市教育局:responsible']);
    // no place, or no organization: no unit
    expect(readUnitList('企业负责日常运营维护', 'responsible', 'verb').ok).toBe(false);
  });

  it('should take a time limit written without a label out of the list (市住建局负责，6月底前完成)', () => {
    const list = (body: string) => readUnitList(body, 'responsible', 'verb');
    expect(list('市住建局负责,6月底前完成')).toMatchObject({ ok: true, deadline: '6月底前' });
    expect(list('市行政审批局负责,年底前完成').deadline).toBe('年底前');
    expect(list('市司法局牵头,市直有关部门配合,2024年11月').deadline).toBe('2024年11月');
    expect(list('市财政局负责,全年推进').deadline).toBe('全年推进');
    expect(list('市自然资源局负责,2024年6月—12月').deadline).toBe('2024年6月—12月');
    expect(read('市发展改革委负责,每季度')).toEqual(['市发展改革委:responsible']);
    // a start is no deadline, and no unit either
    expect(list('县住建局负责,2024年起实施')).toMatchObject({ ok: true, deadline: null });
  });

  it('should strip the words that open a clause naming its unit (此项工作由县城管局牵头)', () => {
    expect(read('此项工作由县城管局牵头,县住建局配合')).toEqual(['县城管局:lead', '县住建局:support']);
    expect(read('具体由县住建局负责')).toEqual(['县住建局:responsible']);
  });

  it('should read a unit carrying its other name in brackets, and the roles 负责指导, 负责统筹, 负责配合, 督办 (round-two probes)', () => {
    expect(read('市城管局(市供热办)牵头,市财政局配合')).toEqual(['市城管局(市供热办):lead', '市财政局:support']);
    expect(read('各乡镇负责,县农业农村局负责指导')).toEqual(['各乡镇:responsible', '县农业农村局:support']);
    expect(read('县农业农村局负责统筹,各乡镇人民政府抓好落实')).toEqual(['县农业农村局:lead', '各乡镇人民政府:responsible']);
    expect(read('县生态环境分局牵头,县住建局、县水利局负责配合')).toEqual(['县生态环境分局:lead', '县住建局:support', '县水利局:support']);
    expect(read('市发改委牵头,市政府督查室跟踪督办')).toEqual(['市发改委:lead', '市政府督查室:support']);
    expect(read('县城管局负责督导,各乡镇具体实施')).toEqual(['县城管局:support', '各乡镇:responsible']);
    expect(readUnitList('县自然资源局负责指导', 'responsible', 'verb').units[0]).toMatchObject({ role: 'support', oversees: true });
    // 负责配合 is support, never oversight
    expect(readUnitList('县公安局负责配合', 'responsible', 'verb').units[0]).toMatchObject({ role: 'support' });
    expect(readUnitList('县公安局负责配合', 'responsible', 'verb').units[0]!.oversees).toBeUndefined();
  });

  it('should skip the persons a note names and keep its units (市政府分管副市长负责调度, 副市长李××牵头)', () => {
    expect(read('市政府分管副市长负责调度,市住建局牵头,长白山保护开发区管委会配合')).toEqual(['市住建局:lead', '长白山保护开发区管委会:support']);
    expect(read('副市长李××牵头,市发改委、市交通运输局负责')).toEqual(['市发改委:responsible', '市交通运输局:responsible']);
    expect(readUnitList('市长负责', 'responsible', 'verb').units).toEqual([]);
  });

  it('should split 及 after a group of places only before an organization (各乡镇及国有林场)', () => {
    expect(read('县林业局牵头,县应急局、各乡镇及国有林场配合')).toEqual(['县林业局:lead', '县应急局:support', '各乡镇:support', '国有林场:support']);
    expect(read('各乡镇及村级组织负责,县水利局配合')).toEqual(['各乡镇及村级组织:responsible', '县水利局:support']);
  });

  it('should skip persons, not places whose names hold a title\'s characters (湖南省长沙市, 合肥市长丰县, ××县)', () => {
    expect(read('湖南省长沙市、株洲市负责')).toEqual(['湖南省长沙市:responsible', '株洲市:responsible']);
    expect(read('合肥市长丰县牵头')).toEqual(['合肥市长丰县:lead']);
    expect(read('××县、××市负责')).toEqual(['××县:responsible', '××市:responsible']);
    expect(read('县长负责,县财政局配合')).toEqual(['县财政局:support']);
  });

  it('should fail on fragments that are sentences', () => {
    expect(readUnitList('以下任务均需各县(市)政府落实,不再列出', 'responsible', 'verb').ok).toBe(false);
  });
});

describe('looksLikeUnit', () => {
  it('should accept departments, companies, banks and collective actors', () => {
    for (const name of ['州文广旅局', '省应急管理厅', '延边供电公司', '人民银行长春中心支行', '吉林银保监局', '国开行吉林省分行', '市消防救援支队', '残联', '各乡镇', '省供销社']) {
      expect(looksLikeUnit(name, 'verb'), name).toBe(true);
    }
  });

  it('should refuse phrases', () => {
    for (const name of ['以下简称示范镇', '含租房居住', '中药材', '试行', '2022年']) expect(looksLikeUnit(name, 'verb'), name).toBe(false);
  });
});

describe('isGenericUnit', () => {
  it('should mark 各有关金融机构 and 各有关企业 generic, as 有关金融机构 is (深圳 probe round 37; 东山 各银行业金融机构, round 48)', () => {
    for (const name of ['相关团场', '有关苏木镇', '各有关金融机构', '各有关企业', '各相关高校', '各银行业金融机构', '各银行保险机构', '各经办银行']) expect(isGenericUnit(name), name).toBe(true);
  });

  it('should mark 有关镇（街道） generic, places of a district as a group (鄞州 probe round 41)', () => {
    for (const name of ['有关镇(街道)', '相关镇(街道)', '有关乡(镇)', '沿线乡镇', '沿线各镇人民政府']) expect(isGenericUnit(name), name).toBe(true);
    expect(isGenericUnit('各镇(街道)')).toBe(false);
  });

  it('should know the placeholders of the corpus', () => {
    for (const name of ['相关部门', '有关科室', '省直相关部门', '各有关部门', '市直各有关部门', '有关部门']) expect(isGenericUnit(name), name).toBe(true);
  });

  it('should know the central government\'s placeholders (国办 plans, probe round 58), and keep its named bodies', () => {
    for (const name of ['国务院有关部门', '国务院相关部门', '中央和国家机关有关部门', '中央有关部门', '国家有关部门', '有关部委', '国务院各有关部门']) expect(isGenericUnit(name), name).toBe(true);
    for (const name of ['国务院国资委', '国务院办公厅', '国家发展改革委', '财政部']) expect(isGenericUnit(name), name).toBe(false);
  });

  it('should know the placeholders of other plans: a level before them, places as a group, the members of a body', () => {
    for (const name of ['省有关部门', '省级有关部门', '市有关单位', '县级相关部门', '有关县(市、区)', '有关县区', '有关乡镇', '领导小组各成员单位', '相关行业主管部门', '各行业主管部门']) {
      expect(isGenericUnit(name), name).toBe(true);
    }
    for (const name of ['各人民团体', '中直驻州单位', '中省直驻吉有关单位', '县委各部委', '市直各单位党组(党委)', '市直12个相关部门', '市直各行政执法部门', '省级行政执法部门', '市直有关执法部门', '县级监管部门']) {
      expect(isGenericUnit(name), name).toBe(true);
    }
    // a body's members or offices as a group (潞城, probe round 10): 区安委会有关成员单位
    for (const name of ['区安委会有关成员单位', '市政府有关部门', '县卫健局相关科室', '领导小组相关成员单位']) expect(isGenericUnit(name), name).toBe(true);
    // 广西 (probe round 11): the autonomous region's offices as 省's are
    for (const name of ['自治区有关部门', '自治区直有关部门', '自治区级相关部门', '自治州有关单位']) expect(isGenericUnit(name), name).toBe(true);
    // 横琴 (probe round 12): a zone's offices, and any of them in traditional characters
    for (const name of ['合作区有关部门', '开发区相关单位', '澳門特區政府相關部門', '市直相關部門', '有關部門']) expect(isGenericUnit(name), name).toBe(true);
    // 蚌埠 (probe round 14): a 政协's committees as a group
    for (const name of ['各专门委员会', '市政协各专门委员会', '各专委会']) expect(isGenericUnit(name), name).toBe(true);
    // 青海 (probe round 16): every place, none named, `（省科技厅牵头，省工业和信息化厅、各地等按职责分工负责）`
    for (const name of ['各地', '各地区', '各地方']) expect(isGenericUnit(name), name).toBe(true);
    expect(isGenericUnit('社会和法制委员会')).toBe(false);
    for (const name of ['市场监管局', '县委宣传部', '县政府办公室', '有关县委', '县发改委', '市教育局党委', '县行政审批部门', '县综合执法部门']) expect(isGenericUnit(name), name).toBe(false);
    expect(isGenericUnit('部门')).toBe(false);
    expect(isGenericUnit('州住建局')).toBe(false);
  });
});

describe('withoutUnitMark', () => {
  it('should drop the mark a plan sets after a unit\'s name (温州 probe round 16: 市公安局*), not a person\'s placeholder', () => {
    expect(withoutUnitMark('市公安局*')).toBe('市公安局');
    expect(withoutUnitMark('市住建局★')).toBe('市住建局');
    expect(withoutUnitMark('李*')).toBe('李*');
    expect(readUnitList('市公安局*、市发展改革委', 'responsible', 'labeled').units.map((u) => u.name)).toEqual(['市公安局', '市发展改革委']);
  });
});

describe('isTimeLimit', () => {
  it('should know the time limits notes write without a label', () => {
    for (const piece of ['年底前完成', '6月底前', '2024年内完成', '三季度完成', '每季度', '2024年6月—12月', '持续推进', '长期坚持', '全年推进', '12月底前', '2024年11月', '二〇二四年底前']) {
      expect(isTimeLimit(piece), piece).toBe(true);
    }
  });

  it('should read how often a thing is done as its time (富平 probe round 16: 县市场监管局负责，县工信局配合，每季度开展一次)', () => {
    for (const piece of ['每季度开展一次', '每半年开展一次', '每月通报一次', '按季度开展', '按季度', '逐月推进', '2024年起每年开展一次', '每季度调度一次', '每季度开展一次检查']) {
      expect(isTimeLimit(piece), piece).toBe(true);
    }
    for (const piece of ['每年县财政局', '每月由县住建局负责', '每季度县商务局牵头']) expect(isTimeLimit(piece), piece).toBe(false);
  });

  it('should refuse units and words that are no time', () => {
    for (const piece of ['推进', '完成', '市住建局', '年度考核', '月亮湾管委会', '各县区', '报送进展', '年度报送']) expect(isTimeLimit(piece), piece).toBe(false);
  });

  it('should read a time and the report due then as a time limit (round 8 故城县 每季度末报送进展)', () => {
    for (const piece of ['每季度末报送进展', '每月底前报送工作进展', '6月底前上报']) expect(isTimeLimit(piece), piece).toBe(true);
  });
});

describe('unitKey', () => {
  it('should compare spellings of one unit: full-width brackets, traditional characters', () => {
    expect(unitKey('各县（市、区）政府')).toBe(unitKey('各县(市、区)政府'));
    expect(unitKey('縣衛生健康局')).toBe(unitKey('县卫生健康局'));
  });
});

describe('probe round 51: a township\'s and a bureau\'s own plans (枝江, 攸县, 大窑, 芒川)', () => {
  it('should keep an office named for two things whole, and parts places before a body (各自然资源和规划所)', () => {
    expect(read('各自然资源和规划所负责')).toEqual(['各自然资源和规划所:responsible']);
    expect(read('各乡镇和县直部门负责')).toEqual(['各乡镇:responsible', '县直部门:responsible']);
  });

  it('should mark 相关业务股室 generic, as 有关科室 is', () => {
    expect(isGenericUnit('相关业务股室')).toBe(true);
    expect(isGenericUnit('股室')).toBe(false);
  });

  it('should read a village\'s committees in quotes, the villages before them sharing them (大窑 杨花村、南阳村村“两委”)', () => {
    expect(readUnitList('杨花村、南阳村村“两委”', 'responsible', 'labeled').units.map((u) => u.name)).toEqual(['杨花村村“两委”', '南阳村村“两委”']);
    expect(readUnitList('县民政局、各村“两委”', 'responsible', 'labeled').ok).toBe(true);
  });

  it('should keep 属地镇人民政府、街道办事处 one actor, generic: wherever the work is (吴兴)', () => {
    expect(readUnitList('市市场监管局、属地镇人民政府、街道办事处配合', 'responsible', 'verb').units.map((u) => `${u.name}${u.generic ? ':generic' : ''}`)).toEqual(['市市场监管局', '属地镇人民政府、街道办事处:generic']);
  });

  it('should read persons sent to a post as no units, though 干部 ends as a 部 does (督导：包村领导、驻村干部)', () => {
    expect(read('各村(社区)、驻村干部负责')).toEqual(['各村(社区):responsible']);
  });
});

describe('probe round 61: compound actors and groups of a table\'s unit cells (信阳, 浏阳, 孝感)', () => {
  const listed = (list: string) => readUnitList(list, 'responsible', 'verb').units.map((u) => `${u.name}${u.generic ? '(generic)' : ''}`);

  it('should keep the counties\' governments with the zones named bare beside them whole (信阳: 各县区政府、管理区、开发区)', () => {
    expect(listed('市工信局、各县区政府、管理区、开发区')).toEqual(['市工信局', '各县区政府、管理区、开发区']);
  });

  it('should keep the towns along a river with their 街道 whole, as a group (浏阳: 沿河各镇人民政府、街道办事处)', () => {
    expect(listed('市生态环境局、沿河各镇人民政府、街道办事处')).toEqual(['市生态环境局', '沿河各镇人民政府、街道办事处(generic)']);
    // 沿河镇 is one town's name
    expect(listed('县水利局、沿河镇人民政府')).toEqual(['县水利局', '沿河镇人民政府']);
  });

  it('should read the departments of one kind as a group (孝感: 市直各审批部门)', () => {
    expect(listed('市司法局、市直各审批部门、市直各监管部门')).toEqual(['市司法局', '市直各审批部门(generic)', '市直各监管部门(generic)']);
  });
});

describe('probe round 62: the province\'s and the centre\'s units stationed in a city (清远, 百色)', () => {
  const listed = (list: string) => readUnitList(list, 'responsible', 'verb').units.map((u) => `${u.name}${u.generic ? '(generic)' : ''}`);

  it('should read 省驻清有关单位 as a group, as 省驻清各有关单位 is', () => {
    expect(listed('市直各有关单位、省驻清有关单位')).toEqual(['市直各有关单位(generic)', '省驻清有关单位(generic)']);
  });

  it('should keep 中直、区直驻百色有关单位 whole, one group', () => {
    expect(listed('市发展改革委、中直、区直驻百色有关单位')).toEqual(['市发展改革委', '中直、区直驻百色有关单位(generic)']);
    expect(listed('中央和省驻市单位')).toEqual(['中央和省驻市单位(generic)']);
  });
});

describe('probe round 64: a province\'s plan by level (湖南, 湖北, 河南)', () => {
  const listed = (list: string, mode: 'labeled' | 'verb' = 'labeled') => readUnitList(list, 'responsible', mode).units.map((u) => `${u.name}:${u.role}${u.generic ? '(generic)' : ''}`);

  it('should read a level\'s part opened by 由 (`省级由省农业农村厅牵头，…；市县由各市州、县市区人民政府负责`)', () => {
    expect(listed('省级由省农业农村厅牵头，省财政厅配合；市县由各市州、县市区人民政府负责')).toEqual([
      '省农业农村厅:lead', '省财政厅:support', '各市州、县市区人民政府:responsible',
    ]);
  });

  it('should keep Hubei\'s 各市、州、直管市、神农架林区人民政府 whole', () => {
    expect(listed('省住建厅、各市、州、直管市、神农架林区人民政府')).toEqual(['省住建厅:responsible', '各市、州、直管市、神农架林区人民政府:responsible']);
  });

  it('should read 有关省辖市政府 and 相关专营单位 as groups, and the kind described after 等 as no unit', () => {
    expect(listed('省住建厅牵头，有关省辖市政府、相关专营单位配合', 'verb')).toEqual(['省住建厅:lead', '有关省辖市政府:support(generic)', '相关专营单位:support(generic)']);
    expect(listed('南宁市自来水有限责任公司等专营单位')).toEqual(['南宁市自来水有限责任公司:responsible']);
  });
});

describe('probe round 66: the county\'s sector departments as a group (兰考)', () => {
  it('should read 县直各行业扶贫部门 as generic', () => {
    expect(isGenericUnit('县直各行业扶贫部门')).toBe(true);
    expect(isGenericUnit('县直各扶贫部门')).toBe(true);
  });
});

describe('probe round 76: companies of a line of work, and the bodies of North China counties (昌图, 望奎)', () => {
  it('should mark the companies of one line of work, none named, generic', () => {
    const document = extract(['一、重点任务', '1.推进5G基站建设。（县工信局牵头，各通信运营企业、各燃气企业、相关管线单位配合）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['县工信局:false', '各通信运营企业:true', '各燃气企业:true', '相关管线单位:true']);
  });

  it('should know 文体广电和旅游局 and the counties\' 发展服务中心', () => {
    const document = extract(['一、重点任务', '1.推进工作。（县文体广电和旅游局、县农业农村发展服务中心、县畜牧发展服务中心、市金融发展服务中心负责）'].join('\n'));
    expect(document.diagnostics.map((d) => d.code)).not.toContain('unknown-unit');
  });
});

describe('probe round 51: persons posted to a level\'s areas (龙山)', () => {
  it('should read `街道包片领导督导` as persons overseeing, no unit, and keep the note\'s units', () => {
    const document = extract(['一、重点任务', '（三）强化社区网格化管理。各社区每月开展一次隐患排查。（各社区负责，街道包片领导督导）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['各社区:responsible']);
  });
});

describe('probe round 88: cities\' key tasks and a county\'s safety plan (南充, 沂南)', () => {
  const taskUnits = (text: string) => extract(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' '));

  it('should give the zones before a park\'s committee the committee too, and mark the districts and counties along a river generic', () => {
    expect(taskUnits(['一、重点任务', '1.推进物流枢纽建设。（市发展改革委牵头，南充高新区、南充经开区、南充现代物流园管委会，沿江区县人民政府负责）'].join('\n'))).toEqual([
      '市发展改革委:lead 南充高新区管委会:responsible 南充经开区管委会:responsible 南充现代物流园管委会:responsible 沿江区县人民政府:responsible:generic',
    ]);
  });

  it('should mark a bare class of companies by their trade generic (`燃气经营企业`, `生产经营单位`)', () => {
    expect(taskUnits(['一、重点任务', '1.开展燃气安全排查。（县住房城乡建设局牵头，燃气经营企业具体实施）', '2.落实主体责任。（县应急管理局牵头，生产经营单位负责）'].join('\n'))).toEqual([
      '县住房城乡建设局:lead 燃气经营企业:responsible:generic', '县应急管理局:lead 生产经营单位:responsible:generic',
    ]);
  });
});
