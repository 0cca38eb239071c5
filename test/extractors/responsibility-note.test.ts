// Responsibility notes, each rule with the real line that motivated it.
import { describe, expect, it } from 'vitest';
import { readTextLines } from '../../src/readers/text.js';
import { NoteFinder } from '../../src/extractors/find-notes.js';
import { parseNote } from '../../src/extractors/responsibility-note.js';
import { extract } from '../../src/extract.js';
import { findNoteParts } from '../../src/extractors/convention.js';

const findNotes = (text: string) => new NoteFinder().findNotes(text);

const units = (text: string) => findNotes(text).flatMap((span) => span.note.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`));

describe('findNotes', () => {
  it('should read a 责任单位 note with a compound actor and 按职责分工负责 (yanbian 1.)', () => {
    expect(units('完善园区基础设施。推进园区与镇区基础设施共建共享。(责任单位:各县市党委、政府;州住建局、州商务局、州文广旅局按职责分工负责)')).toEqual([
      '各县市党委、政府:responsible', '州住建局:responsible', '州商务局:responsible', '州文广旅局:responsible',
    ]);
  });

  it('should keep 市、县级党委、政府 whole (jilin plan 1．)', () => {
    expect(units('（责任单位：市、县级党委、政府；省住房城乡建设厅、省商务厅按职责分工负责）')).toEqual([
      '市、县级党委、政府:responsible', '省住房城乡建设厅:responsible', '省商务厅:responsible',
    ]);
  });

  it('should read 〔责任单位:…;配合单位:…〕 with an ASCII comma inside (yanan 四(一))', () => {
    expect(units('申报第八批省级历史文化名镇名村(传统村落)。〔责任单位:市住建局,各县(市、区)政府;配合单位:市自然资源局〕')).toEqual([
      '市住建局:responsible', '各县(市、区)政府:responsible', '市自然资源局:support',
    ]);
  });

  it('should read X牵头、Y、Z等按职责分工负责 with 、 after 牵头 (shuangying 三(一))', () => {
    expect(units('牢牢守住耕地保有量和永久基本农田保护目标红线。(自然资源服务科牵头、执法保障科、农业服务科、民政办公室等按职责分工负责)')).toEqual([
      '自然资源服务科:lead', '执法保障科:responsible', '农业服务科:responsible', '民政办公室:responsible',
    ]);
  });

  it('should read no note in the places a name stands for with it where the plan labels its notes\' parts (宜昌 probe round 56)', () => {
    const document = extract(['二、重点任务', '（各项任务后括号内，分号前为牵头单位，分号后为责任单位）', '1.推动政务外网向乡镇（街道）、村（社区）延伸覆盖。（市数据局；市委机要保密局）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市数据局:lead', '市委机要保密局:responsible']);
    expect(document.tasks[0]!.text).toBe('推动政务外网向乡镇(街道)、村(社区)延伸覆盖。');
  });

  it('should read labels naming the kind of duty, 监管责任单位 and 属地责任单位 (城固 probe round 56)', () => {
    expect(units('整治占道经营。\n监管责任单位：县城市管理执法局、县市场监督管理局\n属地责任单位：博望街道办事处、莲花街道办事处')).toEqual([
      '县城市管理执法局:responsible', '县市场监督管理局:responsible', '博望街道办事处:responsible', '莲花街道办事处:responsible',
    ]);
  });

  it('should read 按职责抓好本单位落实 as the role words, no part of the name (蓬溪 probe round 54)', () => {
    expect(units('推进垃圾分类。(县住建局牵头,县直各部门按职责抓好本单位落实)')).toEqual(['县住建局:lead', '县直各部门:responsible:generic']);
  });

  it('should read two leads in one note (shuangying 三(七))', () => {
    expect(units('(民政办公室、卫生健康服务科牵头,社会事务服务科、残联等按职责分工负责)')).toEqual([
      '民政办公室:lead', '卫生健康服务科:lead', '社会事务服务科:responsible', '残联:responsible',
    ]);
  });

  it('should split X等有关部门 into the unit and a generic unit (shuangying 六(二))', () => {
    expect(units('(民政办公室等有关部门按职责分工负责)')).toEqual(['民政办公室:responsible', '有关部门:responsible:generic']);
  });

  it('should mark 省直相关部门 generic (jilin plan 14．)', () => {
    expect(units('（责任单位：市、县级党委、政府；省直相关部门按职责分工负责）')).toContain('省直相关部门:responsible:generic');
  });

  it('should read a note whose closing bracket is missing, to the end of the paragraph (county-towns 70.)', () => {
    const spans = findNotes('将农村公路等公益性设施的管护和运行投入纳入一般公共财政预算。(省交通运输厅、省财政厅等按职责分工负责');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.unclosed).toBe(true);
    expect(spans[0]!.note.units.map((u) => u.name)).toEqual(['省交通运输厅', '省财政厅']);
  });

  it('should know the other ways plans state who leads: 首位, 第一家, 第一个单位, 第一责任单位, in traditional characters too (泉州 probe round 27)', () => {
    for (const statement of ['注:排在首位的为牵头单位,其他为配合单位。', '各项任务第一家单位为牵头单位。', '列在首位的单位为牵头单位。', '第一个单位为牵头单位。', '第一责任单位为牵头单位。', '各項任務中排在第一位的為牽頭單位，其他為責任單位。']) {
      const document = extract(['2023年工作方案', '一、重点任务', '1.压缩企业开办时间。(责任单位:县市场监管局、县税务局)', statement].join('\n'));
      expect(document.convention?.firstListedLeads, statement).toBe(true);
      expect(document.tasks[0]!.units[0]!.role, statement).toBe('lead');
    }
  });

  it('should read 其他单位为配合单位 after a clause of the convention sentence (shanggao, probe 10)', () => {
    const statement = '(一)压实工作责任。凡涉及多个责任单位的任务,第一个单位为牵头单位,负责统筹协调、推进落实;其他单位为配合单位,要主动对接、密切配合,形成工作合力。';
    const document = extract(['2024年工作方案', '一、重点任务', '1.推进老旧小区改造。(县住建局、县自然资源局、敖阳街道)', '二、保障措施', statement].join('\n'));
    expect(document.convention?.othersSupport).toBe(true);
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县住建局:lead', '县自然资源局:support', '敖阳街道:support']);
    // the next sentence is another matter: 其他 there says nothing of the units of a task
    const next = extract(['2024年工作方案', '一、重点任务', '1.推进老旧小区改造。(县住建局、县自然资源局)', '第一个单位为牵头单位。其他单位为配合单位的,要主动对接。'].join('\n'));
    expect(next.convention?.othersSupport).toBe(false);
  });

  it('should cut a stated convention out of the note and report it (county-towns 1.)', () => {
    const [span] = findNotes('培育县域百亿级产业集群。(省发展改革委、省工信厅、省能源局按职责分工负责,除按职责分工负责外,列第一位为牵头部门)');
    expect(span!.note.convention).toBe('除按职责分工负责外,列第一位为牵头部门');
    expect(span!.note.units.map((u) => `${u.name}:${u.role}`)).toEqual(['省发展改革委:responsible', '省工信厅:responsible', '省能源局:responsible']);
  });

  it('should not read brackets that name no unit as notes', () => {
    expect(findNotes('建设以增强产业支撑能力为主要内容的乡村振兴示范镇(以下简称示范镇)。')).toEqual([]);
    expect(findNotes('按照《意见》(中办发〔2022〕37号)要求,结合吉林省实际。')).toEqual([]);
    expect(findNotes('只要在当地有合法稳定住所(含租房居住)即可申请。')).toEqual([]);
    expect(findNotes('按年度确定建设任务并细化到村(社区)。')).toEqual([]);
  });

  it('should not copy a document-level statement into a task ([以下任务均需…], county-towns (一))', () => {
    expect(findNotes('加快发展成为大城市的卫星县城。[以下任务均需各县(市)政府落实,不再列出]')).toEqual([]);
  });

  it('should leave a statement for every task out of the note it ends (泉州 。以下各项任务均需…落实，不再列出, probe round 41)', () => {
    const note = '(责任单位:市工信局、市发改委，各县(市、区)人民政府，泉州开发区、泉州台商投资区管委会。以下各项任务均需各县(市、区)人民政府，泉州开发区、泉州台商投资区管委会落实，不再列出)';
    expect(units(`推动产业链延链补链。${note}`)).toEqual(['市工信局:responsible', '市发改委:responsible', '各县(市、区)人民政府:responsible', '泉州开发区管委会:responsible', '泉州台商投资区管委会:responsible']);
    expect(units('推动产业链延链补链。(责任单位:市商务局、市工信局。以下各项任务均需各县(市、区)人民政府落实，不再列出)')).toEqual(['市商务局:responsible', '市工信局:responsible']);
  });

  it('should read a 责任单位 line after the task and a deadline line', () => {
    const spans = findNotes('实施老旧小区改造。\n责任单位：市住建局、各区政府\n完成时限：2023年12月底前');
    expect(spans.flatMap((s) => s.note.units.map((u) => u.name))).toEqual(['市住建局', '各区政府']);
    expect(spans.map((s) => s.note.deadline).filter(Boolean)).toEqual(['2023年12月底前']);
  });

  it('should read 【牵头单位】X【配合单位】Y', () => {
    expect(units('推进义务教育学校标准化建设。【牵头单位】县教育局【配合单位】县财政局、县发改局')).toEqual([
      '县教育局:lead', '县财政局:support', '县发改局:support',
    ]);
  });

  it('should read several notes inside one sentence', () => {
    expect(units('强化用地保障（市自然资源局负责），强化人才保障（市委组织部牵头，市人社局配合）。')).toEqual([
      '市自然资源局:responsible', '市委组织部:lead', '市人社局:support',
    ]);
  });

  it('should read notes in traditional characters, keeping the names as written', () => {
    expect(units('（縣衛生健康局牽頭，縣醫保局、縣民政局按職責分工負責）')).toEqual([
      '縣衛生健康局:lead', '縣醫保局:responsible', '縣民政局:responsible',
    ]);
  });

  it('should read a bare unit list only as a sentence of its own at the end', () => {
    expect(units('打造精品旅游线路。(县文旅局、县农业农村局)')).toEqual(['县文旅局:responsible', '县农业农村局:responsible']);
    expect(units('落实管护责任(县文旅局、县农业农村局)等要求。')).toEqual([]);
  });
});

describe('findNotes: sibling styles of real plans', () => {
  it('should read a role in brackets after a name: 市发改委(牵头)、市财政局', () => {
    expect(units('(责任单位:市发改委(牵头)、市财政局、市商务局)')).toEqual(['市发改委:lead', '市财政局:responsible', '市商务局:responsible']);
  });

  it('should read labels whose separating space was dropped as stray: 牵头单位:X责任单位:Y', () => {
    expect(units('推进项目建设。牵头单位:市发改委 责任单位:各县(市、区)人民政府'.replace(' ', ''))).toEqual([
      '市发改委:lead', '各县(市、区)人民政府:responsible',
    ]);
  });

  it('should skip the persons of a note and keep its units (责任领导:…)', () => {
    expect(units('(责任领导:张三;牵头单位:市住建局;配合单位:市财政局)')).toEqual(['市住建局:lead', '市财政局:support']);
  });

  it('should drop a label filled with 无', () => {
    expect(units('(牵头单位:市住建局;配合单位:无)')).toEqual(['市住建局:lead']);
  });

  it('should read notes in hollow lenticular brackets as in solid ones: 〖责任单位〗县发改局、县财政局', () => {
    expect(units('推进项目建设。〖责任单位〗县发改局、县财政局')).toEqual(['县发改局:responsible', '县财政局:responsible']);
    expect(units('推进项目建设。〖牵头单位:县住建局;配合单位:县城管局〗')).toEqual(['县住建局:lead', '县城管局:support']);
    expect(units('推进项目建设〖县文旅局负责〗。')).toEqual(['县文旅局:responsible']);
  });

  it('should read 落实, 统筹 and 指导 as role words', () => {
    expect(units('(各县(市、区)政府落实)')).toEqual(['各县(市、区)政府:responsible']);
    expect(units('(市政府统筹,市住建局指导,各县(市、区)政府负责)')).toEqual(['市政府:lead', '市住建局:support', '各县(市、区)政府:responsible']);
  });
});

describe('findNotes: township note lines (round 9 朝华镇, 天子湖镇)', () => {
  const units = (text: string) => findNotes(text).flatMap((span) => span.note.units.map((unit) => `${unit.name}:${unit.role}`));

  it('should read a line opening with the person in charge, its fields parted by ideographic spaces', () => {
    // the reader folds the ideographic spaces and drops those between Chinese characters: `张××责任单位:…`
    const text = `开展村庄清洁行动。\n${readTextLines('　　分管领导：张××　责任单位：镇建设环保所、镇农业农村办　配合单位：各村（社区）　完成时限：2024年6月底')[0]!.text}`;
    expect(units(text)).toEqual(['镇建设环保所:responsible', '镇农业农村办:responsible', '各村(社区):support']);
  });

  it('should read 责任站所, a township\'s label for its stations and offices', () => {
    expect(units('推进美丽乡村建设。(责任领导:李××;责任站所:镇农业服务中心、镇规划建设所)')).toEqual(['镇农业服务中心:responsible', '镇规划建设所:responsible']);
  });
});

describe('findNotes: the person who answers for a unit, named beside it (probe round 10 平果)', () => {
  const units = (text: string) => findNotes(text).flatMap((span) => span.note.units.map((unit) => `${unit.name}:${unit.role}`));
  // the reader folds the ideographic space between a unit and its person to a space
  const read = (line: string) => readTextLines(line)[0]!.text;

  it('should read a unit with its person after a space: （牵头：市林业局　罗××；配合：市交通运输局　潘××）', () => {
    expect(units(read('推进国土绿化。（牵头：市林业局　罗××；配合：市交通运输局　潘××）'))).toEqual(['市林业局:lead', '市交通运输局:support']);
    expect(units(read('推进国土绿化。（市林业局　罗××）'))).toEqual(['市林业局:responsible']);
  });

  it('should read the label 责任单位及责任人 and the persons after its units', () => {
    expect(units(read('推进土地整治。（责任单位及责任人：市自然资源局　陈××，市住房城乡建设局　黄××，各镇人民政府　镇长）')))
      .toEqual(['市自然资源局:responsible', '市住房城乡建设局:responsible', '各镇人民政府:responsible']);
  });

  it('should read a unit whose head is named before the role word: （市住房城乡建设局局长李××负责）', () => {
    expect(units('推进危房改造。(市住房城乡建设局局长李××负责)')).toEqual(['市住房城乡建设局:responsible']);
  });

  it('should drop a person in brackets after a unit: 市乡村振兴局（分管副局长：黄××）', () => {
    expect(units('巩固脱贫成果。(责任单位:市乡村振兴局(分管副局长:黄××),各镇人民政府)')).toEqual(['市乡村振兴局:responsible', '各镇人民政府:responsible']);
  });

  it('should keep names that only look like a person after the unit: 市政府金融办, 高新区管委会', () => {
    expect(units('防范金融风险。(市政府金融办负责)')).toEqual(['市政府金融办:responsible']);
    expect(units('推进工作。(市发改委 高新区管委会)')).toEqual(['市发改委:responsible', '高新区管委会:responsible']);
  });
});

describe('findNotes: brackets no note is written with', () => {
  const spans = (text: string) => findNotes(text).map((span) => text.slice(span.start, span.end));

  it('should read the innermost note of brackets nested deeper than a note holds, not the pairs around it', () => {
    // 40 pairs: the outer ones each hold more than 32 brackets and are passed without being read
    const text = `推进工作${'('.repeat(40)}州住建局负责${')'.repeat(40)}。`;
    expect(spans(text)).toEqual(['(州住建局负责)']);
  });

  it('should not read the office a unit houses, in brackets after its name, as a note (round 8 银川 …报送市发展改革委（市重点项目办）)', () => {
    expect(spans('各单位每月5日前将进展情况报送市发展改革委(市重点项目办)。')).toEqual([]);
    expect(spans('各单位按时报送市发展改革委(市先行区建设办公室)')).toEqual([]);
    // after a task's words, a bracket naming an office is the task's note
    expect(spans('建设县城综合服务中心。(县政府办)')).toEqual(['(县政府办)']);
    expect(spans('完善政务服务体系(县政务服务中心、县政府办)')).toEqual(['(县政务服务中心、县政府办)']);
    expect(spans('加快建设数字政府(县政数局、县政府办)')).toEqual(['(县政数局、县政府办)']);
    expect(spans('做强县人民医院(县医改办)')).toEqual(['(县医改办)']);
  });

  it('should still read a note holding a few brackets of its own', () => {
    const text = '推进老旧小区改造。〔责任单位:各县(市、区)政府、各开发区(园区)管委会;配合单位:市住建局〕';
    expect(spans(text)).toEqual(['〔责任单位:各县(市、区)政府、各开发区(园区)管委会;配合单位:市住建局〕']);
  });

  it('should pass a run of brackets never closed and still read the unclosed note at the end of the line', () => {
    const text = `推进工作${'('.repeat(5000)}。加强统筹(州住建局负责`;
    expect(spans(text)).toEqual(['(州住建局负责']);
  });

  it('should read an unclosed note that ends at the next stop after a run of brackets never closed', () => {
    const text = `推进工作${'('.repeat(5000)}。加强统筹(州住建局负责。${'推进'.repeat(1000)}`;
    expect(spans(text)).toEqual(['(州住建局负责']);
  });
});

describe('findNotes: rules from a review against unseen document styles', () => {
  it('should end a clause at a comma, so 配合 does not reach back (责任单位：市发改委，市财政局配合)', () => {
    expect(units('(责任单位:市发改委,市财政局配合)')).toEqual(['市发改委:responsible', '市财政局:support']);
  });

  it('should read 其他为配合单位 as a statement, not a unit', () => {
    expect(units('(牵头单位:市发改委、市财政局,其他为配合单位)')).toEqual(['市发改委:lead', '市财政局:lead']);
  });

  it('should read a tag that names who oversees the task as no note (安化, probe round 11: 3、【县政府督办】改善学校采光照明条件。…)', () => {
    expect(units('【县政府督办】改善学校采光照明条件。完成教室照明改造。(责任单位:县教育局;协助单位:县财政局)')).toEqual(['县教育局:responsible', '县财政局:support']);
    expect(units('改善学校采光照明条件。【县政府督办】(责任单位:县教育局)')).toEqual(['县教育局:responsible']);
    expect(units('开展近视防控。(县政府重点督办事项)(责任单位:县教育局)')).toEqual(['县教育局:responsible']);
    expect(findNotes('改善学校采光照明条件。【市委督办】')).toEqual([]);
  });

  it('should read a long note covering tasks above by their numbers (门源 以上第（三）、（四）项由X、Y牵头，…负责落实。, probe round 50)', () => {
    const document = extract(['二、重点任务', '（一）推进改厕。新建卫生厕所。（县农牧局负责）', '（二）梯次推进生活污水治理。优先治理乡镇政府驻地。', '（三）整治提升村容村貌。开展村庄清洁行动。',
      '以上第（二）、（三）项由县住房和城乡建设局、州生态环境局门源分局牵头，县自然资源局、县林业和草原局配合，各乡镇人民政府负责落实。'].join('\n'));
    expect(document.tasks.map((t) => t.units.length)).toEqual([1, 5, 5]);
  });

  it('should read a convention in a bracket of its own with the words before it (各项任务中排在第一位的为牵头单位, 新疆 probe round 50)', () => {
    const document = extract(['二、主要措施', '（各项任务中排在第一位的为牵头单位，其他为配合单位）', '（一）推进工作。（自治区商务厅、自治区财政厅负责）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual(['2.1 自治区商务厅、自治区财政厅']);
  });

  it('should read a legend of bold units in a bracket of its own under a heading as no note (青秀 probe round 55)', () => {
    for (const legend of ['（责任单位中加粗的为牵头单位）', '（注：责任单位中加粗的为牵头单位）']) {
      const document = extract(['关于印发方案的通知', '二、主要任务', legend, '（一）推进工作', '1.开展排查。（责任单位：市发改委、市财政局）'].join('\n'));
      expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual(['2.1.1 市发改委、市财政局']);
    }
  });

  it('should read the 由 clause closing each sentence of a task, not only the last (蓬溪, probe round 48)', () => {
    const text = '提升教育医疗服务水平。新建县城第二幼儿园，新增学位1800个，由县教育局负责；推进县人民医院胸痛中心建设，由县卫生健康局负责，县医保局配合。';
    expect(units(text)).toEqual(['县教育局:responsible', '县卫生健康局:responsible', '县医保局:support']);
    expect(units('新建幼儿园2所，由县教育局负责。推进胸痛中心建设，由县卫生健康局负责。')).toEqual(['县教育局:responsible', '县卫生健康局:responsible']);
    // a division's clauses and a list's names after commas are no 由 clause of a sentence
    expect(units('强化宣传。以上第1、3项由县建设局牵头，县农业农村局配合，各乡镇（街道）负责具体实施；第7项由县农业农村局牵头，县委宣传部配合。').some((unit) => unit.startsWith('各乡镇'))).toBe(false);
  });

  it('should read a closing sentence 由X牵头，Y、各村(社区)配合 without brackets (紫门桥镇, probe round 11 (九))', () => {
    expect(units('坚决遏制较大以上事故。由应急办牵头,派出所、农业综合服务中心、各村(社区)配合。')).toEqual([
      '应急办:lead', '派出所:support', '农业综合服务中心:support', '各村(社区):support',
    ]);
    expect(units('开展专项整治。由应急办牵头,派出所、各村配合。')).toEqual(['应急办:lead', '派出所:support', '各村:support']);
    expect(units('开展专项整治。由县应急管理局牵头,县公安局、各村(社区)配合。')).toEqual(['县应急管理局:lead', '县公安局:support', '各村(社区):support']);
  });

  it('should read the levels 自治区 and 兵团 before a label, 按职责分工 before any role word, and no office across levels (新疆, 交通运输部, probe round 15)', () => {
    expect(units('(自治区责任单位:自治区水利厅;兵团责任单位:兵团水利局)')).toEqual(['自治区水利厅:responsible', '兵团水利局:responsible']);
    expect(units('(综合规划司负责,部内各司局按职责分工参与)')).toEqual(['综合规划司:responsible', '部内各司局:support:generic']);
    expect(units('(县发展改革委牵头,县财政局按职责参与)')).toEqual(['县发展改革委:lead', '县财政局:support']);
    expect(units('(主责单位:省卫生健康委;参与单位:延吉市、延边朝鲜族自治州人民政府)')).toEqual(['省卫生健康委:lead', '延吉市:support', '延边朝鲜族自治州人民政府:support']);
    expect(units('(参与单位:兵团第八师石河子市、伊犁哈萨克自治州人民政府)')).toEqual(['兵团第八师石河子市:support', '伊犁哈萨克自治州人民政府:support']);
  });

  it('should end a unit at its role word when where it works follows, and read a zone\'s unit doing a thing (青岛, probe round 15)', () => {
    expect(units('(市公安局交通警察支队牵头,市交通运输局配合;各区(市)政府负责本辖区组织实施)')).toEqual(['市公安局交通警察支队:lead', '市交通运输局:support', '各区(市)政府:responsible']);
    expect(units('(市消防救援支队牵头,市教育局配合;西海岸新区消防救援大队负责校园周边检查)')).toEqual(['市消防救援支队:lead', '市教育局:support', '西海岸新区消防救援大队:responsible']);
    // what a body does is no note: 领导小组负责统筹推进各项任务落实
    expect(findNotes('加强组织领导。市红色旅游发展工作领导小组负责统筹推进各项任务落实。')).toEqual([]);
  });

  it('should pair two labels in one with their units parted by a slash (霍邱, probe round 14)', () => {
    expect(units('(牵头/配合单位:县发展改革委/县财政局)')).toEqual(['县发展改革委:lead', '县财政局:support']);
    expect(units('(牵头单位/配合单位:县发展改革委/县财政局、县应急局)')).toEqual(['县发展改革委:lead', '县财政局:support', '县应急局:support']);
  });

  it('should read a role word with an adverb before it, and the rarer role words (岳西, 德阳, 河南, probe round 13)', () => {
    expect(units('(县医保局负责牵头,县卫生健康委、县财政局积极配合)')).toEqual(['县医保局:lead', '县卫生健康委:support', '县财政局:support']);
    for (const adverb of ['密切', '全力', '紧密', '主动']) expect(units(`(县卫生健康委牵头,县财政局${adverb}配合)`)).toEqual(['县卫生健康委:lead', '县财政局:support']);
    expect(units('(县医保局牵头,县财政局积极参与)')).toEqual(['县医保局:lead', '县财政局:support']);
    expect(units('(县医保局牵头,县财政局大力支持)')).toEqual(['县医保局:lead', '县财政局:support']);
    expect(units('(县卫生健康委、县医保局共同牵头,县市场监管局等单位参加)')).toEqual(['县卫生健康委:lead', '县医保局:lead', '县市场监管局:support']);
    expect(units('(市委网信办牵头,中国移动德阳分公司协同推进)')).toEqual(['市委网信办:lead', '中国移动德阳分公司:support']);
    expect(units('(省发展改革委抓总,省住房城乡建设厅、省财政厅按职责分工负责)')).toEqual(['省发展改革委:lead', '省住房城乡建设厅:responsible', '省财政厅:responsible']);
    expect(units('(县医保局牵头,县卫生健康委、县财政局按各自职责抓好落实)')).toEqual(['县医保局:lead', '县卫生健康委:responsible', '县财政局:responsible']);
  });

  it('should read schools as units, and 总牵头 and 具体实施 as labels (雨花区, 岳西, 安徽 probe round 13)', () => {
    expect(units('(长沙市雨花区砂子塘小学、长沙市雨花区枫树山小学负责,长沙市公安局雨花分局配合)')).toEqual([
      '长沙市雨花区砂子塘小学:responsible', '长沙市雨花区枫树山小学:responsible', '长沙市公安局雨花分局:support',
    ]);
    expect(units('(县疾控中心牵头,县教育局、岳西县第一中学配合)')).toEqual(['县疾控中心:lead', '县教育局:support', '岳西县第一中学:support']);
    expect(units('(区教育局牵头,长沙市雨花区第一幼儿园配合)')).toEqual(['区教育局:lead', '长沙市雨花区第一幼儿园:support']);
    expect(units('(总牵头:运输服务处;具体实施:水运处、省港航管理服务中心)')).toEqual(['运输服务处:lead', '水运处:responsible', '省港航管理服务中心:responsible']);
    expect(units('(总牵头单位:运输服务处;具体实施单位:水运处)')).toEqual(['运输服务处:lead', '水运处:responsible']);
  });

  it('should read the level a label or a part of a note is for as no unit (河南, probe round 13)', () => {
    expect(units('(省级责任单位:省住房城乡建设厅;市县责任单位:各省辖市、县(市)人民政府)')).toEqual(['省住房城乡建设厅:responsible', '各省辖市、县(市)人民政府:responsible']);
    expect(units('(省级牵头单位:省住房城乡建设厅;省级配合单位:省财政厅;市县责任单位:各省辖市人民政府)')).toEqual(['省住房城乡建设厅:lead', '省财政厅:support', '各省辖市人民政府:responsible']);
    for (const level of ['市州', '市、县', '市县级', '地方']) expect(units(`(省直责任单位:省住房城乡建设厅;${level}责任单位:各省辖市人民政府)`), level).toEqual(['省住房城乡建设厅:responsible', '各省辖市人民政府:responsible']);
    expect(units('(省级:省住房城乡建设厅牵头,省发展改革委、省财政厅配合;市县:各省辖市、县(市)人民政府)')).toEqual([
      '省住房城乡建设厅:lead', '省发展改革委:support', '省财政厅:support', '各省辖市、县(市)人民政府:responsible',
    ]);
  });

  it('should give the office a list shares to the places before it: bare city names, a zone of two names (河南, 荆门, probe round 13)', () => {
    expect(units('(省住房城乡建设厅牵头,省财政厅配合;郑州、洛阳、南阳市人民政府负责落实)')).toEqual([
      '省住房城乡建设厅:lead', '省财政厅:support', '郑州市人民政府:responsible', '洛阳市人民政府:responsible', '南阳市人民政府:responsible',
    ]);
    expect(units('(漳河新区、屈家岭管理区、荆门高新区·掇刀区管委会负责)')).toEqual(['漳河新区管委会:responsible', '屈家岭管理区管委会:responsible', '荆门高新区·掇刀区管委会:responsible']);
  });

  it('should read units parted by wide spaces, and no note in a web page\'s footer (九江, probe round 12; round 3 兴隆镇)', () => {
    const task = extract(['二、重点任务', '1．推进金融人才引育。引进金融人才50名。', '- 责任单位：市委金融办　九江银行　人民银行九江市分行'].join('\n')).tasks[0]!;
    expect(task.units.map((u) => u.name)).toEqual(['市委金融办', '九江银行', '人民银行九江市分行']);
    expect(findNotes('主办:长春市双阳区兴隆镇人民政府 地址:双阳区兴隆镇政府路1号')).toEqual([]);
  });

  it('should report the part of a labelled note it could not read, not drop it unseen (茶山街道, probe round 12)', () => {
    const document = extract(['二、重点任务', '1.推进党建引领物业服务。推行交叉任职。(责任科室:党建办;责任网点:各社区居委会)'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['党建办']);
    expect(document.diagnostics.find((d) => d.code === 'note-part-unread')?.message).toBe('责任表述中“责任网点:各社区居委会”未读出责任单位');
    // a person, a phone, 无: nothing to report
    const plain = extract(['二、重点任务', '1.推进党建引领。(牵头单位:县委组织部;配合单位:无;负责同志:张××,联系电话:0731-1234567)'].join('\n'));
    expect(plain.diagnostics.filter((d) => d.code === 'note-part-unread')).toEqual([]);
  });

  it('should read 协作 and 協作單位 as support (横琴, probe round 12)', () => {
    expect(units('（牽頭單位：商事服務局；協作單位：法律事務局、澳門特別行政區政府經濟及科技發展局）')).toEqual([
      '商事服務局:lead', '法律事務局:support', '澳門特別行政區政府經濟及科技發展局:support',
    ]);
    expect(units('推行跨境通办。(市市场监管局牵头,市司法局协作)')).toEqual(['市市场监管局:lead', '市司法局:support']);
    expect(units('推行跨境通办。(协作单位:市司法局)')).toEqual(['市司法局:support']);
  });

  it('should read the villages, communities and areas a township names with a colon (茶山街道, probe round 12)', () => {
    expect(units('完成加装30台。(责任片区:丽华片区、清潭片区;配合科室:城建办、司法所)')).toEqual(['丽华片区:responsible', '清潭片区:responsible', '城建办:support', '司法所:support']);
    expect(units('推行交叉任职。(责任科室:党建办;责任社区:各社区居委会)')).toEqual(['党建办:responsible', '各社区居委会:responsible']);
    expect(units('完成加装30台。(责任村(社区):丽华一村社区、清潭社区)')).toEqual(['丽华一村社区:responsible', '清潭社区:responsible']);
    // without a colon the words are the task's: 参与社区治理
    expect(findNotes('引导居民参与社区治理。')).toEqual([]);
  });

  it('should read 科协 as a unit wherever a unit may stand (九江, probe round 12)', () => {
    expect(units('开展评议。(县科协负责)')).toEqual(['县科协:responsible']);
    expect(units('开展评议。(县住建局牵头,县科协、县妇联配合)')).toEqual(['县住建局:lead', '县科协:support', '县妇联:support']);
  });

  it('should read a note line opened by a list mark, every label of it (九江, probe round 12: ——牵头单位：…)', () => {
    const spans = (text: string) => findNotes(text).map((span) => `${text.slice(span.start, span.end)} → ${span.note.units.map((u) => `${u.name}:${u.role}`).join('、')}`);
    expect(spans('健全人才工作目标责任制。开展年度述职评议。\n——牵头单位:中共九江市委组织部(市委人才办)\n——配合单位:市委编办、市人力资源和社会保障局')).toEqual([
      '牵头单位:中共九江市委组织部(市委人才办) → 中共九江市委组织部(市委人才办):lead',
      '配合单位:市委编办、市人力资源和社会保障局 → 市委编办:support、市人力资源和社会保障局:support',
    ]);
    expect(spans('开展评议。\n▲牵头单位:市科协;配合单位:市委外办')).toEqual(['牵头单位:市科协;配合单位:市委外办 → 市科协:lead、市委外办:support']);
    expect(spans('开展评议。\n★责任单位:市科技局/市财政局')).toEqual(['责任单位:市科技局/市财政局 → 市科技局:responsible、市财政局:responsible']);
    expect(spans('开展评议。\n- 责任单位:市委宣传部')).toEqual(['责任单位:市委宣传部 → 市委宣传部:responsible']);
    // a line of units and role words after the mark, its other name in brackets
    expect(spans('开展评议。\n——中共九江市委组织部(市委人才办)牵头,中共九江市委统战部、市科协配合')).toEqual([
      '中共九江市委组织部(市委人才办)牵头,中共九江市委统战部、市科协配合 → 中共九江市委组织部(市委人才办):lead、中共九江市委统战部:support、市科协:support',
    ]);
  });

  it('should read 承担单位 as the responsible units (安化, probe round 11)', () => {
    expect(units('开展健康监测。(承担单位:县疾病预防控制中心)')).toEqual(['县疾病预防控制中心:responsible']);
    expect(units('开展健康监测。(牵头单位:县卫生健康局;承担单位:县疾病预防控制中心)')).toEqual(['县卫生健康局:lead', '县疾病预防控制中心:responsible']);
  });

  it('should read 具体承办 and 协同 as labels with a colon (自贡, probe round 10)', () => {
    expect(units('(责任单位:市城管执法局;具体承办:市市政设施管理所)')).toEqual(['市城管执法局:responsible', '市市政设施管理所:responsible']);
    expect(units('(主责单位:市公安局;具体承办:市公安局交通警察支队)')).toEqual(['市公安局:lead', '市公安局交通警察支队:responsible']);
    expect(units('(主责:市经信局;协同:市商务局、市财政局)')).toEqual(['市经信局:lead', '市商务局:support', '市财政局:support']);
  });

  it('should skip unknown labels and keep names clean (督办单位, 联系电话, 责任单位（部门）)', () => {
    expect(units('(责任单位:市发改委;督办单位:市委督查室;联系电话:0431-1234567)')).toEqual(['市发改委:responsible']);
    expect(units('(责任单位(部门):市发改委、市财政局)')).toEqual(['市发改委:responsible', '市财政局:responsible']);
    expect(units('(主办单位:市文旅局;协办单位:市教育局)')).toEqual(['市文旅局:lead', '市教育局:support']);
  });

  it('should take a deadline written among the units', () => {
    const [span] = findNotes('推进工作。(区民政局牵头,区发改委、区财政局配合;2023年底前完成)');
    expect(span!.note.units.map((u) => `${u.name}:${u.role}`)).toEqual(['区民政局:lead', '区发改委:support', '区财政局:support']);
    expect(span!.note.deadline).toBe('2023年底前');
  });

  it('should split units joined by 和/及 or a space, but keep 住房和城乡建设厅 and 党委和政府 whole', () => {
    expect(units('(市城管局及各区政府负责)')).toEqual(['市城管局:responsible', '各区政府:responsible']);
    expect(units('(牵头单位:市发改委 配合单位:市财政局 市税务局)')).toEqual(['市发改委:lead', '市财政局:support', '市税务局:support']);
    expect(units('(省住房和城乡建设厅、各县党委和政府负责)')).toEqual(['省住房和城乡建设厅:responsible', '各县党委和政府:responsible']);
  });

  it('should read more role words: 共同牵头, 负总责, 加强指导, 负责协调, 主办', () => {
    expect(units('(市住建局、市发改委共同牵头)')).toEqual(['市住建局:lead', '市发改委:lead']);
    expect(units('(各县区政府负总责,市直有关部门加强指导)')).toEqual(['各县区政府:lead', '市直有关部门:support:generic']);
    expect(units('(市政府办公室负责协调)')).toEqual(['市政府办公室:responsible']);
  });

  it('should keep a unit followed by an unknown word and say so', () => {
    const [span] = findNotes('(市纪委监委监察,市公安局按职责分工负责)');
    expect(span!.note.units.map((u) => u.name)).toEqual(['市纪委监委', '市公安局']);
    expect(span!.note.unknownWords).toEqual(['监察']);
  });

  it('should read a bare list closing a title when the names cannot be anything else', () => {
    expect(units('治理生活污水(镇村建办、镇环保所)')).toEqual(['镇村建办:responsible', '镇环保所:responsible']);
    expect(units('加强卫生管理(学校、医院)')).toEqual([]);
  });

  it('should read an unbracketed last sentence that is a note, with organization names only', () => {
    expect(units('推进外贸稳增长,确保增长8%。县商务局负责。')).toEqual(['县商务局:responsible']);
    expect(units('落实属地责任。各级党委政府要切实负责。')).toEqual([]);
  });

  it('should read a closing clause that opens with 由 (…,由县住建局牵头,县城管局配合。) and leave the sentence before it', () => {
    const text = '推进城市更新,由县住建局牵头,县城管局、县财政局配合。';
    const [span] = findNotes(text);
    expect(span!.note.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县住建局:lead', '县城管局:support', '县财政局:support']);
    expect(text.slice(span!.start, span!.end)).toBe(',由县住建局牵头,县城管局、县财政局配合');
    expect(units('健全长效机制,由市发展改革委负责')).toEqual(['市发展改革委:responsible']);
    // the clause runs from its first 由: the lead is not lost to a second one
    expect(units('推进城市更新,由县住建局牵头,由县城管局配合。')).toEqual(['县住建局:lead', '县城管局:support']);
  });

  it('should leave the sentence before a 由 clause with its stop, not the comma, whatever ends it', () => {
    const read = (line: string) => extract(`2025年工作方案\n一、重点任务\n${line}\n`, { path: 'a.txt' }).tasks[0]!;
    expect(read('(一)推进城市更新,由县住建局牵头,县城管局配合。')).toMatchObject({ text: '推进城市更新。', responsibility: '由县住建局牵头,县城管局配合' });
    expect(read('(一)推进甲工作,由县财政局负责;').text).toBe('推进甲工作;');
    expect(read('(一)推进甲工作,由县财政局负责').text).toBe('推进甲工作');
  });

  it('should not read a 由 clause that names no organization, or one in the middle of the sentence', () => {
    expect(units('成立工作专班,由县长任组长,各副县长负责。')).toEqual([]);
    expect(units('所需经费由县财政局负责。')).toEqual([]);
    expect(units('建立联席会议制度,由县发改局牵头,定期召开会议。')).toEqual([]);
    expect(units('压实工作责任,由各地切实负责。')).toEqual([]);
    expect(units('进度滞后,由于县住建局负责。')).toEqual([]);
  });

  it('should read a label after a comma, and an unclosed note to the end of its sentence', () => {
    expect(units('推进垃圾分类,责任单位:市城管局')).toEqual(['市城管局:responsible']);
    expect(units('推进工作(市发改委负责。加强统筹协调,确保按期完成。')).toEqual(['市发改委:responsible']);
  });

  it('should read 为 in place of a label\'s colon: 责任单位为县住建局、县财政局', () => {
    expect(units('推进项目建设。(责任单位为县住建局、县财政局)')).toEqual(['县住建局:responsible', '县财政局:responsible']);
    expect(units('加强队伍建设,牵头单位为县人社局,配合单位为县财政局。')).toEqual(['县人社局:lead', '县财政局:support']);
    expect(units('推进城市更新。責任單位為縣城管局。')).toEqual(['縣城管局:responsible']);
    // a 为 that does not follow a label opens no note
    expect(units('推进项目建设,以县住建局为主体推进。')).toEqual([]);
  });

  it('should leave a stop, not a comma, where a label line closed the sentence', () => {
    const read = (line: string) => extract(`2025年工作方案\n一、重点任务\n${line}\n`, { path: 'a.txt' }).tasks[0]!;
    expect(read('(一)推进城市更新,责任单位为县城管局。')).toMatchObject({ text: '推进城市更新。', responsibility: '责任单位为县城管局。' });
    expect(read('(一)推进垃圾分类,责任单位:市城管局').text).toBe('推进垃圾分类。');
    // a comma inside the text stays
    expect(read('(一)推进甲工作,加快乙工作。(责任单位:县财政局)').text).toBe('推进甲工作,加快乙工作。');
  });

  it('should read a closing clause opened by 具体由 or by the units themselves, and one naming places as a group', () => {
    expect(units('推进城区道路改造。完成道路改造5条,具体由县住建局负责。')).toEqual(['县住建局:responsible']);
    expect(units('推进乡村道路养护。健全“路长制”,由各乡镇负责组织实施。')).toEqual(['各乡镇:responsible']);
    expect(units('推进公园建设。建成口袋公园3个,县城管局负责。')).toEqual(['县城管局:responsible']);
    expect(units('推进农村厕所革命,由县农业农村局牵头,县卫健局、县住建局配合,各乡镇人民政府具体实施。')).toEqual([
      '县农业农村局:lead', '县卫健局:support', '县住建局:support', '各乡镇人民政府:responsible',
    ]);
    // a last clause that is no list of organizations stays text
    expect(units('压实工作责任,各级党委政府要切实负责。')).toEqual([]);
    expect(units('加强统筹协调,确保各项任务落实。')).toEqual([]);
  });

  it('should read 负责单位, a level before a label, and a role word with a colon as labels', () => {
    expect(units('(负责单位:县住建局)')).toEqual(['县住建局:responsible']);
    expect(units('(县级责任单位:县应急管理局、县水利局;乡级责任单位:各乡镇人民政府)')).toEqual([
      '县应急管理局:responsible', '县水利局:responsible', '各乡镇人民政府:responsible',
    ]);
    expect(units('(县级牵头单位:县水利局;县级配合单位:县自然资源局)')).toEqual(['县水利局:lead', '县自然资源局:support']);
    expect(units('推进工作。(牵头:市住建局;配合:市自然资源和规划局)')).toEqual(['市住建局:lead', '市自然资源和规划局:support']);
    expect(units('推进工作。\n牵头:市城管局\n配合:市财政局')).toEqual(['市城管局:lead', '市财政局:support']);
    // without its colon a role word is no label
    expect(units('推进建设(配合做好相关工作)。')).toEqual([]);
  });

  it('should take the persons a note names before its units into the note, not the task text (责任领导, 【牵头领导】)', () => {
    const read = (lines: string[]) => extract(['2023年工作方案', '一、攻坚任务', ...lines].join('\n'), { path: 'a.txt' }).tasks[0]!;
    const own = read(['(三)推进县城污水处理厂提标改造。', '责任领导:张××', '责任单位:县住建局', '完成时限:2023年10月底前']);
    expect(own).toMatchObject({ text: '推进县城污水处理厂提标改造。', deadline: '2023年10月底前' });
    expect(own.responsibility).toContain('责任领导:张××');
    const bracketed = read(['1.新建城区停车泊位2000个。【牵头领导】副区长刘××【牵头单位】区住建局【配合单位】区交警大队']);
    expect(bracketed.text).toBe('新建城区停车泊位2000个。');
    expect(bracketed.units.map((u) => `${u.name}:${u.role}`)).toEqual(['区住建局:lead', '区交警大队:support']);
    // …on a line of its own above them (太谷 probe round 54)
    const above = read(['1.推进山西农谷建设。建成农谷科创城一期。', '【牵头领导】常务副区长　王立军', '【牵头单位】山西农谷建设发展中心', '【配合单位】区发展和改革局、区科技局']);
    expect(above.text).toBe('推进山西农谷建设。建成农谷科创城一期。');
    expect(above.units.map((u) => `${u.name}:${u.role}`)).toEqual(['山西农谷建设发展中心:lead', '区发展和改革局:support', '区科技局:support']);
    // a sentence that names a leader and no unit stays text
    expect(read(['1.加强组织领导。成立由县长任组长的领导小组。(县政府办负责)']).text).toBe('加强组织领导。成立由县长任组长的领导小组。');
  });

  it('should not read running text as clause notes (from a review of the clause rules)', () => {
    // a 为 that no unit follows
    expect(units('建立联席会议制度,牵头单位为第一责任人,配合单位要主动配合,形成工作合力。')).toEqual([]);
    expect(units('压实责任,责任单位为本辖区主体,各乡镇要切实履职。')).toEqual([]);
    // a 由 inside the clause, opened by no comma
    expect(units('加快项目建设,项目资金由县财政局负责。')).toEqual([]);
    expect(units('加强督查,督查考核工作由县委督查室负责。')).toEqual([]);
    // the clauses before the last that name units and roles are the note's too: the lead is kept
    expect(units('整治农贸市场。规范市场秩序,县市场监管局牵头,县商务局配合。')).toEqual(['县市场监管局:lead', '县商务局:support']);
    // a unit without its place, or a clause naming only who helps, is no note
    expect(units('加强校园安全。学校负责日常管理,公安机关加强指导。')).toEqual([]);
    expect(units('加强农村公厕管护。村民委员会负责日常管护,县农业农村局加强指导。')).toEqual([]);
    // a bracket describing things by who does them assigns nothing
    expect(units('全面排查在建工程安全隐患(市住建局负责的项目除外)。')).toEqual([]);
  });

  it('should keep units of places and the units after them apart: 各县(市、区)、市农业农村局', () => {
    expect(units('(责任单位:各县(市、区)、市农业农村局)')).toEqual(['各县(市、区):responsible', '市农业农村局:responsible']);
    expect(units('(市农业农村局牵头,各县(市、区)、各开发区管委会负责)')).toEqual(['市农业农村局:lead', '各县(市、区):responsible', '各开发区管委会:responsible']);
  });

  it('should not let a clause note close a task: the paragraph after it is still the task\'s', () => {
    const [task] = extract('一、重点任务\n(一)推进垃圾分类试点。在城区选取10个小区开展试点,县城管局负责。\n试点小区要配齐分类收集容器。', { path: 'a.txt' }).tasks;
    expect(task!.text).toBe('推进垃圾分类试点。在城区选取10个小区开展试点。\n试点小区要配齐分类收集容器。');
  });

  it('should read round-two styles: short labels whose space was dropped, a unit bracket opening the task, a time limit after the note', () => {
    expect(units('推进口岸建设。(牵头:市商务局 配合:图们海关、图们边检站)')).toEqual(['市商务局:lead', '图们海关:support', '图们边检站:support']);
    expect(units('推进口岸建设。(牵头:市商务局配合:图们海关)')).toEqual(['市商务局:lead', '图们海关:support']);
    expect(units('【市农业农村局、市水利局】推进高标准农田建设,新建高标准农田2万亩。')).toEqual(['市农业农村局:responsible', '市水利局:responsible']);
    // a bracket of names inside the sentence is still text
    expect(units('加强与【市农业农村局】的对接。')).toEqual([]);
    const read = (line: string) => extract(`2024年工作方案\n一、重点任务\n${line}\n`, { path: 'a.txt' }).tasks[0]!;
    expect(read('1.推进农村产权交易。建成交易平台。(责任单位:市农业农村局)完成时限:2024年底')).toMatchObject({ text: '推进农村产权交易。建成交易平台。', deadline: '2024年底' });
    // one unit in two notes of a task: the strongest role stands
    expect(read('2.推进医保改革。一是推行DIP支付方式改革(市医保局负责);二是推进基金监管常态化(市医保局牵头,市卫健委配合)。').units.map((u) => `${u.name}:${u.role}`)).toEqual(['市医保局:lead', '市卫健委:support']);
  });

  it('should read round-two review cases: topic labels, duties after a role word and a colon, oversight per task', () => {
    // a topic in 【】 opening the task names no unit
    expect(units('【数字政府】推进政务服务一网通办。(责任单位:市政数局)')).toEqual(['市政数局:responsible']);
    expect(units('【营商环境】优化审批服务。(责任单位:县政务服务中心)')).toEqual(['县政务服务中心:responsible']);
    // …but a zone's 管委会, an association or a unit of another place by its own name is who does it (灵璧 probe round 58)
    expect(units('【灵璧经济开发区管委会、县经信局】做大做强纺织服装产业。')).toEqual(['灵璧经济开发区管委会:responsible', '县经信局:responsible']);
    expect(units('【钟馗文化研究会】办好奇石节。')).toEqual(['钟馗文化研究会:responsible']);
    expect(units('【宿州市农业农村局】推进高标准农田建设。')).toEqual(['宿州市农业农村局:responsible']);
    // a role word and a colon after a unit opens a duty, not a list
    expect(units('推进工作。(县财政局负责:资金保障;县住建局负责:项目建设)')).toEqual([]);
    expect(units('推进工作。(县水利局牵头:制定方案;县财政局配合:保障资金)')).toEqual([]);
    const read = (line: string) => extract(`2024年工作方案\n一、重点任务\n${line}\n`, { path: 'a.txt' }).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);
    expect(read('1.推进村庄规划编制。(县自然资源局负责指导)')).toEqual(['县自然资源局:responsible']);
    expect(read('1.推进校园足球。(牵头单位:县教育局;配合单位:县财政局、县体育局负责指导)')).toEqual(['县教育局:lead', '县财政局:support', '县体育局:support']);
    expect(read('1.推进校园足球。(责任单位:县教育局)(县财政局负责指导)')).toEqual(['县教育局:responsible', '县财政局:support']);
    expect(read('1.推进政务公开。(牵头单位:市政府办(市政务公开办);配合单位:市政府办)')).toEqual(['市政府办(市政务公开办):lead']);
  });

  it('should read the labels of every kind of body: a township\'s 责任科室 and 协助科室, a county\'s 牵头股室 and 配合股室', () => {
    expect(units('推进工作。(责任科室:乡村振兴办;协助科室:财政所、村镇建设办公室)')).toEqual(['乡村振兴办:responsible', '财政所:support', '村镇建设办公室:support']);
    expect(units('推进工作。(牵头股室:规划股;配合股室:财务股)')).toEqual(['规划股:lead', '财务股:support']);
  });

  it('should mark placeholders such as 市人民政府各部门 and 各成员单位 generic, and drop a count (等10个部门)', () => {
    expect(units('(市人民政府各部门负责)')).toEqual(['市人民政府各部门:responsible:generic']);
    expect(units('(责任单位:市发改委等10个部门)')).toEqual(['市发改委:responsible']);
  });
});

describe('notes whose parts the plan labels in order (南充, probe round 20)', () => {
  const plan = (said: string, ...tasks: string[]) => extract(`2024年重点工作任务分解方案\n${said}\n一、重点任务\n${tasks.map((task, i) => `${i + 1}．${task}`).join('\n')}\n`, { path: 'a.txt' });
  const roles = (document: ReturnType<typeof extract>) => document.tasks.map((task) => task.units.map((u) => `${u.name}:${u.role}`));

  it('should find the labels a plan declares, and where', () => {
    const lines = (text: string) => readTextLines(text);
    expect(findNoteParts(lines('现将重点工作任务分解如下。各项任务后括号内依次为责任领导、牵头单位、责任单位。'))).toEqual({ labels: ['责任领导', '牵头单位', '责任单位'], text: '括号内依次为责任领导、牵头单位、责任单位', line: 1 });
    expect(findNoteParts(lines('（括号内分别为牵头单位和配合单位）'))?.labels).toEqual(['牵头单位', '配合单位']);
    expect(findNoteParts(lines('各项任务分号前为牵头单位，分号后为配合单位。'))?.labels).toEqual(['牵头单位', '配合单位']);
    expect(findNoteParts(lines('括号内依次为牵头单位、配合单位、完成时限。'))?.labels).toEqual(['牵头单位', '配合单位', '完成时限']);
    // a table's columns, a person alone, one label: no order of note parts
    expect(findNoteParts(lines('表中各列依次为序号、工作任务、牵头单位、责任单位。'))).toBeNull();
    expect(findNoteParts(lines('括号内依次为责任领导、分管领导。'))).toBeNull();
    expect(findNoteParts(lines('括号内为牵头单位。'))).toBeNull();
  });

  it('should give each part its label: the leader left out, the lead and the responsible units', () => {
    const document = plan('各项任务后括号内依次为责任领导、牵头单位、责任单位。',
      '全年实施重点项目600个以上，完成投资1200亿元以上。（市政府常务副市长；市发展改革委；各县（市、区）政府）',
      '深入开展“项目攻坚年”活动。（市政府常务副市长；市发改委、市重点项目服务中心；市级有关部门）',
      '加快建设川东北区域消费中心城市。（市政府分管副市长；市商务局）',
      // a note with labels or roles of its own is read as written; one part alone is the leader's, no unit's
      '推进城市更新。（牵头单位：市住建局；责任单位：市财政局）',
      '推进乡村振兴。（市农业农村局牵头，市财政局配合）',
      '做好安全生产。（市应急局）',
      '持续打好蓝天、碧水、净土保卫战。（市政府分管副市长；市生态环境局；市级有关部门按职责分工负责）');
    expect(roles(document)).toEqual([
      ['市发展改革委:lead', '各县(市、区)政府:responsible'],
      ['市发改委:lead', '市重点项目服务中心:lead', '市级有关部门:responsible'],
      ['市商务局:lead'],
      ['市住建局:lead', '市财政局:responsible'],
      ['市农业农村局:lead', '市财政局:support'],
      ['市应急局:responsible'],
      // a part that says its own role keeps it, the others take their labels
      ['市生态环境局:lead', '市级有关部门:responsible'],
    ]);
    expect(document.tasks[0]!.responsibility).toBe('(市政府常务副市长;市发展改革委;各县(市、区)政府)');
    expect(document.diagnostics).toContainEqual(expect.objectContaining({ code: 'role-convention', line: 2 }));
  });

  it('should read 分号前为牵头单位，分号后为配合单位: a note of one part names the lead', () => {
    const document = plan('（各项任务分号前为牵头单位，分号后为配合单位）', '推进城市更新。（市住建局；市财政局、市自然资源局）', '推进老旧小区改造。（市住建局）');
    expect(roles(document)).toEqual([['市住建局:lead', '市财政局:support', '市自然资源局:support'], ['市住建局:lead']]);
  });

  it('should leave notes as written where the plan declares no order', () => {
    expect(roles(plan('现将任务分解如下。', '加快建设消费中心城市。（市政府分管副市长；市商务局）'))).toEqual([['市商务局:responsible']]);
  });
});

describe('probe round 21: persons after units, role words in brackets, remarks to the units', () => {
  const read = (note: string) => extract(`关于印发某方案的通知\n一、重点任务\n1.推进工作。${note}\n`, { path: 'a.txt' }).tasks[0]!.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`);

  it('should leave out the person in brackets after each unit, named in full or by post (望江 责任单位（责任人）)', () => {
    expect(read('（牵头县领导：汪晓明；责任单位（责任人）：县教育局（汪晓东）、县财政局（何平）、县住建局（王强）；完成时限：2024年8月底前）')).toEqual([
      '县教育局:responsible', '县财政局:responsible', '县住建局:responsible',
    ]);
    expect(read('（责任单位（责任人）：县卫健委（黄勇），各乡镇人民政府（乡镇长））')).toEqual(['县卫健委:responsible', '各乡镇人民政府:responsible']);
    // a place, a body's other name or a zone in brackets is no person
    expect(read('（责任单位：各乡镇（街道）、市发改委（市粮食局）、开发区（园区）管委会、县委办（县政府办））')).toEqual([
      '各乡镇(街道):responsible', '市发改委(市粮食局):responsible', '开发区(园区)管委会:responsible', '县委办(县政府办):responsible',
    ]);
  });

  it('should read 落实, 承办 and their kin in brackets as roles, each clause\'s where every clause ends with one (株洲)', () => {
    expect(read('（市商务局（牵头）；市供销社、市邮政管理局（配合）；各县市政府（落实））')).toEqual([
      '市商务局:lead', '市供销社:support', '市邮政管理局:support', '各县市政府:responsible',
    ]);
    expect(read('（市商务局、市文旅广体局（牵头），芦淞区政府、炎陵县政府（承办））')).toEqual([
      '市商务局:lead', '市文旅广体局:lead', '芦淞区政府:responsible', '炎陵县政府:responsible',
    ]);
    // one bracket among names that have none marks its own unit
    expect(read('（市委宣传部、市文旅局、市新闻出版局（牵头））')).toEqual(['市委宣传部:responsible', '市文旅局:responsible', '市新闻出版局:lead']);
  });

  it('should read no unit in a remark to the plan\'s units, and know 县直各单位党组织 as units of a kind (东安, 青山)', () => {
    expect(read('（各责任单位按季度报送进展情况）')).toEqual([]);
    expect(read('（县直各单位党组织负责）')).toEqual(['县直各单位党组织:responsible:generic']);
    // the party committees of every unit of a kind, the other kind of party body in brackets (淄博 probe round 54)
    expect(read('（责任单位：各直属单位党委（党总支）、各直属单位党支部）')).toEqual(['各直属单位党委(党总支):responsible:generic', '各直属单位党支部:responsible:generic']);
    // 吴忠 probe round 56: the counties on the Yellow River, as 沿线乡镇
    expect(read('（责任单位：自治区水利厅、沿黄县（市、区）人民政府）')).toEqual(['自治区水利厅:responsible', '沿黄县(市、区)人民政府:responsible:generic']);
    // …and the townships along a reservoir (平山 probe round 57); 沿河县, one county, is no group
    expect(read('（责任单位：县水务局、沿库乡镇人民政府、沿河县人民政府）')).toEqual(['县水务局:responsible', '沿库乡镇人民政府:responsible:generic', '沿河县人民政府:responsible']);
    // 历下 probe round 55: the 街道's offices of those concerned, as 相关镇街
    expect(read('（责任单位：区住建局、相关街道办事处）')).toEqual(['区住建局:responsible', '相关街道办事处:responsible:generic']);
    // the lead unit of each of them, none named (铜陵 probe round 22); each district's own bureau is named
    expect(read('（责任单位：市政府办公室、各民生实事牵头单位按职责分工负责）')).toEqual(['市政府办公室:responsible', '各民生实事牵头单位:responsible:generic']);
    expect(read('（各区住房城乡建设主管部门负责）')).toEqual(['各区住房城乡建设主管部门:responsible']);
    // the units leading the other tasks, none named (奉新 probe round 26); every unit with a budget (岳西)
    expect(read('（责任单位：各牵头单位）')).toEqual(['各牵头单位:responsible:generic']);
    expect(read('（责任单位：县财政局、各预算单位）')).toEqual(['县财政局:responsible', '各预算单位:responsible:generic']);
    // some of the communities or the towns and streets, none named (攸县 probe round 27)
    expect(read('（县民政局负责，相关社区、相关镇街参与）')).toEqual(['县民政局:responsible', '相关社区:support:generic', '相关镇街:support:generic']);
    // state companies and a ministry's own units as a group (probe round 29)
    expect(read('（有关中央企业、各直属单位按职责分工负责）')).toEqual(['有关中央企业:responsible:generic', '各直属单位:responsible:generic']);
    // a township's 站所, none named (太平镇 probe round 25)
    expect(read('（镇农业服务中心、有关站所负责）')).toEqual(['镇农业服务中心:responsible', '有关站所:responsible:generic']);
  });
});

describe('probe round 24: what keeps a note whole — 落实属地管理责任, 常年开展, a deadline set by an event', () => {
  const read = (note: string) => extract(`关于印发某方案的通知\n一、重点任务\n1.推进工作。${note}\n`, { path: 'a.txt' }).tasks[0]!;
  const units = (note: string) => read(note).units.map((u) => `${u.name}:${u.role}`);

  it('should read 落实属地管理责任 as the role of the units before it (历城)', () => {
    expect(units('（区消防救援大队、区应急局负责；王舍人街道、华山街道落实属地管理责任）')).toEqual([
      '区消防救援大队:responsible', '区应急局:responsible', '王舍人街道:responsible', '华山街道:responsible',
    ]);
  });

  it('should read 常年开展 and 2023年9月开学前落实 as the note\'s time, not a unit (永丰, 宁陵)', () => {
    expect(units('（县农业农村局牵头，县生态环境局、县林业局配合，各乡镇人民政府负责，常年开展）')).toEqual([
      '县农业农村局:lead', '县生态环境局:support', '县林业局:support', '各乡镇人民政府:responsible',
    ]);
    const task = read('（责任单位：县卫健局、县教育局，2023年9月开学前落实）');
    expect([task.units.map((u) => u.name), task.deadline]).toEqual([['县卫健局', '县教育局'], '2023年9月开学前落实']);
  });

  it('should keep 各街道、镇 and 各乡镇、街道 as one group of places (江北 probe round 24)', () => {
    expect(units('（责任单位：区商务局；配合单位：各街道、镇）')).toEqual(['区商务局:responsible', '各街道、镇:support']);
    expect(units('（区商务局牵头，各乡镇、街道落实）')).toEqual(['区商务局:lead', '各乡镇、街道:responsible']);
  });

  it('should apply a convention\'s exception stated a few words before it (南平 除注明按职责分工负责的外，各项任务中列第一位的部门为牵头单位)', () => {
    const document = extract('关于印发某方案的通知\n（除注明按职责分工负责的外，各项任务中列第一位的部门为牵头单位）\n一、重点任务\n1.推进工作。（市教育局、市卫健委按职责分工负责）\n2.推进工作。（市教育局、市卫健委）');
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual(['市教育局:responsible、市卫健委:responsible', '市教育局:lead、市卫健委:responsible']);
  });
});

describe('parseNote', () => {
  it('should read the tasks a note covers, and its units after them (嘉兴, probe round 11)', () => {
    const covers = (content: string) => parseNote(content, 'verb')?.covers;
    expect(covers('以上任务牵头单位:市商务局;配合单位:市发展改革委')).toEqual({ kind: 'above' });
    expect(covers('以上2项任务由市市场监管局牵头,市商务局、市公安局配合')).toEqual({ kind: 'last', count: 2 });
    expect(covers('以上三项工作由县财政局负责')).toEqual({ kind: 'last', count: 3 });
    expect(covers('第5、6项任务由市文化广电旅游局牵头,市体育局配合')).toEqual({ kind: 'numbered', numbers: [5, 6] });
    expect(covers('第3至5项由县商务局负责')).toEqual({ kind: 'numbered', numbers: [3, 4, 5] });
    expect(covers('第一、三项任务由县商务局负责')).toEqual({ kind: 'numbered', numbers: [1, 3] });
    expect(covers('本部分任务由县农业农村局牵头')).toEqual({ kind: 'above' });
    expect(covers('市商务局牵头,市财政局配合')).toBeNull();
    expect(parseNote('以上2项任务由市市场监管局牵头,市商务局配合', 'verb')!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市市场监管局:lead', '市商务局:support']);
    // 以上 alone, or before a unit, covers nothing
    expect(parseNote('以上单位按职责分工负责', 'verb')?.covers ?? null).toBeNull();
  });

  it('should read the notes of probe round 5: 主办/协办, 责任乡镇, 做好配合, 给予经费保障, a short name declared, places described after 等', () => {
    // 龙岩 （主办：市委宣传部、市文旅局；协办：市教育局、团市委）
    expect(units('开展红色旅游推广。(主办:市委宣传部、市文旅局;协办:市教育局、团市委)')).toEqual(['市委宣传部:lead', '市文旅局:lead', '市教育局:support', '团市委:support']);
    // 光山 （责任单位：五岳水库管理局、县水利局；责任乡镇：殷棚乡、南向店乡）
    expect(units('推进水库除险加固。(责任单位:五岳水库管理局、县水利局;责任乡镇:殷棚乡、南向店乡)')).toEqual([
      '五岳水库管理局:responsible', '县水利局:responsible', '殷棚乡:responsible', '南向店乡:responsible',
    ]);
    // 曲靖 （市委组织部、市食安办按职责分工负责，各县〔市、区〕党委、政府做好配合）
    expect(units('落实食品安全责任。(市委组织部、市食安办按职责分工负责,各县〔市、区〕党委、政府做好配合)')).toEqual([
      '市委组织部:responsible', '市食安办:responsible', '各县〔市、区〕党委、政府:support',
    ]);
    expect(units('推进培训。(市民政局牵头,市人社局做好配合工作)')).toEqual(['市民政局:lead', '市人社局:support']);
    // 曲靖 13. （主要由市市场监管局负责，市财政局给予经费保障）
    expect(units('开展抽检。(主要由市市场监管局负责,市财政局给予经费保障)')).toEqual(['市市场监管局:responsible', '市财政局:support']);
    // 松阳 （责任单位：县住房和城乡建设局〔以下简称县住建局〕、…）; （…望松街道等沿溪乡镇〔街道〕）
    expect(units('推进改造。(责任单位:县住房和城乡建设局〔以下简称县住建局〕、县自然资源和规划局)')).toEqual(['县住房和城乡建设局:responsible', '县自然资源和规划局:responsible']);
    expect(units('治理溪流。(责任单位:县水利局,古市镇、望松街道等沿溪乡镇〔街道〕)')).toEqual(['县水利局:responsible', '古市镇:responsible', '望松街道:responsible']);
    // 光山 （责任单位：县住建局、各乡镇〔街道〕，城区部分由弦山街道、紫水街道负责）
    expect(units('整治道路。(责任单位:县住建局,城区部分由弦山街道、紫水街道负责)')).toEqual(['县住建局:responsible', '弦山街道:responsible', '紫水街道:responsible']);
  });

  it('should give a bracketed role to its own unit only (龙岩 （责任单位：市委宣传部、市文旅局、市新闻出版局（牵头））)', () => {
    expect(units('推进出版。(责任单位:市委宣传部、市文旅局、市新闻出版局(牵头))')).toEqual(['市委宣传部:responsible', '市文旅局:responsible', '市新闻出版局:lead']);
    expect(units('推进出版。(责任单位:市文旅局(牵头)、市发改委)')).toEqual(['市文旅局:lead', '市发改委:responsible']);
  });

  it('should read a last sentence whose units list their places in brackets (赣州 (五) …各县(市、区)人民政府具体实施。)', () => {
    expect(units('打造一批银发经济特色品牌。市工业和信息化局、市商务局按照各自职责推动落实,各县(市、区)人民政府具体实施。')).toEqual([
      '市工业和信息化局:responsible', '市商务局:responsible', '各县(市、区)人民政府:responsible',
    ]);
    expect(units('推进农房整治,村(居)民委员会负责。')).toEqual(['村(居)民委员会:responsible']);
  });

  it('should read no note in a contact or in where an office sits (六盘水: 报送…专班办公室(市住房城乡建设局城市建设科,联系电话:0858-8222316)。)', () => {
    expect(findNotes('各牵头单位于每月25日前报送市城市更新行动工作专班办公室(市住房城乡建设局城市建设科,联系电话:0858-8222316)。')).toEqual([]);
    expect(findNotes('报省县域经济发展领导小组办公室(设在省发改委)。')).toEqual([]);
    // a note with a contact after its units is still a note
    expect(units('推进改造。(责任单位:县住建局,联系电话:0431-1234567)')).toEqual(['县住建局:responsible']);
  });

  it('should drop the person a bracket after a unit names (责任单位:县发改局(责任人:王刚))', () => {
    expect(units('推进改造。(责任单位:县发改局(责任人:王刚)、县财政局(联系人:李××))')).toEqual(['县发改局:responsible', '县财政局:responsible']);
    expect(units('推进改造。(牵头单位:县发改局(分管领导:副县长王刚);配合单位:县住建局)')).toEqual(['县发改局:lead', '县住建局:support']);
    // a bracket that names another office stays the unit's
    expect(units('推进改造。(责任单位:市城管局(市供热办))')).toEqual(['市城管局(市供热办):responsible']);
  });

  it('should read 会同 as naming the lead first, and the units it brings in as its support', () => {
    const units = (content: string) => parseNote(content, 'verb')!.units.map((u) => `${u.name}:${u.role}`);
    expect(units('市发展改革委会同人民银行XX市中心支行负责')).toEqual(['市发展改革委:lead', '人民银行XX市中心支行:support']);
    // 晋中 (probe round 10), as 由X牵头，会同Y reads in prose
    expect(units('市民政局会同市住房城乡建设局、市自然资源局负责')).toEqual(['市民政局:lead', '市住房城乡建设局:support', '市自然资源局:support']);
    // a clause after it is its own
    expect(units('市民政局会同市住建局负责,各县区政府落实')).toEqual(['市民政局:lead', '市住建局:support', '各县区政府:responsible']);
    // 会同 opening the clause after the lead's (no unit named 会同市住建局)
    expect(units('市民政局牵头,会同市住建局负责')).toEqual(['市民政局:lead', '市住建局:support']);
  });

  it('should read a deadline label inside a note', () => {
    const note = parseNote('牵头单位:市住建局;完成时限:2025年6月底前', 'verb')!;
    expect(note.deadline).toBe('2025年6月底前');
    expect(note.units.map((u) => u.role)).toEqual(['lead']);
  });

  it('should refuse a sentence', () => {
    expect(parseNote('以下简称示范镇', 'verb')).toBeNull();
    expect(parseNote('含租房居住', 'strict')).toBeNull();
  });
});

describe('national bodies (probe round 29: 国办函, 国家林草局)', () => {
  const read = (note: string) => extract(`一、重点任务\n1.推进工作。${note}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should read a body whose name ends in 中央 as a unit: 共青团中央, 团中央, 民革中央', () => {
    expect(read('（人力资源社会保障部、共青团中央、全国妇联按职责分工负责）')).toEqual(['人力资源社会保障部:responsible', '共青团中央:responsible', '全国妇联:responsible']);
    expect(read('（民革中央、团中央负责）')).toEqual(['民革中央:responsible', '团中央:responsible']);
  });

  it('should keep a ministry\'s department named for two things whole, and still part two ministries at 和', () => {
    expect(read('（国有林场和种苗管理司牵头，规划财务司配合）')).toEqual(['国有林场和种苗管理司:lead', '规划财务司:support']);
    expect(read('（财政部和教育部负责）')).toEqual(['财政部:responsible', '教育部:responsible']);
  });
});

describe('probe round 51: a label with the kind of office it also names in brackets (攸县 配合股室（所）：)', () => {
  it('should read the first unit after 配合股室（所）：', () => {
    const [task] = extract('一、重点任务\n1.食品生产环节。开展专项检查。\n牵头股室：食品生产股；配合股室（所）：各市场监管所、稽查大队').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['食品生产股:lead', '各市场监管所:support', '稽查大队:support']);
  });
});

describe('probe round 52: who guides the work, by a label (湖滨 指导科室：)', () => {
  it('should read 指导科室： as the label of who supports', () => {
    const [task] = extract('一、重点任务\n1.推进垃圾分类。（责任主体：各社区；指导科室：城市管理办公室）').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['各社区:responsible', '城市管理办公室:support']);
  });
});

describe('probe round 52: the office a unit houses in 〔〕 inside a note (铜陵)', () => {
  it('should read （市发展改革委〔市粮食和储备局〕负责） as the 市发展改革委 with the office it houses', () => {
    const [task] = extract('一、重点任务\n1.加强粮食安全。完善储备体系。（市发展改革委〔市粮食和储备局〕牵头，市财政局配合）').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}:${u.canonical}`)).toEqual(['市发展改革委〔市粮食和储备局〕:lead:市发展和改革委员会', '市财政局:support:市财政局']);
    expect(task!.text).toBe('加强粮食安全。完善储备体系。');
  });
});


describe('probe round 82: emergency plans and seasonal campaigns (昌乐, 宁远, 上犹, 安定)', () => {
  const taskUnits = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));

  it('should read who answers for it in the manner a note says before 分别负责 (`按“管行业必须管安全”要求`, `按照行业领域`)', () => {
    expect(taskUnits(['一、重点任务', '（一）开展消防安全排查。（县消防救援大队牵头，县商务局、县民政局按“管行业必须管安全”要求分别负责）',
      '（二）消防安全。开展排查整治，消除火灾隐患。县消防救援大队牵头，县教育局、县文旅广体局按照行业领域分别负责。'])).toEqual([
      '县消防救援大队:lead 县商务局:responsible 县民政局:responsible', '县消防救援大队:lead 县教育局:responsible 县文旅广体局:responsible',
    ]);
  });

  it('should keep `各街道、镇（区）` one group of places, in brackets and in a sentence', () => {
    expect(taskUnits(['一、重点任务', '1.加强排查。（县消防救援大队牵头，各街道、镇（区）负责）', '2.加强排查工作，确保安全。由县公安局牵头，县交通局配合，各街道、镇（区）具体实施。'])).toEqual([
      '县消防救援大队:lead 各街道、镇(区):responsible', '县公安局:lead 县交通局:support 各街道、镇(区):responsible',
    ]);
  });

  it('should give the office\'s host the office\'s work when the office bears its daily work first (`设在X，承担…日常工作，负责…`), not when only its director follows', () => {
    expect(taskUnits(['一、工作机制', '1.建立会商机制。县水利局负责每周会商汛情。', '二、指挥部办公室', '县防指办公室设在县应急管理局，承担县防指日常工作，负责汛情、旱情、灾情信息的收集汇总和上报。',
      '三、成员单位', '联席会议由市民政局、市教育局组成。联席会议办公室设在市民政局，承担联席会议日常工作，办公室主任由市民政局分管负责同志兼任。'])).toEqual([
      '县水利局:responsible', '县应急管理局:responsible', '',
    ]);
  });

  it('should read a working group\'s lead written without 由 (`宣传报道组：区委宣传部牵头，区融媒体中心参与`)', () => {
    expect(taskUnits(['一、组织机构', '成立抗旱保供水应急指挥部，指挥部下设办公室和两个工作组。', '综合协调组：由区水务局牵头，区应急管理局参与，负责旱情会商研判。',
      '宣传报道组：区委宣传部牵头，区融媒体中心参与，负责抗旱宣传和舆论引导。'])).toEqual([
      '区水务局:lead 区应急管理局:support', '区委宣传部:lead 区融媒体中心:support',
    ]);
  });

  it('should name no unit of leaders leading a team (`由县级领导带队开展督导`)', () => {
    const [task] = extract(['一、工作步骤', '（三）检查督导。县安委会组成5个督导组，由县级领导带队开展督导。'].join('\n')).tasks;
    expect(task!.units.map((u) => u.name)).not.toContain('县级领导带队');
  });

  it('should read what a unit is to do after 要 in a plan of sentences (`各乡镇要成立抗旱工作专班`)', () => {
    expect(taskUnits(['二、重点措施', '（一）保障城乡饮水安全。区水务局牵头，各乡镇配合，对供水困难村社实行拉水送水。', '（二）落实属地责任。各乡镇要成立抗旱工作专班，实行包村包户。'])).toEqual([
      '区水务局:lead 各乡镇:support', '各乡镇:responsible',
    ]);
  });
});

describe('probe round 83: a department\'s plan among its own offices and bodies (澧县, 祁东, 遂川, 遂宁)', () => {
  const taskUnits = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' '));

  it('should read a bare `指导：` label as who supports', () => {
    expect(taskUnits(['一、重点任务', '7.加强护理质量管理。（责任单位：县人医、县中医医院；指导：医政医管股、护理质控中心）'])).toEqual([
      '县人医:responsible 县中医医院:responsible 医政医管股:support 护理质控中心:support',
    ]);
  });

  it('should read `局领导：` as a person\'s label, out of the task\'s text', () => {
    const [task] = extract(['一、重点任务', '1.推进农村公路养护。', '局领导：刘志刚　牵头股室：公路股　配合：机关各股室、局属各单位'].join('\n')).tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`)).toEqual(['公路股:lead', '机关各股室:support:generic', '局属各单位:support:generic']);
    expect(task!.text).toBe('推进农村公路养护。');
  });

  it('should mark the schools concerned, the stations of the riverside townships and a committee\'s members generic', () => {
    expect(taskUnits(['一、重点任务', '1.加强校车管理。（责任股室：安全股；配合：计财股、相关学校）', '2.加强水上交通安全。（牵头股室：海事股；责任单位：沿江各乡镇交管站）',
      '3.开展安全生产检查。（牵头单位：市应急管理局；责任单位：市安委会成员单位）'])).toEqual([
      '安全股:responsible 计财股:support 相关学校:support:generic', '海事股:lead 沿江各乡镇交管站:responsible:generic', '市应急管理局:lead 市安委会成员单位:responsible:generic',
    ]);
  });
});

describe('probe round 86: central documents and rectification lists (国务院, 工业和信息化部, 四川, 桐梓)', () => {
  const taskUnits = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' '));

  it('should read provinces\' departments written with the other name their office has (`财政厅（局）`), and `按职责分工牵头`', () => {
    expect(taskUnits(['一、重点任务', '1.推进以工代赈。（各省级发展改革委、财政厅（局）、人力资源社会保障厅（局）按职责分工负责）', '2.发展普惠托育服务。（民政部、国家卫生健康委按职责分工牵头）'])).toEqual([
      '各省级发展改革委:responsible 财政厅(局):responsible 人力资源社会保障厅(局):responsible', '民政部:lead 国家卫生健康委:lead',
    ]);
  });

  it('should read who drafts a law in a legislative plan (`（X、Y起草）`, `（X组织起草）`)', () => {
    expect(taskUnits(['一、拟提请审议的法律案', '1.民营经济促进法草案（国家发展改革委、司法部起草）', '2.医疗保障法草案（国家医保局组织起草）', '3.教育法典草案（教育部牵头起草，司法部参与）'])).toEqual([
      '国家发展改革委:responsible 司法部:responsible', '国家医保局:responsible', '教育部:lead 司法部:support',
    ]);
  });

  it('should read a place answering for its own part (`各地区负责本地区清欠工作`), mark each drafting department generic and each place\'s department of a line of work not', () => {
    expect(taskUnits(['一、重点任务', '11.开展清欠专项行动。（工业和信息化部牵头，财政部参与；各地区负责本地区清欠工作）', '12.健全公共服务体系。（各地中小企业主管部门负责）', '13.按时提交草案。（各起草部门负责）'])).toEqual([
      '工业和信息化部:lead 财政部:support 各地区:responsible:generic', '各地中小企业主管部门:responsible', '各起草部门:responsible:generic',
    ]);
  });

  it('should read no note in a portal\'s footer naming who runs the site (`主办单位：…　运行维护单位：…`)', () => {
    expect(taskUnits(['一、重点任务', '1.推进工作。（责任单位：国家发展改革委）', '主办单位：中华人民共和国国务院办公厅　运行维护单位：中国政府网运行中心'])).toEqual(['国家发展改革委:responsible']);
  });

  it('should mark a bureau\'s own offices and stations and a body\'s branches generic (`各股室（站所）`, `各派出机构`)', () => {
    expect(taskUnits(['一、整改措施', '1.开展排查。（牵头单位：办公室；责任单位：各股室（站所））', '2.加强监管。（各派出机构负责）'])).toEqual([
      '办公室:lead 各股室(站所):responsible:generic', '各派出机构:responsible:generic',
    ]);
  });
});
