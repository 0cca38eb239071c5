// The numbered hierarchy and where unnumbered paragraphs go, from lines of real plans.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { printedPath } from '../../src/model/document.js';
import { NoteFinder } from '../../src/extractors/find-notes.js';
import { segmentTasks } from '../../src/extractors/segment-tasks.js';
import { readMarker } from '../../src/extractors/numbering.js';
import { lostNumbering } from '../../src/extractors/lost-numbering.js';
import { readParagraphs } from '../../src/extractors/paragraphs.js';
import { NoteCache } from '../../src/extractors/responsibility-note.js';
import { readTextLines } from '../../src/readers/text.js';

const tasks = (text: string) => extract(text).tasks.map((t) => `${t.id} ${t.path.join('')} ${t.units.map((u) => u.name).join('、')}`);
/** Each task's id and units with their roles, `:generic` after a placeholder. */
const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' ')}`);

describe('segmentation', () => {
  it('should follow the document\'s own order of markers: 一、 → 1. → (一)', () => {
    expect(tasks(['一、重点任务', '1.招商引资', '(一)强化项目谋划。(市商务局负责)', '(二)开展精准招商。(市商务局负责)', '2.项目建设', '(一)加快项目审批。(市发改委负责)'].join('\n'))).toEqual([
      '1.1.1 一、1.(一) 市商务局', '1.1.2 一、1.(二) 市商务局', '1.2.1 一、2.(一) 市发改委',
    ]);
  });

  it('should put 1. items under the (二) opened since, though the first 1. items stood under 三、 (曲靖 probe round 26)', () => {
    expect(tasks([
      '三、整改原则', '1.坚持问题导向。逐项梳理反馈问题，对账销号，不留死角。', '2.坚持标本兼治。', '四、整改任务',
      '（一）南盘江流域部分断面水质不能稳定达标问题。（牵头单位：市生态环境局）', '（二）曲靖经济技术开发区西城污水处理厂长期超负荷运行问题。', '整改措施：',
      '1.开展园区企业排水许可专项检查，对超标排放企业依法查处。', '2.建立进水水质水量在线监控平台，实现超负荷预警。（责任单位：曲靖经开区管委会）',
    ].join('\n'))).toEqual(['3.1 三、1. ', '3.2 三、2. ', '4.1 四、(一) 市生态环境局', '4.2.1 四、(二)1. ', '4.2.2 四、(二)2. 曲靖经开区管委会']);
  });

  it('should split several numbered items written on one line', () => {
    expect(tasks('一、重点任务\n1.推进政务公开。(市政府办负责)2.推进数据共享。(市大数据局负责)3.推进一网通办。')).toEqual([
      '1.1 一、1. 市政府办', '1.2 一、2. 市大数据局', '1.3 一、3. ',
    ]);
  });

  it('should warn of the one task without units among items written on one line, and only of it', () => {
    const document = extract('一、重点任务\n1.推进政务公开。(市政府办负责)2.推进数据共享。(市大数据局负责)3.推进一网通办。');
    const warnings = document.diagnostics.filter((d) => d.code === 'task-without-unit');
    expect(warnings.map((d) => [d.line, d.message])).toEqual([[2, '任务 1.3（一、3.）未找到责任单位']]);
  });

  it('should keep the body under a titled task with its note: (一)推进产业发展(县农业农村局牵头)', () => {
    const [task] = extract('(一)推进产业发展(县农业农村局牵头)\n围绕特色产业,到2025年产值突破50亿元。').tasks;
    expect(task!.text).toBe('推进产业发展\n围绕特色产业,到2025年产值突破50亿元。');
  });

  it('should report, not drop, an unnumbered paragraph after a long task closed by its note', () => {
    const document = extract('1.完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。(州住建局负责)\n各县(市)要参照本方案开展工作。');
    expect(document.tasks[0]!.text).not.toContain('参照本方案');
    expect(document.diagnostics.map((d) => d.code)).toContain('unattached-text');
  });

  it('should give outline numbers (1.1, 2.1) their whole number in the id, without false numbering warnings', () => {
    const document = extract('1.1 推进工作。(市发改委负责)\n1.2 加强督导。(市委督查室负责)\n2.1 完善制度。(市司法局负责)');
    expect(document.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
    // the box's own numbering (1. 2. then the task's 2.) is no gap or repeat
    expect(document.diagnostics.filter((d) => d.code.startsWith('numbering') && d.line! > 1)).toEqual([]);
  });

  it('should count repeated numbers without searching (10,000 items numbered (一)…(三) again and again)', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `(${['一', '二', '三'][i % 3]})推进工作`).join('\n');
    const ids = extract(text).tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(10_000);
  });
});

describe('a project block: a title, then its fields a line each (南平, probe round 13)', () => {
  it('should keep the block\'s fields in its text whether its notes come first or last, and read 配合单位：无 as naming none', () => {
    const document = extract([
      '二、重点工作项目', '（一）闽江流域水环境综合治理', '　　牵头单位：市生态环境局', '　　配合单位：市水利局、市农业农村局',
      '　　目标任务：闽江干流国控断面水质优良比例保持100%。', '　　工作措施：一是开展入河排污口排查整治；二是推进城镇污水管网建设。', '　　完成时限：2024年12月底',
      '（二）固体废物规范化处置', '　　牵头单位：市生态环境局', '　　配合单位：无', '　　目标任务：一般工业固体废物综合利用率达到85%。', '　　完成时限：2024年12月底',
      '（三）森林资源保护', '　　【牵头单位】市林业局', '　　【目标任务】森林覆盖率保持在78%以上。', '　　【完成时限】2024年12月底',
      '三、保障措施', '（一）压实工作责任。各牵头单位要制定项目推进计划。',
    ].join('\n'));
    expect(document.tasks.slice(0, 3).map((t) => [t.text, t.units.map((u) => `${u.name}:${u.role}`).join(' '), t.deadline])).toEqual([
      ['闽江流域水环境综合治理\n目标任务:闽江干流国控断面水质优良比例保持100%。\n工作措施:一是开展入河排污口排查整治;二是推进城镇污水管网建设。', '市生态环境局:lead 市水利局:support 市农业农村局:support', '2024年12月底'],
      ['固体废物规范化处置\n目标任务:一般工业固体废物综合利用率达到85%。', '市生态环境局:lead', '2024年12月底'],
      ['森林资源保护\n【目标任务】森林覆盖率保持在78%以上。', '市林业局:lead', '2024年12月底'],
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toEqual([]);
  });
});

describe('a plan written unit by unit', () => {
  it('should read a unit heading that counts its tasks, parts two groups by a comma, or names a state company (遂宁, probe round 13)', () => {
    const read = (heading: string) => extract(['一、市级部门', heading, '1．牵头推进重大项目建设，全年完成投资500亿元。', '2．配合做好专项债券项目储备。'].join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));
    for (const count of ['（牵头5项、配合1项）', '（共3项）', '（2项）', '（牵头1项）：']) expect(read(`（一）市发展和改革委员会${count}`), count).toEqual(['市发展和改革委员会:lead', '市发展和改革委员会:support']);
    expect(read('（五）国网遂宁供电公司（2项）')).toEqual(['国网遂宁供电公司:lead', '国网遂宁供电公司:support']);
    expect(read('（六）各县（市、区）人民政府，遂宁高新区、遂宁经开区管委会（3项）')).toEqual([
      '各县(市、区)人民政府:lead 遂宁高新区管委会:lead 遂宁经开区管委会:lead', '各县(市、区)人民政府:support 遂宁高新区管委会:support 遂宁经开区管委会:support',
    ]);
    // a heading that says what is to be done is no unit's, comma or not
    expect(read('（一）加强组织领导，压实工作责任')).toEqual(['', '']);
  });

  const plan = [
    '某县2024年优化营商环境工作任务分工', '一、任务分工', '(一)县发展和改革局', '1.牵头推进重大项目谋划储备工作。', '2.配合做好招商引资工作。',
    '3.负责社会信用体系建设。', '(二)县财政局、县税务局:', '1.落实减税降费政策。', '(三)加强组织领导', '1.建立工作专班。', '2.完善督查机制。(县委督查室负责)',
  ].join('\n');

  it('should give the tasks under a heading that is a unit\'s name that unit, in the role their opening words say', () => {
    const document = extract(plan);
    const roles = document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);
    expect(roles).toEqual([
      '1.1.1 县发展和改革局:lead', '1.1.2 县发展和改革局:support', '1.1.3 县发展和改革局:responsible',
      '1.2.1 县财政局:responsible、县税务局:responsible', '1.3.1 ', '1.3.2 县委督查室:responsible',
    ]);
    expect(document.tasks[3]!.responsibility).toBe('县财政局、县税务局');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-heading').map((d) => `${d.line} ${d.message}`)).toEqual([
      '3 任务 1.1.1、1.1.2、1.1.3没有责任表述，责任单位取自标题“(一)县发展和改革局”',
      '7 任务 1.2.1没有责任表述，责任单位取自标题“(二)县财政局、县税务局:”',
    ]);
  });

  it('should read no units from a heading that says what is to be done, names a thing acted on, or no place', () => {
    const headings = ['加强组织领导', '各地', '建设法治政府', '提升县级医院', '数字政府', '培育龙头企业', '打造区域医疗中心', '产业园区', '示范社区', '数据中心', '政务服务大厅', '公立医院', '博览会', '优化空间布局'];
    const lines = ['2025年工作方案', '一、重点任务', ...headings.flatMap((heading, i) => [`(${'一二三四五六七八九十'[i % 10]})${heading}`, '1.完善相关制度。'])];
    expect(extract(lines.join('\n')).tasks.filter((t) => t.units.length > 0).map((t) => t.headings.at(-1))).toEqual([]);
  });

  it('should keep the roles a heading states, and add the heading\'s units where the task names only who supports it', () => {
    const stated = extract(['2025年工作方案', '一、重点任务', '(一)县财政局牵头、县税务局配合', '1.落实减税降费政策。'].join('\n'));
    expect(stated.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县财政局:lead', '县税务局:support']);
    const support = extract(['2025年工作方案', '一、重点任务', '(一)县发展和改革局', '1.牵头推进重大项目谋划储备。(配合单位:县财政局、县自然资源局)'].join('\n'));
    expect(support.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县发展和改革局:lead', '县财政局:support', '县自然资源局:support']);
    expect(support.tasks[0]!.responsibility).toBe('县发展和改革局 (配合单位:县财政局、县自然资源局)');
  });

  it('should tell a task that names only who supports apart from one that names no one, in the findings (六安 probe round 90)', () => {
    const document = extract([
      '2025年碳达峰碳中和工作要点', '三、推进城乡建设绿色低碳发展', '（以下任务由市住房城乡建设局牵头，各县区人民政府负责落实）',
      '5.提升建筑能效水平。城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到30%以上。',
      '6.推进可再生能源建筑应用。新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。市机关事务管理局配合。',
    ].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '3.5 市住房城乡建设局:lead、各县区人民政府:responsible',
      '3.6 市住房城乡建设局:lead、各县区人民政府:responsible、市机关事务管理局:support',
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'units-from-heading').map((d) => d.message)).toEqual([
      '任务 3.5没有责任表述，责任单位取自标题“三、推进城乡建设绿色低碳发展”',
      '任务 3.6只写了配合单位，牵头或责任单位取自标题“三、推进城乡建设绿色低碳发展”',
    ]);
  });

  it('should keep a task\'s own note before its heading\'s units, and let the declared convention lead the first of a heading\'s list', () => {
    const own = extract(['2025年工作方案', '一、重点任务', '(一)县财政局', '1.落实资金保障。(县发改局负责)'].join('\n'));
    expect(own.tasks[0]!.units.map((u) => u.name)).toEqual(['县发改局']);
    const convention = extract(['2025年工作方案', '排在第一位的为牵头单位。', '一、重点任务', '(一)县财政局、县税务局', '1.落实减税降费政策。'].join('\n'));
    expect(convention.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县财政局:lead', '县税务局:responsible']);
  });
});

describe('notes that cover more than one paragraph or item', () => {
  it('should keep a heading\'s unnumbered paragraphs that each end with a note, with all their units (湘潭县 (三)强化要素保障)', () => {
    const [task] = extract([
      '二、主要措施', '(三)强化要素保障',
      '加大用地保障力度,优先保障重点项目用地。(责任单位:县自然资源局)',
      '拓宽融资渠道,设立产业引导基金。(责任单位:县财政局、县发展改革局)',
      '加强用工保障。(责任单位:县人力资源社会保障局、县财政局)',
    ].join('\n')).tasks;
    expect(task!.units.map((u) => u.name)).toEqual(['县自然资源局', '县财政局', '县发展改革局', '县人力资源社会保障局']);
    expect(task!.text.split('\n')).toHaveLength(4);
  });

  it('should read a labelled list broken after its 、 on through the next line (round 4 衡阳县 10.)', () => {
    expect(tasks(['二、重点任务', '10.健全党组织领导的乡村治理体系。推进“一村一辅警”全覆盖。', '责任单位：县委组织部、县公安局、', '　　　　　县信访局，各乡镇人民政府', '完成时间：2024年12月底'].join('\n'))).toEqual([
      '2.10 二、10. 县委组织部、县公安局、县信访局、各乡镇人民政府',
    ]);
  });

  it('should keep a titled task\'s body after the note line standing under its title (round 7 仁寿县 (六))', () => {
    const [task] = extract(['三、重点工作', '（六）开展河湖“清四乱”专项行动。', '　　责任单位：县水利局、县河长制办公室', '　　清理河湖乱占、乱采、乱堆、乱建问题，全面落实河湖长制。', '四、保障措施'].join('\n')).tasks;
    expect(task!.text).toBe('开展河湖“清四乱”专项行动。\n清理河湖乱占、乱采、乱堆、乱建问题,全面落实河湖长制。');
    expect(task!.units.map((u) => u.name)).toEqual(['县水利局', '县河长制办公室']);
  });

  it('should give a note after items that are the clauses of one sentence to the item above them (沭阳 （四） 1.…； 2.…； 3.…。, probe round 49)', () => {
    expect(tasks(['四、重点任务', '（四）改善人居环境。', '1.推进农村生活污水治理；', '2.深化农村生活垃圾分类；', '3.实施农村户厕问题摸排整改“回头看”。',
      '（牵头单位：县农业农村局；配合单位：县生态环境局、县水利局）'].join('\n'))).toEqual(['4.4 四、(四) 县农业农村局、县生态环境局、县水利局']);
    // so do items that are sentences of their own under a title, the note on a line of its own after them (綦江 （五）, probe round 51)
    expect(tasks(['四、重点任务', '（四）改善人居环境。', '1.推进农村生活污水治理。', '2.深化农村生活垃圾分类。', '（责任单位：县城管局）'].join('\n'))).toEqual(['4.4 四、(四) 县城管局']);
    // items with notes of their own stay tasks
    expect(tasks(['四、重点任务', '（四）改善人居环境。', '1.推进农村生活污水治理。（县住建局负责）', '2.深化农村生活垃圾分类。', '（责任单位：县城管局）'].join('\n'))).toEqual(['4.4.1 四、(四)1. 县住建局', '4.4.2 四、(四)2. 县城管局']);
    // and so do items dividing their work in prose (湘潭 （二） 4.…由市交通运输局牵头、市商务局、市邮政管理局配合…, probe round 57)
    expect(tasks(['二、主要任务', '（二）健全农村物流配送体系', '4．加快县级物流配送中心建设。建设县级共同配送中心，由市交通运输局牵头、市商务局、市邮政管理局配合，2023年6月底前建成。',
      '5．推进“快递进村”。鼓励快递企业合作共建村级寄递服务站点。', '', '牵头单位：市邮政管理局　　配合单位：市交通运输局、市供销社'].join('\n'))).toEqual([
      '2.2.4 二、(二)4. 市交通运输局、市商务局、市邮政管理局', '2.2.5 二、(二)5. 市邮政管理局、市交通运输局、市供销社',
    ]);
  });

  it('should read an office in brackets after the office a report is sent to as its keeper, not a note (雨花 报专班办公室（区住建局城市更新科）, probe round 49)', () => {
    expect(tasks('五、工作机制\n各成员单位于4月5日前将联络员名单报专班办公室（区住建局城市更新科）。')).toEqual(['5 五、 ']);
  });

  it('should give a note on its own line after a list of items without notes to the item the list belongs to, the list its text', () => {
    expect(tasks(['二、主要任务', '2.建设污水处理设施。重点推进以下工作:', '①在集镇所在地建设污水处理设施5处;', '②在人口集中村庄建设小型污水处理设施20处。', '(责任单位:市生态环境局、市住建局)'].join('\n'))).toEqual([
      '2.2 二、2. 市生态环境局、市住建局',
    ]);
    // 衡阳县 5.推进脱贫人口稳岗就业。主要抓好以下工作： (1)… (2)… (3)… then 牵头单位： / 责任单位： / 完成时间： lines
    const [task] = extract(['二、重点任务', '5.推进脱贫人口稳岗就业。主要抓好以下工作:', '(1)稳定脱贫劳动力外出务工规模;', '(2)用好乡村公益性岗位;', '(3)开展“雨露计划”职业技能培训。', '牵头单位:县人社局', '责任单位:县乡村振兴局、县教育局', '完成时间:2024年12月底'].join('\n')).tasks;
    expect(task!.text).toBe('推进脱贫人口稳岗就业。主要抓好以下工作:\n(1)稳定脱贫劳动力外出务工规模;\n(2)用好乡村公益性岗位;\n(3)开展“雨露计划”职业技能培训。');
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县人社局:lead', '县乡村振兴局:responsible', '县教育局:responsible']);
    expect(task!.deadline).toBe('2024年12月底');
    // where an item of the list has a note, the note on its own line is the last item's
    expect(tasks(['二、主要任务', '2.建设污水处理设施。', '①建设污水处理设施5处。(市住建局负责)', '②建设小型污水处理设施20处。', '(责任单位:市生态环境局)'].join('\n'))).toEqual([
      '2.2.1 二、2.① 市住建局', '2.2.2 二、2.② 市生态环境局',
    ]);
  });

  it('should give a note on its own line to the item above it when the list is not announced with a colon', () => {
    expect(tasks(['二、保障措施', '(一)加强组织领导。成立工作专班。', '(二)强化资金保障。统筹安排资金。', '责任单位:县财政局', '(三)严格督导考核。定期通报进展。', '责任单位:县委督查室'].join('\n'))).toEqual([
      '2.1 二、(一) ', '2.2 二、(二) 县财政局', '2.3 二、(三) 县委督查室',
    ]);
  });

  it('should keep closing remarks out of the last task, whatever notes they hold', () => {
    const document = extract([
      '一、重点任务', '(一)推进项目建设。全年实施重点项目50个,完成投资10亿元,新开工项目20个,竣工项目15个。(责任单位:县发改局)', '各乡镇、各部门要高度重视,认真抓好落实。',
      '招商引资奖励资金,由县财政局负责落实。', '对工作不力的严肃问责。(县纪委监委负责)',
    ].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['县发改局']);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toHaveLength(3);
  });

  it('should give a note that covers the tasks above it to each of them (嘉兴, probe round 11: (以上任务牵头单位:…) after 1.–3.)', () => {
    const document = extract([
      '二、重点任务', '(一)促进汽车家电消费',
      '1．开展汽车以旧换新。全年完成汽车以旧换新2万辆。', '2．支持新能源汽车下乡。组织开展新能源汽车下乡活动15场以上。', '3．推动家电家居焕新。发放家电家居消费券2000万元。',
      '（以上任务牵头单位：市商务局；配合单位：市发展改革委、市财政局）',
      '(二)提升文旅体育消费', '4．打造夜间消费集聚区。(市文化广电旅游局负责)', '5．丰富节庆会展活动。全年举办各类展会30场以上。', '6．扩大体育消费。发放体育消费券500万元。',
      '（第5、6项任务由市文化广电旅游局牵头，市体育局、各县（市、区）人民政府配合）',
      '(三)优化消费环境', '9．加强消费维权。消费投诉按时办结率达到98%以上。', '10．规范市场秩序。依法查处价格违法行为。', '（以上2项任务由市市场监管局牵头，市商务局、市公安局配合）',
    ].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '2.1.1 市商务局:lead、市发展改革委:support、市财政局:support',
      '2.1.2 市商务局:lead、市发展改革委:support、市财政局:support',
      '2.1.3 市商务局:lead、市发展改革委:support、市财政局:support',
      '2.2.4 市文化广电旅游局:responsible',
      '2.2.5 市文化广电旅游局:lead、市体育局:support、各县(市、区)人民政府:support',
      '2.2.6 市文化广电旅游局:lead、市体育局:support、各县(市、区)人民政府:support',
      '2.3.9 市市场监管局:lead、市商务局:support、市公安局:support',
      '2.3.10 市市场监管局:lead、市商务局:support、市公安局:support',
    ]);
    // the note is no text of the task it is written after
    expect(document.tasks.find((t) => t.id === '2.2.6')!.text).toBe('扩大体育消费。发放体育消费券500万元。');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-covering-note').map((d) => d.line)).toEqual([3, 4, 9, 13]);
    expect(document.diagnostics.filter((d) => d.code === 'task-without-unit')).toEqual([]);
  });

  it('should read a note that covers the tasks above it written as a sentence of its own, or at the end of the last task', () => {
    expect(tasks(['二、重点任务', '1．开展汽车以旧换新。', '2．推动家电家居焕新。', '以上任务由县商务局牵头，县财政局配合。'].join('\n'))).toEqual([
      '2.1 二、1. 县商务局、县财政局', '2.2 二、2. 县商务局、县财政局',
    ]);
    // after a last task with a note of its own, which takes them besides its own (红花套 probe round 54)
    expect(tasks(['二、重点任务', '（二）扎实推进农村厕所革命', '4．开展问题厕所“回头看”。', '5．加强厕所粪污资源化利用。', '6．推进公厕提档升级。完成公厕改造5座。（责任单位：镇城建办）', '以上任务由镇农业服务中心牵头，各村（社区）负责落实。', '（三）梯次推进生活污水治理', '7．推进集镇污水管网建设。（镇城建办负责）'].join('\n'))).toEqual([
      '2.2.4 二、(二)4. 镇农业服务中心、各村(社区)', '2.2.5 二、(二)5. 镇农业服务中心、各村(社区)', '2.2.6 二、(二)6. 镇城建办、镇农业服务中心、各村(社区)', '2.3.7 二、(三)7. 镇城建办',
    ]);
    expect(tasks(['二、重点任务', '1．开展汽车以旧换新。', '2．推动家电家居焕新。（以上各项任务均由县商务局负责）', '3．扩大体育消费。（县体育局负责）'].join('\n'))).toEqual([
      '2.1 二、1. 县商务局', '2.2 二、2. 县商务局', '2.3 二、3. 县体育局',
    ]);
    // 第1至3项: a range of numbers; the task with a note of its own keeps it
    expect(tasks(['二、重点任务', '1．开展汽车以旧换新。', '2．推动家电家居焕新。（县发改局负责）', '3．扩大体育消费。（第1至3项由县商务局牵头）', '4．丰富节庆活动。'].join('\n'))).toEqual([
      '2.1 二、1. 县商务局', '2.2 二、2. 县发改局', '2.3 二、3. 县商务局', '2.4 二、4. ',
    ]);
    // 以上2项 covers two tasks, the one it is written after among them
    expect(tasks(['二、重点任务', '1．开展汽车以旧换新。', '2．推动家电家居焕新。', '3．扩大体育消费。（以上两项任务由县体育局负责）'].join('\n'))).toEqual([
      '2.1 二、1. ', '2.2 二、2. 县体育局', '2.3 二、3. 县体育局',
    ]);
  });

  it('should give a heading\'s note to the tasks under it that have none (一、做强特色产业(牵头单位:市工信局))', () => {
    const document = extract(['一、做强特色产业(牵头单位:市工信局)', '1.壮大有色金属产业。', '2.发展油茶产业。(责任单位:市林业局)'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual(['1 市工信局:lead', '1.1 市工信局:lead', '1.2 市林业局:responsible']);
    expect(document.diagnostics.find((d) => d.code === 'units-from-heading')?.message).toContain('1.1');
  });
});

describe('a duty written unit first', () => {
  it('should give a task the units it opens with before a colon (攸县 (一)县卫健局:负责创卫日常工作…)', () => {
    const document = extract(['二、职责分工', '(一)县卫健局:负责创卫日常工作,牵头开展病媒生物防制。', '(二)县住建局、县自然资源局:负责城区建筑工地扬尘管控。', '(三)加强组织领导:成立工作指挥部。', '(四)县图书馆:完成改造提升。'].join('\n'));
    expect(document.tasks.map((t) => `${t.units.map((u) => `${u.name}:${u.role}`).join('、')}|${t.responsibility}`)).toEqual([
      '县卫健局:responsible|县卫健局', '县住建局:responsible、县自然资源局:responsible|县住建局、县自然资源局', '|null', '|null',
    ]);
    expect(document.tasks[0]!.text).toBe('县卫健局:负责创卫日常工作,牵头开展病媒生物防制。');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-opening')).toHaveLength(2);
  });

  it('should read an office the dictionary does not know when a duty follows its colon (沂水 (六)沂水生态环境分局:负责…)', () => {
    const document = extract(['第五条　各有关部门按照下列分工履行职责:', '(五)县市场监管局:负责农贸市场的监督检查;', '(六)沂水生态环境分局:负责生态环境问题的查处。', '(七)网格中心:统一调度。'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => u.name).join('、'))).toEqual(['县市场监管局', '沂水生态环境分局', '']);
  });

  it('should read the role from the words after the colon', () => {
    const [task] = extract('二、职责分工\n(一)县发展改革局:牵头推进重大项目谋划储备。').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县发展改革局:lead']);
  });

  it('should read the units before a stop or a comma when a duty follows (临泉 1.县教育局。负责…, probe round 41)', () => {
    const document = extract(['三、职责分工', '1.县教育局。负责攻坚工作的组织实施，制定年度推进计划。', '2.县住房城乡建设局。配合做好新建住宅小区配套学校的规划、建设和移交工作。', '3.县财政局，负责落实攻坚工作经费。', '4.县图书馆。完成改造提升。'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual(['县教育局:responsible', '县住房城乡建设局:support', '县财政局:responsible', '']);
  });

  it('should read two groups of units parted by a comma before the colon (荆门 （七）各县市区人民政府，漳河新区…管委会：负责…)', () => {
    const [task] = extract('三、职责分工\n（七）各县市区人民政府，漳河新区、荆门高新区·掇刀区管委会：负责本辖区创建工作的组织实施，落实属地管理责任。').tasks;
    expect(task!.units.map((u) => u.name)).toEqual(['各县市区人民政府', '漳河新区管委会', '荆门高新区·掇刀区管委会']);
  });

  it('should read duty lines whose list writes its place once, townships, and a closing line for the other members (probe round 49: 赣州, 甘肃, 安福)', () => {
    const document = extract(['三、成员单位职责', '市公安局、交通运输局：建立公路治超联合执法常态化工作机制。', '市发展改革委、财政局：分别负责争取中央预算内投资和专项资金。',
      '平都镇、枫田镇：负责辖区内环境卫生整治。', '各乡镇（街道）：履行属地主体责任。', '其他成员单位：按照各自职责，做好相关工作。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual([
      '3.N1 市公安局、市交通运输局', '3.N2 市发展改革委、市财政局', '3.N3 平都镇、枫田镇', '3.N4 各乡镇(街道)', '3.N5 ',
    ]);
  });

  it('should read duty lines with a list mark before them, or naming their units before the role word (`●县财政局：`, `县财政局负责…`)', () => {
    const ids = (lines: string[]) => extract(['三、成员单位职责', ...lines, '四、工作要求', '各单位要高度重视。'].join('\n')).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);
    expect(ids(['●县财政局：负责落实工作经费。', '——县自然资源局：负责保障建设用地。'])).toEqual(['3.N1 县财政局:responsible', '3.N2 县自然资源局:responsible', '4 ']);
    expect(ids(['县财政局负责落实工作经费。', '县自然资源局、县住建局配合做好建设用地保障。', '其他成员单位按照职责做好工作。'])).toEqual([
      '3.N1 县财政局:responsible', '3.N2 县自然资源局:support、县住建局:support', '3.N3 ', '4 ',
    ]);
    // a division of work by number is no duty line
    expect(ids(['第（一）项由县城管局牵头，县住建局配合。', '各乡镇人民政府负责本辖区整治任务的组织实施。'])[0]).toMatch(/^3 /);
  });

  it('should read offices named 室 before a colon as who works (汝城 （七）县委督查室、县政府督查室：对…进行督查, probe round 44)', () => {
    const [task] = extract('二、职责分工\n（七）县委督查室、县政府督查室：对各乡镇、各部门大检查开展情况进行督查，对工作不力的通报批评。').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县委督查室:responsible', '县政府督查室:responsible']);
  });

  it('should make each unnumbered line that opens with its units a task under the heading (兰考 三、成员单位职责, probe round 41)', () => {
    const document = extract(['三、成员单位职责', '县文化广电和旅游局：牵头负责创建工作的组织协调，制定创建工作方案。', '县财政局：统筹安排创建工作经费，落实旅游发展专项资金。',
      '县市场监管局、县公安局：配合做好旅游市场秩序整治。', '四、工作要求', '各成员单位要按照职责分工，明确一名联络员。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.path.join('')} ${t.text.slice(0, 6)} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '3.N1 三、 县文化广电和 县文化广电和旅游局:lead', '3.N2 三、 县财政局:统 县财政局:responsible', '3.N3 三、 县市场监管局 县市场监管局:support、县公安局:support', '4 四、 工作要求\n各 ',
    ]);
    expect(document.tasks[0]!.headings).toEqual(['三、成员单位职责']);
  });

  it('should read duty lines after a line introducing them, and one line among them that names no unit keeps the heading one task', () => {
    const introduced = extract(['三、成员单位职责', '各成员单位具体职责如下：', '县财政局：负责落实工作经费。', '县自然资源局：负责保障建设用地。'].join('\n'));
    expect(introduced.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual(['3.N1 县财政局', '3.N2 县自然资源局']);
    const mixed = extract(['三、成员单位职责', '县财政局：负责落实工作经费。', '县自然资源局：负责保障建设用地。', '领导小组办公室日常工作由县文旅局承担。'].join('\n'));
    expect(mixed.tasks.map((t) => t.id)).toEqual(['3']);
  });

  it('should give a rectification plan\'s covering notes to the measures they name, the measures staying tasks (西充 probe round 60)', () => {
    const document = extract(['二、整改任务', '（一）县城污水处理厂进水浓度偏低。', '　　整改措施：', '　　1.全面排查城区雨污管网混错接点。', '　　2.实施城区雨污分流改造工程。',
      '　　（以上整改措施由县住房城乡建设局牵头，县财政局配合，晋城街道、莲池镇负责辖区内落实）', '（二）部分规模以下畜禽养殖场粪污直排。', '　　整改措施：',
      '　　3.开展畜禽养殖场粪污处理设施摸底排查。', '　　4.推广“种养结合、就近还田”模式。', '　　（以上2项由县农业农村局牵头，各乡镇人民政府负责落实）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '2.1.1 县住房城乡建设局:lead 县财政局:support 晋城街道:responsible 莲池镇:responsible', '2.1.2 县住房城乡建设局:lead 县财政局:support 晋城街道:responsible 莲池镇:responsible',
      '2.2.3 县农业农村局:lead 各乡镇人民政府:responsible', '2.2.4 县农业农村局:lead 各乡镇人民政府:responsible',
    ]);
  });

  it('should leave a cover letter\'s own numbered points out of the plan whose title the notice names below them (灵璧 probe round 58)', () => {
    const document = extract(['灵政办秘〔2025〕9号', '灵璧县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工的通知', '各乡镇人民政府，县政府各部门：',
      '　　现将重点工作任务分工印发给你们，并就有关事项通知如下：', '　　一、各牵头单位要对照任务分工，于3月15日前制定具体推进方案。任务中列第一位的为牵头单位，其他为配合单位。',
      '　　二、各责任单位每季度末5日前将工作进展情况报县政府督查室。', '灵璧县人民政府办公室', '2025年3月3日', '2025年县政府工作报告重点工作任务分工',
      '一、主要预期目标', '　　1．【县发展改革委、县统计局】地区生产总值增长6%左右。'].join('\n'));
    expect(document.meta.title).toBe('2025年县政府工作报告重点工作任务分工');
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual(['1.1 县发展改革委:lead 县统计局:support']);
    expect(document.diagnostics.filter((d) => d.code.startsWith('numbering'))).toEqual([]);
  });

  it('should make each duty line of an attachment under its title alone a task, the attachment numbered as printed (部际联席会议, probe round 58)', () => {
    const document = extract(['数字经济发展部际联席会议办公室', '关于印发《数字经济发展部际联席会议2024年工作要点》的通知', '联席会议各成员单位：', '现印发给你们，请认真抓好落实。',
      '附件：1.数字经济发展部际联席会议2024年工作要点', '2.数字经济发展部际联席会议成员单位职责分工', '附件1', '数字经济发展部际联席会议2024年工作要点',
      '一、推进数字基础设施建设', '1.加快5G网络建设。（工业和信息化部负责）', '附件2', '数字经济发展部际联席会议成员单位职责分工',
      '国家发展改革委：承担联席会议办公室日常工作，统筹推进数字经济发展规划。', '中央网信办：负责网络安全和数据安全统筹协调。', '其他成员单位按照各自职责，做好数字经济发展相关工作。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.part} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '1.1 正文 工业和信息化部:responsible', 'A2.N1 附件2 国家发展改革委:responsible', 'A2.N2 附件2 中央网信办:responsible', 'A2.N3 附件2 ',
    ]);
    // a list of the members themselves is no task list
    const members = extract(['一、重点任务', '1.推进工作。（县财政局负责）', '附件', '县乡村振兴工作领导小组成员', '组长：王××', '县财政局：李××'].join('\n'));
    expect(members.tasks.map((t) => t.id)).toEqual(['1.1']);
  });

});

describe('a heading that hands the items below it to a unit', () => {
  it('should give 第三条 县农业农村局负责以下工作: to its items (管理办法 articles)', () => {
    expect(tasks(['第二章 管理职责', '第三条 县农业农村局负责以下工作:', '(一)指导农村集体“三资”清产核资;', '(二)开展农村集体财务审计。', '第五条 各乡镇人民政府承担以下职责:', '(一)负责本辖区村级会计委托代理服务。'].join('\n'))).toEqual([
      '2.3.1 第二章第三条(一) 县农业农村局', '2.3.2 第二章第三条(二) 县农业农村局', '2.5.1 第二章第五条(一) 各乡镇人民政府',
    ]);
  });
});

describe('outline numbers', () => {
  it('should give 2.1.1 under 2.1 the id 2.1.1, not 2.1.2.1.1 (吴江 数字政府 2.1 / 2.1.1)', () => {
    expect(tasks(['2.重点任务', '2.1 夯实数字基础支撑', '2.1.1 推进政务云扩容升级。(区大数据管理中心负责)', '2.1.2 完善电子政务外网。(区大数据管理中心负责)', '2.2 提升服务', '2.2.1 推进一件事。(区政务办负责)'].join('\n'))).toEqual([
      '2.1.1 2.2.12.1.1 区大数据管理中心', '2.1.2 2.2.12.1.2 区大数据管理中心', '2.2.1 2.2.22.2.1 区政务办',
    ]);
    // under a Chinese numeral the outline number follows its id
    expect(tasks(['一、重点任务', '1.1 夯实基础', '1.1.1 推进政务云。(区大数据中心负责)'].join('\n'))).toEqual(['1.1.1.1 一、1.11.1.1 区大数据中心']);
  });
});

describe('an outline whose top headings have a number and a space, no stop (round 5 吴江: 1 总体要求 / 2 重点任务 / 2.1 …)', () => {
  it('should read `2 重点任务` as the heading the 2.1 items stand under, and `1 总体要求` beside it, though nothing numbers 1.1', () => {
    const document = extract(['吴江区2024年数字政府建设工作要点', '1 总体要求', '以数字化改革引领政府治理现代化。', '2 重点任务', '2.1 夯实数字基础支撑', '2.1.1 推进政务云扩容升级。（牵头单位：区大数据管理中心）', '2.2 强化数据安全保障。（责任单位：区委网信办）', '3 保障措施', '3.1 加强统筹协调。区大数据管理中心负责日常统筹协调。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.path.join(' ')} | ${t.headings.join(' / ')}`)).toEqual([
      '1 1 | ', '2.1.1 2 2.1 2.1.1 | 2 重点任务 / 2.1夯实数字基础支撑', '2.2 2 2.2 | 2 重点任务', '3.1 3 3.1 | 3 保障措施',
    ]);
    expect(document.diagnostics.filter((d) => d.code.startsWith('numbering') || d.code === 'unattached-text')).toEqual([]);
  });

  it('should take the headings written so before one whose outline is numbered, in an unbroken run (round 7 海宁: 1 总体要求 / 2 工作目标 / 3 重点任务 / 3.1 …)', () => {
    const document = extract(['海宁市未来社区建设工作方案', '1 总体要求', '坚持以人民为中心。', '2 工作目标', '全市新创建未来社区8个。', '3 重点任务', '3.1 强化规划引领', '3.1.1 编制专项规划。（责任单位：市住建局）', '3.1.2 推进老旧小区改造。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${printedPath(t.path)}`)).toEqual(['1 1', '2 2', '3.1.1 3 3.1 3.1.1', '3.1.2 3 3.1 3.1.2']);
    expect(document.diagnostics.find((d) => d.code === 'task-without-unit')!.message).toBe('任务 3.1.2（3 3.1 3.1.2）未找到责任单位');
  });

  it('should not take a wrapped line opening with a count (3 个…, 1 万亩…) for a heading, nor 1.5万亩 for an outline number', () => {
    const document = extract(['1 总体要求', '2 主要任务', '2.1 推进项目建设。全年新开工', '3 个重点项目，续建', '5 个（责任单位：县发改局）', '2.2 强化要素保障。（责任单位：县自然资源局）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual(['1 ', '2.1 县发改局', '2.2 县自然资源局']);
    expect(tasks(['一、重点任务', '1.推进高标准农田建设，新建', '1.5万亩，改造提升', '2 万亩（责任单位：县农业农村局）'].join('\n'))).toEqual(['1.1 一、1. 县农业农村局']);
  });

  it('should not take a line opening with a number and a space for a heading where no outline numbers follow', () => {
    expect(tasks(['一、重点任务', '1.推进园区建设。（责任单位：县发改局）', '5 个重点项目年内开工', '2.完善设施。（责任单位：县住建局）'].join('\n'))).toEqual(['1.1 一、1. 县发改局', '1.2 一、2. 县住建局']);
  });
});

describe('a note that says 下同', () => {
  it('should give its units to the sibling tasks after it that have no note, up to the next note (曲靖 3．…，下同）)', () => {
    const document = extract([
      '二、重点任务',
      '3.开展校园食品安全守护行动。(牵头单位:市市场监管局;配合单位:市教育体育局、市卫生健康委,下同)',
      '4.开展农村集体聚餐食品安全风险防控。',
      '5.开展餐饮质量安全提升行动。',
      '6.开展食用农产品“治违禁”行动。(责任单位:市农业农村局)',
      '7.开展保健食品专项整治。',
    ].join('\n'));
    expect(document.tasks.map((t) => `${t.path.at(-1)} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '3. 市市场监管局:lead、市教育体育局:support、市卫生健康委:support',
      '4. 市市场监管局:lead、市教育体育局:support、市卫生健康委:support',
      '5. 市市场监管局:lead、市教育体育局:support、市卫生健康委:support',
      '6. 市农业农村局:responsible',
      '7. ',
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'units-carried-down').map((d) => d.line)).toEqual([3, 4]);
  });
});

describe('a note that says 同上', () => {
  it('should give a task whose note is (责任单位:同上) the units of the task before, in their roles', () => {
    const document = extract(['2024年工作方案', '一、重点任务', '1.推进老旧小区改造。(牵头单位:县住建局;配合单位:县财政局)', '2.推进背街小巷整治。(责任单位:同上)', '3.推进雨污分流。(责任单位:同上、县水利局)'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}|${t.text}`)).toEqual([
      '1.1 县住建局:lead、县财政局:support|推进老旧小区改造。',
      '1.2 县住建局:lead、县财政局:support|推进背街小巷整治。',
      '1.3 县住建局:lead、县财政局:support、县水利局:responsible|推进雨污分流。',
    ]);
    expect(document.tasks[1]!.responsibility).toBe('(责任单位:同上)');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-previous').map((d) => `${d.line} ${d.message}`)).toEqual([
      '4 任务“2.”的责任表述为“同上”，责任单位取自任务 1.1',
      '5 任务“3.”的责任表述为“同上”，责任单位取自任务 1.2',
    ]);
  });

  it('should take only the units of the role whose label says 同上 where the note names its own lead (曲靖 probe round 27)', () => {
    const document = extract(['一、重点任务', '1.发展银发经济。（牵头单位：市民政局；责任单位：市卫生健康委、市发改委）', '2.促进汽车消费。（牵头单位：市商务局；责任单位：同上）'].join('\n'));
    expect(document.tasks[1]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市商务局:lead', '市卫生健康委:responsible', '市发改委:responsible']);
  });

  it('should read (同上) standing as the task\'s last sentence, and warn when no task before names units', () => {
    const document = extract(['一、重点任务', '1.完善管网。(同上)', '2.建设停车场。(县交通运输局负责)', '3.建设充电桩。(同上)'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => u.name).join('、'))).toEqual(['', '县交通运输局', '县交通运输局']);
    expect(document.diagnostics.filter((d) => d.code === 'same-as-above-without-task').map((d) => d.line)).toEqual([2]);
  });

  it('should leave 同上 inside a sentence as text (标准同上年度)', () => {
    const [task] = extract('一、重点任务\n1.补贴标准同上(县财政局负责)').tasks;
    expect(task!.text).toBe('补贴标准同上');
    expect(task!.units.map((u) => u.name)).toEqual(['县财政局']);
  });
});

describe('units named as the subject of a task\'s sentences', () => {
  const read = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => `${t.path.at(-1)} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read the departments a rule\'s articles open with (黔东南 农村自建房安全管理细则)', () => {
    expect(read([
      '第二章　职责分工',
      '第四条　州住房城乡建设局负责农村自建房质量安全监督管理的综合协调和技术指导。',
      '第五条　州自然资源局负责指导农村自建房规划许可管理;州农业农村局负责指导农村宅基地分配、使用、流转管理。',
      '第八条　农村自建房安全隐患排查整治工作由州住房城乡建设局牵头,州自然资源局、州农业农村局配合,建立排查整治台账。',
      '第十条　乡(镇)人民政府(街道办事处)负责农村自建房建设的日常巡查和现场管理。',
      '第十一条　村(居)民委员会协助做好信息报送;县住房城乡建设局负责汇总。',
      '第九条　各县(市)人民政府是本行政区域农村自建房安全管理的责任主体,负责建立健全工作机制。',
      '第十四条　县级住房城乡建设部门应当会同有关部门建立农村自建房安全信息管理系统。',
      '第十五条　对考核排名靠后的乡镇(街道),由县委督查室、县政府督查室进行约谈。',
      '第十六条　村(居)民委员会协助做好农房信息报送。',
    ])).toEqual([
      '第四条 州住房城乡建设局:responsible',
      '第五条 州自然资源局:responsible、州农业农村局:responsible',
      '第八条 州住房城乡建设局:lead、州自然资源局:support、州农业农村局:support',
      '第十条 乡(镇)人民政府(街道办事处):responsible',
      '第十一条 村(居)民委员会:support、县住房城乡建设局:responsible',
      '第九条 各县(市)人民政府:responsible',
      '第十四条 县级住房城乡建设部门:lead、有关部门:support',
      '第十五条 县委督查室:responsible、县政府督查室:responsible',
      '第十六条 村(居)民委员会:support',
    ]);
  });

  it('should read 由X牵头，会同Y, X要会同Y and X牵头，Y配合 in a plan\'s prose, and keep the text whole (赣州 养老服务)', () => {
    const document = extract([
      '二、主要任务',
      '(一)完善养老服务网络。由市民政局牵头,会同市发展改革委、市财政局,推进县级特困供养服务设施改造提升。',
      '(二)加强人才队伍建设。市人力资源社会保障局牵头,市教育局配合,将养老护理员纳入职业技能提升行动。',
      '(三)强化安全监管。市民政局要会同市市场监管局、市消防救援支队,开展养老机构安全隐患排查。',
      // 安福 probe round 54: 负责统筹 leads, in prose as in a note
      '(四)强化部门协同。市住建局负责统筹协调改造中的重大问题。',
      // 南平 probe round 54: 落实 ends a subject, after a phrase saying of what
      '(五)推进产教融合。遴选一批产教融合型企业。对认定的企业,市财政局、市税务局要落实好税收优惠政策。',
      // 安福 probe round 54: the unit that houses an office with a duty does it
      '(六)加强组织领导。成立工作领导小组,领导小组办公室设在市住建局,负责日常调度工作。',
    ].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '市民政局:lead、市发展改革委:support、市财政局:support',
      '市人力资源社会保障局:lead、市教育局:support',
      '市民政局:lead、市市场监管局:support、市消防救援支队:support',
      '市住建局:lead',
      '市财政局:responsible、市税务局:responsible',
      '市住建局:responsible',
    ]);
    expect(document.tasks[0]!.text).toBe('完善养老服务网络。由市民政局牵头,会同市发展改革委、市财政局,推进县级特困供养服务设施改造提升。');
    expect(document.tasks[1]!.responsibility).toBe('市人力资源社会保障局牵头 市教育局配合');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-text')).toHaveLength(6);
  });

  it('should read no prose units in a plan that marks its notes: its unmarked items are principles and safeguards (jilin county-towns (三十四))', () => {
    const document = extract([
      '(三十三)完善用地保障。优先保障县城建设用地。(省自然资源厅负责)',
      '(三十四)加强组织领导',
      '坚持和加强党的全面领导。依托省城镇化工作联席会议制度,省发展改革委会同有关部门,强化统筹协调。',
      '(三十五)确定示范镇。由市(州)组织各县(市、区)上报候选示范镇。',
    ].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => u.name).join('、'))).toEqual(['省自然资源厅', '', '']);
  });

  it('should read no prose units in a plan whose tasks are in a 分工表 (天水 三、工作要求)', () => {
    const document = extract([
      '天水市文旅消费提振行动方案', '一、工作要求',
      '(一)加强组织领导。市文旅消费提振工作专班负责统筹协调,专班办公室设在市文化和旅游局。',
      '附件', '重点任务分工表', '序号\t重点任务\t牵头单位\t配合单位', '1\t举办消费季活动\t市文化和旅游局\t市商务局',
    ].join('\n'));
    expect(document.tasks.flatMap((t) => t.units.map((u) => u.name))).toEqual([]);
    expect(document.tables[0]!.rows[0]!.units.map((u) => u.name)).toEqual(['市文化和旅游局', '市商务局']);
  });

  it('should read no subject that is a person, no place, or a placeholder alone; none after 由于 or 由此', () => {
    expect(read([
      '一、重点任务',
      '(一)推进全域旅游。打造精品线路,由县政府负责同志牵头调度。',
      '(二)压实责任。各级党委政府负责本地区工作,企业负责日常运营。',
      '(三)推进改造。由于资金紧张,由此造成项目推迟;相关部门负责做好协调。',
      '(四)推进改造。(县住建局负责)县财政局负责资金保障。',
    ])).toEqual(['(一) ', '(二) ', '(三) ', '(四) 县住建局:responsible']);
  });
});

describe('a division of work written in the prose of a plan that marks its other notes (round 7 仁寿县)', () => {
  const plan = [
    '三、重点工作',
    '（一）开展县城环境品质提升行动。由县住房和城乡建设局牵头，县综合行政执法局、县自然资源和规划局配合，完成县城32条背街小巷改造。',
    '（二）推进城乡生活垃圾分类。县综合行政执法局负责，文林街道、怀仁街道配合，在县城建成区全面推行生活垃圾“四分类”。',
    '（三）整治交通干线沿线环境。拆除违规广告牌。（责任单位：县交通运输局）',
    '（五）加强农贸市场环境整治。县市场监管局牵头，会同县商务局、县综合行政执法局，对全县36个农贸市场开展标准化改造。',
    '四、保障措施',
    '（一）加强组织领导。县城乡环境综合治理工作领导小组负责统筹协调。',
    '（二）严格考核评价。县住房和城乡建设局要会同有关部门建立季度通报制度。',
    '（三）加强资金保障。县财政局要加大投入力度，各镇要配合做好项目申报工作。',
  ].join('\n');

  it('should read who leads and who supports from a clause in the middle of a task\'s text', () => {
    const document = extract(plan);
    expect(document.tasks.slice(0, 4).map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县住房和城乡建设局:lead 县综合行政执法局:support 县自然资源和规划局:support',
      '县综合行政执法局:responsible 文林街道:support 怀仁街道:support',
      '县交通运输局:responsible',
      '县市场监管局:lead 县商务局:support 县综合行政执法局:support',
    ]);
  });

  it('should take no qualified place for a township (特色小镇, 重点乡镇, 历史文化名镇)', () => {
    const named = extract(['一、重点任务', '1.推进特色小镇建设。特色小镇牵头组织申报，县发改局配合。', '2.建设污水处理设施。重点乡镇负责建设污水处理设施。', '3.保护古镇。由县文旅局牵头，历史文化名镇配合。'].join('\n')).tasks.flatMap((t) => t.units.map((u) => u.name));
    expect(named.filter((name) => /镇$/.test(name))).toEqual([]);
  });

  it('should read a lone 由X牵头 clause, and a township government it names (round 9 石屏县)', () => {
    const document = extract(['二、重点任务', '（一）改善办学条件。（责任单位：县教育体育局）', '（二）推进老旧校舍改造。由县住房和城乡建设局牵头，改造校舍12所。', '（三）建设乡镇卫生院。由县卫生健康局牵头，异龙镇人民政府、宝秀镇人民政府配合，完成卫生院改造。'].join('\n'));
    expect(document.tasks.slice(1).map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县住房和城乡建设局:lead',
      '县卫生健康局:lead 异龙镇人民政府:support 宝秀镇人民政府:support',
    ]);
  });

  it('should read 由X会同Y、Z于…完成, 由X承担…, Y、Z按职责做好…, and a unit named by its county (东至, probe round 12)', () => {
    const document = extract([
      '二、重点任务', '（一）推进水源工程建设。由县水利局会同县发展改革委、县财政局于2024年6月底前完成尧渡河水源地取水工程前期工作。',
      '（二）完善配套管网。新建管网120公里。（责任单位：县住房城乡建设局）',
      '（八）落实供水工程运行管护。由东至县城乡供水有限公司承担全县规模化供水工程统一运营，县水利局、县财政局按职责做好监管和经费保障。',
      '（九）加强水质监测。由东至县疾病预防控制中心负责每季度开展水质检测。',
    ].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县水利局:lead 县发展改革委:support 县财政局:support',
      '县住房城乡建设局:responsible',
      '东至县城乡供水有限公司:responsible 县水利局:responsible 县财政局:responsible',
      '东至县疾病预防控制中心:responsible',
    ]);
  });

  it('should leave a safeguard\'s subject without units there: one body that coordinates, X会同有关部门, a lone 配合', () => {
    expect(extract(plan).tasks.slice(4).map((t) => t.units.length)).toEqual([0, 0, 0]);
  });
});

describe('a 专栏 box beside the text', () => {
  it('should keep a box\'s numbered projects out of the tasks, and end the box at the next task (寿光 专栏1, 常德 专栏1)', () => {
    const document = extract([
      '二、重点任务',
      '(一)加快种业自主创新。建设国家蔬菜种业创新中心。(牵头单位:市农业农村局;配合单位:市科技局)',
      '专栏1　2024年种业创新重点项目',
      '1.国家蔬菜种业创新中心项目。总投资5.2亿元。',
      '2.蔬菜种质资源保护利用项目。由市农业农村局组织实施。',
      '(二)推进设施农业提档升级。新建日光温室3000个。(牵头单位:市农业农村局)',
      '(三)促进工资性收入增长',
      '1.稳定就业。(责任单位:市人社局)',
      '专栏2 就业增收重点工程',
      '(1)“常德技工”培育工程。全年培训5万人次。',
      '(2)零工市场建设工程。建成零工市场12个。',
      '2.扶持创业。(责任单位:市人社局、市财政局)',
    ].join('\n'));
    expect(document.tasks.map((t) => t.path.join(''))).toEqual(['二、(一)', '二、(二)', '二、(三)1.', '二、(三)2.']);
    expect(document.diagnostics.filter((d) => d.code === 'text-box').map((d) => d.line)).toEqual([3, 9]);
    // the box's own numbering (1. 2. then the task's 2.) is no gap or repeat
    expect(document.diagnostics.filter((d) => d.code.startsWith('numbering') && d.line! > 1)).toEqual([]);
  });

  it('should keep a box\'s items numbered like the measures around it in the box, to the measure that goes on (浙江 probe round 66)', () => {
    const document = extract(['二、重点任务', '1.培育冷链主体。（省商务厅负责）', '2.建设冷链设施。（省发展改革委负责）', '专栏1　冷链物流重点项目',
      '1.杭州冷链物流基地。', '2.宁波冷链物流园。', '3.温州冷链中心。', '3.完善冷链标准。（省市场监管局负责）'].join('\n'));
    expect(document.tasks.map((t) => `${t.path.join('')} ${t.units.map((u) => u.name).join('')}`)).toEqual(['二、1. 省商务厅', '二、2. 省发展改革委', '二、3. 省市场监管局']);
  });

  it('should read a box titled with no number (陕西 probe round 66: `专栏　银发经济重点工程`)', () => {
    const document = extract(['三、重点任务', '（6）发展银发经济。培育老年用品产业。（省民政厅牵头，省工业和信息化厅配合）', '专栏　银发经济重点工程',
      '1.养老服务设施补短板工程。新建改扩建街道综合养老服务中心300个。', '2.老年助餐服务提升工程。新增老年助餐点1000个。', '（7）加强用地保障。统筹安排养老服务设施用地。（省自然资源厅负责）'].join('\n'));
    expect(document.tasks.map((t) => t.path.join(''))).toEqual(['三、(6)', '三、(7)']);
  });
});

describe('a .doc whose numbers Word drew (round 6 舒城县, typed and automatic numbering mixed)', () => {
  const lines = [
    '重点任务',
    '扎实推进农村厕所革命。新改建农村户用卫生厕所3000户。',
    '牵头单位：县农业农村局',
    '配合单位：县卫生健康委、县住房城乡建设局',
    '整治提升村容村貌。',
    '2．推进美丽乡村建设。建设省级美丽乡村中心村12个。（牵头单位：县农业农村局；配合单位：县住房城乡建设局）',
    '加强农村人居环境长效管护。落实村庄保洁、设施管护经费。',
    '（责任单位：县农业农村局、县财政局，各乡镇人民政府）',
    '保障措施',
    '（一）强化组织领导。县农村人居环境整治工作领导小组负责统筹协调。',
    '（二）加大资金投入。统筹整合涉农资金。（责任单位：县财政局）',
  ];

  const segment = (numberingMayBeLost: boolean) => segmentTasks(readParagraphs(readTextLines(lines.join('\n')), 0, lines.length), new NoteFinder(new NoteCache()), { numberingMayBeLost });

  it('should keep a note on its own line after text left out of a task with that text, where the numbering may be lost (a .doc)', () => {
    const segmentation = segment(true);
    expect(segmentation.loose.map((paragraph) => paragraph.line)).toEqual([7, 8, 9]);
    expect(segmentation.roots[0]!.paragraphs.map((paragraph) => paragraph.line)).toEqual([6]);
    expect(segmentation.diagnostics.filter((d) => d.code === 'unattached-text').map((d) => d.line)).toEqual([7, 8, 9]);
  });

  it('should not put a family first seen after a short heading left out under the task before it there: the heading\'s number was lost', () => {
    expect(segment(true).roots.map((item) => item.marker.printed)).toEqual(['2.', '(一)', '(二)']);
  });

  it('should leave both rules to a .doc: elsewhere the text and its note join the task, whose units it names (金坛 probe round 45), and the family nests as it stands', () => {
    const segmentation = segment(false);
    expect(segmentation.roots[0]!.paragraphs.map((paragraph) => paragraph.line)).toEqual([6, 7, 8]);
    expect(segmentation.diagnostics.filter((d) => d.code === 'unattached-text').map((d) => d.line)).toEqual([9]);
    expect(segmentation.roots.map((item) => item.marker.printed)).toEqual(['2.']);
    expect(tasks(lines.join('\n'))[0]).toBe('2 2. 县农业农村局、县住房城乡建设局、县财政局、各乡镇人民政府');
  });

  it('should give a lost item its title on the line before it, but not a heading over several items, nor a part\'s name (round 6 舒城县 强化督查考核, 株洲市 实施老旧小区改造提升)', () => {
    const finder = new NoteFinder(new NoteCache());
    const text = ['重点任务', '扎实推进农村厕所革命。（牵头单位：县农业农村局）', '实施老旧小区改造提升', '加快老旧小区改造。（责任单位：市住建局）', '推进完整社区建设。（责任单位：市民政局）', '强化督查考核', '将农村人居环境整治提升纳入乡村振兴实绩考核。（责任单位：县委农办）'];
    const paragraphs = readParagraphs(readTextLines(text.join('\n')), 0, text.length);
    const { items } = lostNumbering(paragraphs, finder, '');
    expect(items.map((item) => item.paragraphs.map((paragraph) => paragraph.line))).toEqual([[2], [4], [5], [6, 7]]);
  });

  it('should make a noted paragraph a task without a marker, with the note lines right after the paragraph before them', () => {
    const finder = new NoteFinder(new NoteCache());
    const paragraphs = readParagraphs(readTextLines(lines.slice(0, 4).join('\n')), 0, 4);
    const { items } = lostNumbering(paragraphs, finder, '');
    expect(items.map((item) => item.paragraphs.map((paragraph) => paragraph.line))).toEqual([[2, 3, 4]]);
  });
});

describe('a mark before the marker (柳州 probe round 13)', () => {
  it('should read ★2． as task 2., under the heading note, and give the task before it none of its note', () => {
    const lines = [
      '（一）做强汽车产业', '牵头单位：市工业和信息化局；配合单位：市发展改革委、市商务局',
      '　　1．推动整车企业扩能提质。支持上汽通用五菱、东风柳汽等整车企业推出新车型15款以上，全年汽车产量达到200万辆。',
      '　　★2．加快新能源汽车推广应用。实施新能源汽车下乡活动，全年新能源汽车产量达到70万辆。',
      '（五）优化发展环境',
      '　　15．落实税费优惠政策。落实研发费用加计扣除、先进制造业增值税加计抵减等政策。（国家税务总局柳州市税务局负责，三季度末）',
      '　　★16．加大企业融资支持。开展“桂惠贷”政银企对接活动，新增制造业贷款100亿元。（市委金融办牵头，人民银行柳州市分行、国家金融监督管理总局柳州监管分局配合，二〇二四年十月底前完成）',
    ];
    const document = extract(lines.join('\n'));
    expect(document.tasks.map((t) => `${t.path.join('')} ${t.units.map((u) => u.name).join('、')}`)).toEqual([
      '(一) 市工业和信息化局、市发展改革委、市商务局',
      '(一)1. 市工业和信息化局、市发展改革委、市商务局',
      '(一)2. 市工业和信息化局、市发展改革委、市商务局',
      '(五)15. 国家税务总局柳州市税务局',
      '(五)16. 市委金融办、人民银行柳州市分行、国家金融监督管理总局柳州监管分局',
    ]);
    // the mark is the task's tag, as a marker is no text of it
    expect(document.tasks.map((t) => t.text.slice(0, 10))).toContain('加快新能源汽车推广应');
    // (this excerpt skips (二)–(四) and 3.–14.): no gap after 1. nor after 15.
    expect(document.diagnostics.filter((d) => d.code === 'numbering-gap').map((d) => d.line)).toEqual([5, 6]);
  });
});

describe('a task tagged with a mark before its number (柳州, probe round 13)', () => {
  it('should give the task its tag, out of its text', () => {
    const [first, second] = extract(['二、重点任务', '1．推进产业链招商。（市投资促进局负责）', '★2．加快新能源汽车推广应用。新增推广1万辆。（市工业和信息化局牵头）'].join('\n')).tasks;
    expect(first!.tag).toBeUndefined();
    expect(second).toMatchObject({ id: '2.2', tag: '★', text: '加快新能源汽车推广应用。新增推广1万辆。' });
  });
});

describe('rules of the day held back where they would misread (a review of probe rounds 11–14)', () => {
  const read = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`);

  it('should give the tasks a note covers its own units, not those the task it follows names', () => {
    expect(read(['二、重点任务', '1.开展调查。', '2.编制规划。', '3.推进水利建设。（责任单位：县水利局）', '以上任务由县住建局牵头，县财政局配合。'])).toEqual([
      '2.1 县住建局:lead 县财政局:support', '2.2 县住建局:lead 县财政局:support', '2.3 县水利局:responsible 县住建局:lead 县财政局:support',
    ]);
  });

  it('should read 上述工作由… inside a task\'s own paragraph as that task\'s alone', () => {
    expect(read(['二、重点任务', '1.开展城市体检。摸清城市建设短板。', '2.推进老旧小区改造。完成改造10个，同步实施管网更新。上述工作由县住建局负责。'])).toEqual(['2.1 ', '2.2 县住建局:responsible']);
  });

  it('should read the markers of the tasks a note covers (蚌埠, 泗县 probe round 14)', () => {
    expect(read(['二、重点任务', '（一）深化理论学习。举办培训班4期。', '（二）坚持党的领导。报告重要事项6次。', '（三）加强党的建设。推进全覆盖。', '以上（一）至（三）项由县委办负责，县委组织部配合。', '（四）提高提案质量。（责任单位：县财政局）'])).toEqual([
      '2.1 县委办:responsible 县委组织部:support', '2.2 县委办:responsible 县委组织部:support', '2.3 县委办:responsible 县委组织部:support', '2.4 县财政局:responsible',
    ]);
    expect(read(['二、重点任务', '8．发展乡村产业。', '9．建设和美乡村。', '10．深化农村改革。', '以上第8至10项由县委农办牵头，县农业农村局、各乡镇党委、政府负责。'])).toEqual([
      '2.8 县委农办:lead 县农业农村局:responsible 各乡镇党委、政府:responsible', '2.9 县委农办:lead 县农业农村局:responsible 各乡镇党委、政府:responsible', '2.10 县委农办:lead 县农业农村局:responsible 各乡镇党委、政府:responsible',
    ]);
  });

  it('should take no kind of place for a named one, no short name for a city, and 跟踪督办 for a role', () => {
    expect(read(['二、重点任务', '1.做好物业服务。住宅小区物业服务企业负责日常管理。', '2.推进工作。（县财政局负责）'])).toEqual(['2.1 ', '2.2 县财政局:responsible']);
    expect(read(['二、重点任务', '1.加强交通秩序。（牵头单位：市公安局；配合单位：交警、城管、永修县人民政府）'])).toEqual(['2.1 市公安局:lead 交警:support 城管:support 永修县人民政府:support']);
    expect(read(['二、重点任务', '1.加强督查。（县委督查室跟踪督办）', '2.严肃问责。（县纪委监委负责督办）'])).toEqual(['2.1 县委督查室:support', '2.2 县纪委监委:responsible']);
  });

  it('should keep a remark or a contact after a project block out of it', () => {
    const document = extract(['二、重点项目', '2.城西供水项目', '牵头单位：县水利局', '完成时限：2024年底', '联系人：张三，电话：1234567', '注：以上项目按月报送进度。'].join('\n'));
    expect(document.tasks[0]!.text).toBe('城西供水项目');
    // the 注 is reported; whom to call is the document's furniture (probe round 31)
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toHaveLength(1);
  });
});

describe('probe round 14: labels without a colon, 人大 committees, posts, a table of contents', () => {
  const read = (lines: string[]) => extract(lines.join('\n')).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`);

  it('should read a note line whose label has a space for its colon (霍邱)', () => {
    expect(read(['二、重点任务', '1．实施城市道路畅通工程。新改建道路12条。', '责任单位 县住建局', '2．推进老旧小区改造。', '牵头单位 县住建局　配合单位 县财政局 县自然资源局', '3．整治农贸市场。', '责任部门　县市场监管局 县商务局'])).toEqual([
      '2.1 县住建局:responsible', '2.2 县住建局:lead 县财政局:support 县自然资源局:support', '2.3 县市场监管局:responsible 县商务局:responsible',
    ]);
  });

  it('should read a 人大 committee\'s offices and a 政协 committee named with 和 (湘潭, 蚌埠)', () => {
    expect(read(['二、重点任务', '（一）审议物业管理条例草案。（责任委室：法制委、法工委）', '（二）加强民族团结工作。（社会和法制委员会、民族宗教委员会负责）'])).toEqual([
      '2.1 法制委:responsible 法工委:responsible', '2.2 社会和法制委员会:responsible 民族宗教委员会:responsible',
    ]);
  });

  it('should take no unit from a member of the standing committee who leads (泗县)', () => {
    expect(read(['二、重点任务', '（一）优化营商环境。（县委常委、常务副县长赵××负责，县数据资源局、县市场监管局具体落实）'])).toEqual(['2.1 县数据资源局:responsible 县市场监管局:responsible']);
  });

  it('should start the body after a table of contents, whose 附件 entry opens no attachment (宿州)', () => {
    const document = extract(['某市专项行动方案', '目　录', '一、总体要求……………………1', '二、重点任务……………………2', '附件：某市专项行动方案……………………6', '一、总体要求', '坚持问题导向。', '二、重点任务', '1．推进政务服务标准化。（责任单位：市数据资源局）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('')}`)).toEqual(['1 ', '2.1 市数据资源局']);
  });
});

describe('probe round 16: a task\'s points and the note after them', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should give the note after points none of which has one to the task the points belong to (安吉: own line)', () => {
    const document = extract(['一、重点任务', '（一）提升竹林经营水平。', '（1）推进现代化经营。新建示范基地1万亩。', '（2）完善基础设施。新建林道100公里。', '（责任单位：县林业局、县农业农村局）'].join('\n'));
    expect(units(document)).toEqual(['1.1 县林业局:responsible、县农业农村局:responsible']);
    expect(document.tasks[0]!.text).toBe('提升竹林经营水平。\n(1)推进现代化经营。新建示范基地1万亩。\n(2)完善基础设施。新建林道100公里。');
  });

  it('should read the note that ends the last point as the task\'s (安吉 （3）健全竹林经营主体。…（责任单位：…）)', () => {
    const document = extract(['一、重点任务', '（一）提升竹林经营水平。', '（1）推进现代化经营。', '（2）完善基础设施。', '（3）健全竹林经营主体。培育家庭林场50家。（责任单位：县林业局、各乡镇（街道））'].join('\n'));
    expect(units(document)).toEqual(['1.1 县林业局:responsible、各乡镇(街道):responsible']);
  });

  it('should read a role sentence on its own line after the points as the note (临泽 3、优化城乡学校布局。)', () => {
    const document = extract(['二、重点任务', '3、优化城乡学校布局。', '（1）科学编制中小学布局规划；', '（2）稳妥推进小规模学校撤并；', '（3）实施县城第二小学扩建工程，新增学位900个。', '由县教育局牵头，县发改局、县住建局、县自然资源局配合。'].join('\n'));
    expect(units(document)).toEqual(['2.3 县教育局:lead、县发改局:support、县住建局:support、县自然资源局:support']);
    // a ministry's bureaus the dictionary does not know (交通运输部 综合规划司)
    expect(units(extract(['一、重点任务', '2.深化交通强国建设试点。组织评估验收。', '由综合规划司牵头，公路局、水运局配合。'].join('\n')))).toEqual([
      '1.2 综合规划司:lead、公路局:support、水运局:support',
    ]);
  });

  it('should keep a problem block\'s fields after its units, and take its deadline from 整改时限 (益阳 交办问题)', () => {
    const document = extract([
      '二、整改任务', '（二）部分城镇污水处理厂进水浓度偏低。', '整改目标：2024年底前，中心城区污水处理厂进水BOD浓度提升至100毫克/升以上。', '整改措施：推进雨污分流改造。',
      '督办领导：李××（副市长）', '责任单位：市住房和城乡建设局、赫山区人民政府', '整改责任人：市住房和城乡建设局局长、赫山区区长', '整改时限：2024年12月底前',
    ].join('\n'));
    expect(units(document)).toEqual(['2.2 市住房和城乡建设局:responsible、赫山区人民政府:responsible']);
    expect(document.tasks[0]!.deadline).toBe('2024年12月底前');
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toEqual([]);
  });

  it('should keep points that each have a note as tasks, and leave the first paragraph of a task its text', () => {
    expect(units(extract(['一、重点任务', '（一）提升竹林经营水平。', '（1）推进现代化经营。（县林业局负责）', '（2）完善基础设施。（县交通运输局负责）'].join('\n')))).toEqual([
      '1.1.1 县林业局:responsible', '1.1.2 县交通运输局:responsible',
    ]);
    // tasks numbered 1., 2. under a heading are no points: the note after the last is the last's
    expect(units(extract(['一、重点任务', '（一）提升竹林经营水平。', '1.推进现代化经营。', '2.完善基础设施。（县交通运输局负责）'].join('\n')))).toEqual([
      '1.1.1 ', '1.1.2 县交通运输局:responsible',
    ]);
  });
});

describe('probe round 17: 主办/会办, one unit written twice, 等部门和单位, a page footer inside a note', () => {
  const units = (text: string) => extract(`关于印发某方案的通知\n一、重点任务\n${text}`).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read 会办 and 参办 as support, as labels and as words after a list (惠州)', () => {
    expect(units('（一）推进工作。（主办单位：市工业和信息化局；会办单位：市发展改革局、市应急管理局）\n（二）推进工作。（市商务局主办，市财政局、市税务局会办）\n（三）推进工作。（市商务局主办，市财政局参办）')).toEqual([
      '1.1 市工业和信息化局:lead、市发展改革局:support、市应急管理局:support',
      '1.2 市商务局:lead、市财政局:support、市税务局:support',
      '1.3 市商务局:lead、市财政局:support',
    ]);
  });

  it('should count a unit written in full and abbreviated once, by its fuller name and stronger role (徐州)', () => {
    const document = extract('关于印发某方案的通知\n一、重点任务\n（一）推进工作。（牵头单位：市发展和改革委员会；责任单位：市发改委、市财政局）\n（二）推进工作。（责任单位：市委宣传部、市新闻出版局）');
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '市发展和改革委员会:lead、市财政局:responsible',
      // one office with two plates, both listed: both kept
      '市委宣传部:responsible、市新闻出版局:responsible',
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'duplicate-unit').map((d) => [d.line, d.message])).toEqual([[3, '“市发展和改革委员会”与“市发改委”是同一单位，只计一次']]);
  });

  it('should read 等部门和单位 as the list\'s collective, no unit 单位 (徐州)', () => {
    expect(units('（一）推进工作。（市发改委、市教育局等部门和单位按职责分工负责）\n（二）推进工作。（市发改委、市教育局等单位和部门按职责分工负责）')).toEqual([
      '1.1 市发改委:responsible、市教育局:responsible', '1.2 市发改委:responsible、市教育局:responsible',
    ]);
  });

  it('should read a note a page footer breaks, blank lines around it, as one (烟台, a PDF copied as text)', () => {
    expect(units('（一）推进工作。加快推进重点项目建设。（责任单位：市发展和改革委员会、市财\n\n— 1 —\n\n政局）\n（二）推进工作。（牵头单\n\n- 2 -\n\n位：市商务局；配合单位：市财政局）')).toEqual([
      '1.1 市发展和改革委员会:responsible、市财政局:responsible', '1.2 市商务局:lead、市财政局:support',
    ]);
  });
});

describe('probe round 17a: 第一项 items, working groups, 主体 labels, 企业, manners, 中央 and the date with 此件公开发布', () => {
  const units = (text: string) => extract(`关于印发某方案的通知\n${text}`).tasks.map((t) => `${t.id} ${t.path.join('')} ${t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join('、')}`);

  it('should read 第一项 as an item under its heading, its gap gone (十堰 任务清单)', () => {
    expect(units('一、强化政治建设\n第一项　深入学习贯彻党的二十大精神。\n牵头单位：市委组织部\n责任单位：市委宣传部\n第二项　严格执行民主集中制。\n牵头单位：市纪委监委')).toEqual([
      '1.1 一、第一项 市委组织部:lead、市委宣传部:responsible', '1.2 一、第二项 市纪委监委:lead',
    ]);
    // a sentence about the first task is no marker
    expect(units('一、重点任务\n第一项任务是加快建设。（市发改委负责）')).toEqual(['1 一、 市发改委:responsible']);
  });

  it('should read a working group\'s 由X牵头，Y参与 after its name and colon (桑植 应急预案)', () => {
    expect(units('三、现场指挥部\n（一）综合协调组：由县应急管理局牵头，县林业局、县人武部参与。主要职责：综合协调。\n四、应急保障\n（一）加强物资储备。储备扑火物资。（县财政局负责）')).toEqual([
      '3.1 三、(一) 县应急管理局:lead、县林业局:support、县人武部:support', '4.1 四、(一) 县财政局:responsible',
    ]);
  });

  it('should read 配合主体 as 配合单位 is read (明月村)', () => {
    expect(units('一、重点任务\n（一）推进人居环境整治。\n责任主体：县农业农村局\n配合主体：县财政局')).toEqual(['1.1 一、(一) 县农业农村局:responsible、县财政局:support']);
  });

  it('should read 等有关企业, 有关企业 and 中央、省驻连有关单位 as groups, and a manner before the role word as no part of a name (大连)', () => {
    expect(units('一、重点任务\n（一）推进超低排放改造。（责任单位：市生态环境局、中国石油大连石化公司等有关企业）\n（二）淘汰燃煤锅炉。（责任单位：市住房城乡建设局，驻市部队按照属地管理要求配合落实）\n（三）应对重污染天气。（责任单位：市生态环境局，中央、省驻连有关单位，有关企业）')).toEqual([
      '1.1 一、(一) 市生态环境局:responsible、中国石油大连石化公司:responsible、有关企业:responsible:generic',
      '1.2 一、(二) 市住房城乡建设局:responsible、驻市部队:support',
      '1.3 一、(三) 市生态环境局:responsible、中央、省驻连有关单位:responsible:generic、有关企业:responsible:generic',
    ]);
  });

  it('should read the signing date with 此件公开发布 after it on its line (昆山)', () => {
    const document = extract('市政府办公室关于印发某市行动计划的通知\n各区镇人民政府：\n现印发给你们，请认真组织实施。\n某市人民政府办公室\n2024年4月8日（此件公开发布）\n某市行动计划\n一、重点任务\n（一）推进改造。（市工信局负责）');
    expect(document.meta.date).toBe('2024-04-08');
  });
});

describe('probe round 18: dash lists, tab-parted labels, counts, means, supervisors, box tables', () => {
  const units = (text: string) => extract(`关于印发某方案的通知\n二、重点任务\n${text}`).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read a list of units after a dash that ends the task as its note, never a dash inside a sentence (临朐)', () => {
    const document = extract('关于印发某方案的通知\n二、重点任务\n1.实施老旧小区改造。完成老旧小区改造120个。——县住房城乡建设局、县财政局\n2.推进工作。\n——县水利局牵头，县财政局配合\n3.推进“一村一策”——因地制宜开展整治。（县农业农村局负责）');
    expect(document.tasks.map((t) => `${t.text} | ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '实施老旧小区改造。完成老旧小区改造120个。 | 县住房城乡建设局:responsible、县财政局:responsible',
      '推进工作。 | 县水利局:lead、县财政局:support',
      '推进“一村一策”——因地制宜开展整治。 | 县农业农村局:responsible',
    ]);
  });

  it('should read labels and values parted by tabs as a note line, no table row that ends the list (临朐)', () => {
    expect(units('（一）乡村振兴行动\n1.实施农村供水保障工程。新建管网300公里。\n牵头单位\t县水利局\t配合单位\t县财政局、县卫生健康局\n2.推进农村公路提档升级。（责任单位：县交通运输局）')).toEqual([
      '2.1.1 县水利局:lead、县财政局:support、县卫生健康局:support', '2.1.2 县交通运输局:responsible',
    ]);
  });

  it('should take the count of the places listed off the last of them (泉江镇、雩田镇、碧洲镇3个镇)', () => {
    expect(units('1.推进工作。（责任单位：泉江镇、雩田镇、碧洲镇3个镇）')).toEqual(['2.1 泉江镇:responsible、雩田镇:responsible、碧洲镇:responsible']);
  });

  it('should read a unit that sees to the means (做好资金保障) as support, and leave out who only supervises the task (泰安, 孝感, 蒲城)', () => {
    expect(units('1.推进工作。（市商务局负责，市财政局做好资金保障）\n2.推进工作。（牵头单位：市商务局；配合单位：市市场监管局）（市政府督查室跟踪督办）\n3.推进工作。（县住建局牵头，县城投集团配合；县政府督查室督办）\n4.推进工作。（县政府督查室负责督办）')).toEqual([
      '2.1 市商务局:responsible、市财政局:support', '2.2 市商务局:lead、市市场监管局:support', '2.3 县住建局:lead、县城投集团:support',
      // supervising alone, the office is the task's
      '2.4 县政府督查室:responsible',
    ]);
  });

  it('should read a table drawn with box characters, a row\'s wrapped cells joined (包头)', () => {
    const text = ['关于印发某方案的通知', '一、重点任务', '（一）推进工作。（市工业和信息化局负责）', '附件', '重点任务清单',
      '┌────┬────────────┬────────────────┬──────────────────────┐',
      '│序号│重点任务    │牵头单位        │配合单位              │',
      '├────┼────────────┼────────────────┼──────────────────────┤',
      '│1   │建设生产线  │市工业和信息化局│市发展和改革委员会、包│',
      '│    │            │                │头稀土高新区管委会    │',
      '├────┼────────────┼────────────────┼──────────────────────┤',
      '│2   │建设基地    │包头稀土高新区管│市商务局              │',
      '│    │            │委会            │                      │',
      '└────┴────────────┴────────────────┴──────────────────────┘'].join('\n');
    const [table] = extract(text).tables;
    expect(table!.rows.map((row) => `${row.no} ${row.text} ${row.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '1 建设生产线 市工业和信息化局:lead、市发展和改革委员会:support、包头稀土高新区管委会:support',
      '2 建设基地 包头稀土高新区管委会:lead、市商务局:support',
    ]);
  });
});

describe('probe round 18: persons named for the units, a word tagging the task', () => {
  it('should leave out the persons a note names after its units, one or several (泰安 负责同志)', () => {
    const document = extract('关于印发某方案的通知\n二、重点任务\n1.提振文旅消费。（牵头单位：市文化和旅游局、市商务局，负责同志分别为赵国庆、孙丽；配合单位：市财政局）\n2.发展农村消费。（市商务局负责，负责同志：刘洪涛、陈静）');
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '市文化和旅游局:lead、市商务局:lead、市财政局:support', '市商务局:responsible',
    ]);
  });

  it('should take a word in brackets after the marker that marks a kind of task as its tag, not its text (绵阳 8.【重点】)', () => {
    const [task] = extract('关于印发某方案的通知\n二、重点任务\n8.【重点】推动绿色消费。推广新能源汽车。（牵头单位：市商务局）').tasks;
    expect([task!.tag, task!.text]).toEqual(['【重点】', '推动绿色消费。推广新能源汽车。']);
  });
});

describe('probe round 19: 实事一 markers, 统筹协调, a mark legend for the body\'s notes', () => {
  const units = (text: string) => extract(`关于印发某方案的通知\n${text}`).tasks.map((t) => `${t.id} ${t.path.join('')} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read 实事一： as a numbered item, its colon no part of its text (宿迁 十大民生实事)', () => {
    expect(units('一、民生实事\n实事一：新建改扩建中小学校。新建中小学校12所。（牵头单位：市教育局；责任单位：各县（区）人民政府）\n实事二：提升养老服务。（牵头单位：市民政局）')).toEqual([
      '1.1 一、实事一 市教育局:lead、各县(区)人民政府:responsible', '1.2 一、实事二 市民政局:lead',
    ]);
    expect(units('一、重点任务\n（一）推进工作。任务一是加快建设。（市发改委负责）')).toEqual(['1.1 一、(一) 市发改委:responsible']);
  });

  it('should read 问题1： as a problem heading over the measures numbered under it (四川 巡视整改, probe round 53)', () => {
    expect(units('一、整改任务及措施\n（一）关于决策部署不够到位的问题\n问题1：推进水网建设统筹谋划不够，部分重大水利工程前期工作滞后。\n1.制定全省水网建设规划实施方案。（牵头单位：规划计划处）\n问题2：河湖长制落实存在薄弱环节。\n2.开展河湖“清四乱”常态化规范化行动。（牵头单位：河湖管理处）')).toEqual([
      '1.1.1.1 一、(一)问题11. 规划计划处:lead', '1.1.2.2 一、(一)问题22. 河湖管理处:lead',
    ]);
  });

  it('should read 统筹协调 as the lead\'s words (浏阳)', () => {
    expect(units('一、重点任务\n（一）推进工作。（市发展改革委统筹协调，市财政局具体负责）')).toEqual(['1.1 一、(一) 市发展改革委:lead、市财政局:responsible']);
  });

  it('should give a marked unit of a note the role the legend names, and the others theirs (金华 标注“*”的为牵头单位，其余为配合单位)', () => {
    const document = extract('关于印发某方案的通知\n二、重点任务\n（各项任务责任单位中，标注“*”的为牵头单位，其余为配合单位。）\n1.推进工作。（责任单位：市发展改革委*、市交通运输局、市商务局）\n2.推进工作。（责任单位：市商务局）');
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '市发展改革委:lead、市交通运输局:support、市商务局:support', '市商务局:responsible',
    ]);
    expect(document.diagnostics.find((d) => d.code === 'role-convention')?.message).toBe('全文约定“标注“*”的为牵头单位”：这样标出的单位按此定角色');
  });
});

describe('probe round 21: a task with its note over points that have none; 负责推进', () => {
  const units = (text: string) => extract(`关于印发某方案的通知\n${text}`).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read the points under a task that has its note as the task\'s content (东安 1.推进紧密型县域医共体建设。（牵头单位：…）)', () => {
    const document = extract('关于印发某方案的通知\n一、推动公立医院高质量发展\n1.推进紧密型县域医共体建设。（牵头单位：市卫健委，配合单位：市医保局、市财政局）\n（1）完善医共体管理体制。\n（2）推动医共体内人员、资金统一管理。\n2.加强公立医院运营管理。（市卫健委负责）');
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '1.1 市卫健委:lead、市医保局:support、市财政局:support', '1.2 市卫健委:responsible',
    ]);
    expect(document.tasks[0]!.text).toBe('推进紧密型县域医共体建设。\n(1)完善医共体管理体制。\n(2)推动医共体内人员、资金统一管理。');
    // points with notes of their own stay tasks
    expect(units('一、重点任务\n1.推进工作。（市卫健委牵头）\n（1）完善体制。（市医保局负责）\n（2）统一管理。（市财政局负责）')).toEqual(['1.1 市卫健委:lead', '1.1.1 市医保局:responsible', '1.1.2 市财政局:responsible']);
  });

  it('should read a last sentence ending in 推进 as the note (东安 4. 市医保局会同市卫健委负责推进。, 9. 由市卫健委牵头，会同…推进。)', () => {
    expect(units('二、重点任务\n4.全面推进按病种分值付费（DIP）改革。市医保局会同市卫健委负责推进。\n9.推进医防协同融合。由市卫健委牵头，会同市疾控局、市医保局推进。')).toEqual([
      '2.4 市医保局:lead、市卫健委:support', '2.9 市卫健委:lead、市疾控局:support、市医保局:support',
    ]);
    expect(units('一、重点任务\n1.各地要加快推进。')).toEqual(['1.1 ']);
  });
});

describe('probe rounds 21, 26, 31: a safeguard that names who does it with whom', () => {
  it('should read no units from X会同Y, Z in the prose of a plan that marks its notes, but from 由X牵头，Y配合 (商丘, 湖南; 清河 round 21 read them)', () => {
    const plan = (safeguard: string) => extract(`关于印发某方案的通知\n一、重点任务\n（一）推进工作。（责任单位：市文明办）\n二、保障措施\n${safeguard}`).tasks[1]!.units.map((u) => `${u.name}:${u.role}`);
    expect(plan('（一）强化督查考核。市文明办会同市委督查室、市政府督查室，采取明察暗访等方式，对创建工作进行常态化督查。')).toEqual([]);
    expect(plan('（一）加强组织领导。省商务厅会同省发展改革委、省财政厅等部门建立工作推进机制。')).toEqual([]);
    expect(plan('（一）加强统筹。由市文明办牵头，市委督查室配合，建立工作机制。')).toEqual(['市文明办:lead', '市委督查室:support']);
  });

  it('should leave a safeguard\'s X会同Y to the prose where the plan\'s tasks are in a table (湘阴 probe round 20)', () => {
    const page = '<html><body><p>一、整改措施</p><p>（一）强化督查问责。县委督查室会同县生态环境局定期开展督导。</p>' +
      '<table><tr><td>序号</td><td>问题</td><td>整改措施</td><td>责任单位</td></tr><tr><td>1</td><td>东湖水质不稳定。</td><td>实施东湖入湖排口整治。</td><td>县生态环境局</td></tr></table></body></html>';
    expect(extract(page, { path: '整改.html' }).tasks.flatMap((t) => t.units)).toEqual([]);
  });
});

describe('probe round 21: the decisions of a 会议纪要, written in prose (滨江)', () => {
  const units = (decisions: string[]) => extract(['滨江市人民政府专题会议纪要', '现将会议议定事项纪要如下：', ...decisions].join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'));

  it('should read who does what after 会议议定：, 请X…，Y予以配合, X商Y, X要切实落实…，会同Y, X负责牵头', () => {
    expect(units([
      '一、关于老旧小区改造资金筹措问题', '会议议定：由市住建局牵头，会同市财政局、市自然资源和规划局制定资金筹措实施细则，4月底前报市政府审定。',
      '二、关于既有住宅加装电梯工作',
      '（一）市发改委商市财政局提出加装电梯财政补助标准调整方案，5月15日前报市政府。',
      '（二）请市自然资源和规划局抓紧优化加装电梯规划许可流程，市行政审批服务局予以配合。',
      '（三）各区人民政府要切实落实属地责任，会同街道办事处做好居民协调工作。',
      '三、关于老旧小区消防安全隐患整治', '会议要求，市消防救援支队负责牵头开展老旧小区消防安全隐患专项排查整治，市应急管理局配合做好整治工作。',
    ])).toEqual([
      '市住建局:lead、市财政局:support、市自然资源和规划局:support',
      '市发改委:responsible、市财政局:support',
      '市自然资源和规划局:responsible、市行政审批服务局:support',
      '各区人民政府:responsible、街道办事处:support',
      '市消防救援支队:lead、市应急管理局:support',
    ]);
  });
});

describe('probe round 21: the articles of a 实施细则 (滨江 物业管理实施细则)', () => {
  const units = (articles: string[]) => extract(['滨江市住宅物业管理实施细则', '第一章　总则', ...articles].join('\n')).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'));

  it('should read 具体办法由X会同Y另行制定, 由X责令…, but not 本细则由X负责解释, and end no name inside 办法', () => {
    expect(units([
      '第十条　市住房城乡建设局应当建立全市统一的物业管理信息平台，具体办法由市住房城乡建设局会同市市场监管局另行制定。',
      '第十七条　市住房城乡建设局应当会同市财政局制定住宅专项维修资金管理办法，规范专项维修资金的监督管理。',
      '第十八条　建设单位未通过招投标的方式选聘物业服务企业的，由区住房城乡建设局责令限期改正，给予警告。',
      '第二十一条　本细则由市住房城乡建设局负责解释。',
    ])).toEqual([
      '市住房城乡建设局:lead、市市场监管局:support',
      '市住房城乡建设局:lead、市财政局:support',
      '区住房城乡建设局:responsible',
      // who interprets the rules is no task's unit (probe rounds 27b and 33 against 21)
      '',
    ]);
  });
});

describe('probe round 23: headings whose line breaks a scraper lost (遂宁, 株洲)', () => {
  it('should cut a heading\'s title off the item glued to it, and the items glued after that, numbering going on or restarting', () => {
    const document = extract([
      '某市城市更新行动实施方案',
      '二、重点任务（一）加快城市更新1.推进老旧小区改造。改造小区30个。（责任单位：市住房城乡建设局）2.推进加装电梯。（责任单位：市住房城乡建设局、市市场监管局）3.推进街区改造。（责任单位：市商务局）',
      '（二）加快完善城市基础设施4.实施城市燃气管道等老化更新改造，改造1.2万户。（牵头单位：市住房城乡建设局；责任单位：市城管执法局）5.推进城市排水防涝能力建设。（责任单位：市水利局）',
      '（三）提升城市品质',
      '6.建设口袋公园20个。（责任单位：市城管执法局）',
    ].join('\n'));
    expect(document.tasks.map((t) => `${t.path.join('')} ${t.text.slice(0, 8)} ${t.units.map((u) => u.name).join('、')}`)).toEqual([
      '二、(一)1. 推进老旧小区改造 市住房城乡建设局',
      '二、(一)2. 推进加装电梯。 市住房城乡建设局、市市场监管局',
      '二、(一)3. 推进街区改造。 市商务局',
      '二、(二)4. 实施城市燃气管道 市住房城乡建设局、市城管执法局',
      '二、(二)5. 推进城市排水防涝 市水利局',
      '二、(三)6. 建设口袋公园20 市城管执法局',
    ]);
    expect(document.tasks[3]!.headings).toEqual(['二、重点任务', '(二)加快完善城市基础设施']);
    expect(document.tasks[3]!.text).toContain('改造1.2万户。');
  });
});

describe('probe round 23: a site\'s credit line, a convention\'s exception after a comma', () => {
  it('should read no note in 主办：…　承办：… under the last task (江西)', () => {
    const document = extract('某省重点工作责任分工\n一、重点任务\n74.扎实推进信访工作法治化。（各市、县人民政府，省直有关部门按职责分工负责）\n主办：江西省人民政府办公厅　承办：江西省信息中心');
    expect(document.tasks.map((t) => t.units.map((u) => u.name).join('、'))).toEqual(['各市、县人民政府、省直有关部门']);
  });

  it('should leave the first unit responsible where the note says 按职责分工负责 of the units after a comma (株洲 除注明“按职责分工负责”的外，列第一位的为牵头单位)', () => {
    const document = extract('某市就业工作任务分工\n（除注明“按职责分工负责”的外，列第一位的为牵头单位）\n一、重点任务\n1.稳定就业。（各县市区人民政府，市直有关单位按职责分工负责）\n2.扩大就业。（市人力资源社会保障局，市财政局）');
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '各县市区人民政府:responsible、市直有关单位:responsible', '市人力资源社会保障局:lead、市财政局:responsible',
    ]);
  });
});

describe('probe round 26: 政府工作报告 分解 and 整改方案 (六盘水, 菏泽, 曲靖)', () => {
  const units = (lines: string[]) => extract(['二、重点任务', ...lines].join('\n')).tasks.map((t) => `${t.units.map((u) => `${u.name}:${u.role}`).join('、')} ${t.deadline}`);

  it('should read the division of work in the prose when the task\'s only note gives its time', () => {
    expect(units([
      '1．推动煤电一体化发展。由市能源局牵头，市发展改革委、市自然资源局、市生态环境局配合，加快推进发耳电厂二期、盘州电厂三期建设，全年新增煤炭产能300万吨。完成时限：2025年12月底。',
      '2．做大新型材料产业。围绕铝及铝加工，市工业和信息化局负责，各县（市、特区、区）人民政府配合。完成时限：2025年12月底。',
      '3．发展山地特色农业。由市农业农村局牵头，市林业局配合，建设高标准农田。（完成时限：2025年12月底）',
    ])).toEqual([
      '市能源局:lead、市发展改革委:support、市自然资源局:support、市生态环境局:support 2025年12月底',
      '市工业和信息化局:responsible、各县(市、特区、区)人民政府:support 2025年12月底',
      '市农业农村局:lead、市林业局:support 2025年12月底',
    ]);
  });

  it('should read 负主体责任 as the units\' responsibility', () => {
    expect(units(['第八项：推进“四好农村路”建设。由市交通运输局牵头，市财政局配合，市、县级党委、政府负主体责任。'])).toEqual([
      '市交通运输局:lead、市财政局:support、市、县级党委、政府:responsible null',
    ]);
  });

  it('should read 由X牵头，Y配合 after the label of the task\'s measures (整改措施：)', () => {
    expect(units([
      '（五）城市建成区黑臭水体返黑返臭问题。', '整改目标：2022年底前，城市建成区黑臭水体消除比例保持100%，不出现返黑返臭。',
      '整改措施：由市住房城乡建设局牵头，市生态环境局、市水务局配合，开展黑臭水体整治“回头看”，落实河湖长制和长效管护。', '整改时限：2022年12月底前，长期坚持',
    ])).toEqual(['市住房城乡建设局:lead、市生态环境局:support、市水务局:support 2022年12月底前,长期坚持']);
  });
});

describe('probe round 27: notes in prose beside bracketed ones, and labels in 【】 before the text (攸县, 潘家湾)', () => {
  it('should read X牵头，Y、Z等按职责分工负责 in a task\'s prose where its siblings have notes in brackets', () => {
    const document = extract([
      '四、重点任务', '（一）提升城市功能',
      '1.实施背街小巷提质。对城区40条背街小巷进行路面、排水、照明、绿化改造，县城市管理和综合执法局牵头，县住房和城乡建设局、县财政局、联星街道、江桥街道等按职责分工负责。',
      '2.推进老旧小区改造。完成改造12个小区。（县住房和城乡建设局牵头，县财政局、各街道等按职责分工负责）',
    ].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县城市管理和综合执法局:lead 县住房和城乡建设局:responsible 县财政局:responsible 联星街道:responsible 江桥街道:responsible',
      '县住房和城乡建设局:lead 县财政局:responsible 各街道:responsible',
    ]);
  });

  it('should end a list after 【责任单位】 where the task\'s text follows it on the line, after a wide space or a 。', () => {
    const document = extract([
      '三、重点任务',
      '6）【牵头单位】镇水利服务中心【责任单位】镇财政所、镇农业服务中心　完善农田水利设施。整治当家塘30口，疏挖渠道15公里，新建高标准农田5000亩。',
      '7）【牵头单位】镇交通管理站【责任单位】镇财政所。实施农村公路提档升级。完成通组公路硬化12公里。',
      '8）加强管理。【责任单位】镇财政所　镇农业服务中心',
    ].join('\n'));
    expect(document.tasks.map((t) => [t.text, t.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
      ['完善农田水利设施。整治当家塘30口,疏挖渠道15公里,新建高标准农田5000亩。', '镇水利服务中心:lead 镇财政所:responsible 镇农业服务中心:responsible'],
      ['实施农村公路提档升级。完成通组公路硬化12公里。', '镇交通管理站:lead 镇财政所:responsible'],
      ['加强管理。', '镇财政所:responsible 镇农业服务中心:responsible'],
    ]);
  });
});

describe('probe round 27: a note covering the tasks above it says 分别 (广西)', () => {
  it('should give each task its own lead in order and all of them the units that support', () => {
    const document = extract([
      '三、重点任务', '（二）加强数字生态治理', '1.建设生态环境监测网络。完善监测站点。', '2.建设自然资源一张图。整合空间数据。',
      '（以上两项分别由自治区生态环境厅、自治区自然资源厅牵头，自治区大数据发展局配合）',
    ].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '自治区生态环境厅:lead 自治区大数据发展局:support',
      '自治区自然资源厅:lead 自治区大数据发展局:support',
    ]);
  });

  it('should read 具体承办 in the prose as the units\' responsibility (甘肃 probe round 27)', () => {
    expect(extract('一、重点任务\n1.办好冰雪节。由省文化和旅游厅牵头，张掖市人民政府、甘南州人民政府具体承办，省委宣传部配合宣传推广。').tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual([
      '省文化和旅游厅:lead', '张掖市人民政府:responsible', '甘南州人民政府:responsible', '省委宣传部:support',
    ]);
  });

  it('should take 分别由 off the first unit of a note', () => {
    expect(extract('一、重点任务\n1.推进工作。（分别由市发改委、市财政局负责）').tasks[0]!.units.map((u) => u.name)).toEqual(['市发改委', '市财政局']);
  });
});

describe('probe round 28: a portal page\'s related links, and central bodies\' local offices in prose (太平川镇, 襄阳)', () => {
  it('should end the document at a 相关链接 heading: the titles under it are other pages', () => {
    const document = extract(['三、保障措施', '（一）营造氛围。各村要动员群众积极参与。', '相关链接', '太平川镇2021年秸秆禁烧工作方案', '太平川镇农村厕所改造问题整改工作方案'].join('\n'));
    expect(document.tasks.map((t) => t.text)).toEqual(['营造氛围。各村要动员群众积极参与。']);
  });

  it('should read a central body\'s office in a place, named body first, as a unit of the prose', () => {
    expect(extract('一、重点任务\n1.扩大普惠金融覆盖面。由市地方金融工作局牵头，人民银行襄阳市分行、国家金融监督管理总局襄阳监管分局配合，扩大小微企业贷款投放。').tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual([
      '市地方金融工作局:lead', '人民银行襄阳市分行:support', '国家金融监督管理总局襄阳监管分局:support',
    ]);
    // a state company's branch, as a heading may name one
    expect(extract('一、重点任务\n1.保障企业用电。由市发改委牵头，国网襄阳供电公司配合，保障企业用电。').tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual([
      '市发改委:lead', '国网襄阳供电公司:support',
    ]);
  });
});

describe('probe round 30: a note line of fields parted by wide spaces, the person first (高塘)', () => {
  it('should read the units after the person in charge', () => {
    const document = extract(['二、重点任务', '（一）开展安全隐患排查。对辖区企业开展拉网式排查。', '　　分管领导：副镇长李春华　责任单位：应急管理办公室、市场监管所、派出所'].join('\n'));
    expect(document.tasks.map((t) => [t.text, t.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
      ['开展安全隐患排查。对辖区企业开展拉网式排查。', '应急管理办公室:responsible 市场监管所:responsible 派出所:responsible'],
    ]);
  });

  it('should read notes in traditional characters in every place simplified ones are read, the names as written (永春, 汕头 probe round 57)', () => {
    const document = extract(['一、重點任務', '1.【縣人社局】推進社保服務就近辦。', '2.降低企業用能成本。推進電力市場化交易，由市發展改革局牽頭，市城市管理和綜合執法局配合，確保政策紅利直達企業。',
      '3.開展「政銀企」對接活動。', '責任單位：', '市金融局、人民銀行汕頭市中心支行', '4.推進工作。（市財政局負責）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '1.1 縣人社局:responsible',
      '1.2 市發展改革局:lead 市城市管理和綜合執法局:support',
      '1.3 市金融局:responsible 人民銀行汕頭市中心支行:responsible',
      '1.4 市財政局:responsible',
    ]);
    expect(document.tasks[0]!.text).toBe('推進社保服務就近辦。');
  });

  it('should read a labelled note whose clauses each close with their role in traditional characters (梅县 probe round 57)', () => {
    const document = extract(['二、重點任務', '（一）摸清治理底數。全面排查全區自然村生活污水治理現狀。', '責任單位：市生態環境局梅縣分局（牽頭），區農業農村局、各鎮人民政府（配合）', '（二）推進工作。（區財政局負責）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市生態環境局梅縣分局:lead', '區農業農村局:support', '各鎮人民政府:support']);
  });

  it('should read a labelled note\'s next clause on a line of its own, each closed by its role (四川 probe round 57)', () => {
    const document = extract(['一、重点任务', '（四）完善农机服务。培育农机社会化服务组织。', '责任单位：省农业农村厅（牵头）', '　　　　　省供销社、省发展改革委（配合）', '（五）推进工作。（省财政厅负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['省农业农村厅:lead', '省供销社:support', '省发展改革委:support']);
    expect(document.tasks[0]!.text).toBe('完善农机服务。培育农机社会化服务组织。');
  });

  it('should read 由X落实…主体责任 and Y加强（业务）指导 as a division of work in prose (梅县, 青秀 probe round 57)', () => {
    const document = extract(['一、重点任务', '（五）健全长效管护机制。由各镇人民政府落实设施运维管护主体责任，区农业农村局加强指导，推行专业化运维。',
      '（七）建立长效管理机制。由区住建局牵头组织成立业主委员会，区民政局加强业务指导。', '（八）推进工作。（区财政局负责）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '各镇人民政府:responsible 区农业农村局:support', '区住建局:lead 区民政局:support', '区财政局:responsible',
    ]);
  });

  it('should read a closing clause naming who helps after the task\'s own note (沂南 probe round 57)', () => {
    for (const task of ['（五）[县生态环境分局]开展河道沿岸垃圾排查整治，巩固整治成效，县水利局、各乡镇(街道)配合。', '（五）开展河道沿岸垃圾排查整治（责任单位：县生态环境分局），巩固整治成效，县水利局、各乡镇(街道)配合。']) {
      const document = extract(['一、重点任务', task, '（六）推进工作。（县财政局负责）'].join('\n'));
      expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县生态环境分局:responsible', '县水利局:support', '各乡镇(街道):support']);
      expect(document.tasks[0]!.text).toBe('开展河道沿岸垃圾排查整治,巩固整治成效。');
    }
  });

  it('should read the grid\'s local office and a company named by its city in a prose division, and no unit in the kind after 等 (青秀 probe round 57)', () => {
    const document = extract(['一、重点任务', '（三）推进管线改造。由区住建局负责牵头协调，南宁供电局、南宁市自来水有限责任公司等专营单位按照职责分工实施。', '（四）推进工作。（区财政局负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['区住建局:lead', '南宁供电局:responsible', '南宁市自来水有限责任公司:responsible']);
  });

  it('should read who carries the work out and who sees to the means in a prose division (西吉 probe round 58)', () => {
    const document = extract(['一、重点任务', '（一）开展村庄清洁行动。此项工作由县农业农村局牵头，各乡镇具体实施，县妇联配合开展“美丽庭院”创建。',
      '（二）整治农村生活垃圾。县住房和城乡建设局牵头负责，县财政局保障资金，各乡镇抓好落实。', '（三）整治污水。县住房和城乡建设局牵头，县财政局做好资金保障，各乡镇抓好落实。',
      '（四）落实经费保障。县综合行政执法局要会同县财政局，将运营经费纳入年度预算。', '（五）推进工作。（县财政局负责）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县农业农村局:lead 各乡镇:responsible 县妇联:support', '县住房和城乡建设局:lead 县财政局:support 各乡镇:responsible',
      '县住房和城乡建设局:lead 县财政局:support 各乡镇:responsible', '', '县财政局:responsible',
    ]);
  });

  it('should read a bracket of units closing each sentence of a task, the convention giving each its lead (云南 probe round 59)', () => {
    const document = extract(['各有关单位：', '任务中列第一位的为牵头单位，其他为配合单位。', '一、优化市场准入环境',
      '（一）深化商事制度改革。全面推行经营主体登记“一网通办”。（省市场监管局、省政务服务局、省直有关部门）推进“证照分离”改革全覆盖。（省市场监管局、省司法厅）',
      '（二）降低用地用能成本。推行工业用地“标准地”出让。（省自然资源厅、省工业和信息化厅）落实阶段性电价政策。（省发展改革委、省能源局）',
      '（三）加强金融支持。引导金融机构加大信贷投放（其中普惠小微贷款增长15%）。'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '省市场监管局:lead 省政务服务局:support 省直有关部门:support 省司法厅:support',
      '省自然资源厅:lead 省工业和信息化厅:support 省发展改革委:lead 省能源局:support', '',
    ]);
    expect(document.tasks[0]!.text).toBe('深化商事制度改革。全面推行经营主体登记“一网通办”。推进“证照分离”改革全覆盖。');
  });

  it('should read the places\' own bodies as a group in a closing division of work (湖南路 probe round 59: 各社区党组织)', () => {
    const document = extract(['一、重点任务', '（二）开展廉政教育。由县文旅局牵头，县委宣传部、各社区党组织配合。', '（三）推进工作。（县财政局负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县文旅局:lead', '县委宣传部:support', '各社区党组织:support']);
  });

  it('should read a township\'s offices named without their place in a division of work mid-sentence (湖南路, 小关 probe round 59)', () => {
    const document = extract(['湖南路街道2024年清廉街道建设工作方案', '一、重点任务',
      '（三）清查集体资产。由街道财政所牵头，经济发展办、各社区配合，6月底前完成清查。',
      '（四）建立联合执法机制。建立“街道吹哨、部门报到”联合执法机制，由综合行政执法队牵头，平安建设办公室、小关派出所配合，实现夜间施工噪声诉求动态清零。',
      // a slogan of who does what names no office: 政府, 党委 and 公众 are none
      '（五）完善治理格局。坚持党委领导、政府负责、社会协同、公众参与。', '（六）推进工作。（街道党政办负责）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '街道财政所:lead 经济发展办:support 各社区:support', '综合行政执法队:lead 平安建设办公室:support 小关派出所:support', '', '街道党政办:responsible',
    ]);
  });

  it('should read the units after a 、 that follows the lead\'s role word in prose (四川 probe round 57)', () => {
    const document = extract(['一、重点任务', '（二）提升研发能力。由省经济和信息化厅牵头、省科技厅和省农业农村厅配合，支持企业研发。', '（三）推进工作。（省财政厅负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['省经济和信息化厅:lead', '省科技厅:support', '省农业农村厅:support']);
  });

  it('should read a division of work closing a task whose last clause says what its units see to (黑岛 probe round 56)', () => {
    const document = extract(['二、重点任务', '1.强化伏季休渔监管。严厉打击偷捕行为。镇农业农村办牵头，黑岛边境派出所、镇综合行政执法队参与，各渔业村落实看管责任。',
      '2.开展渔船安全隐患大排查。此项工作由镇农业农村办（海洋渔业）主抓，镇应急办配合，各渔业村负责本村渔船。', '3.推进工作。（镇应急办负责）',
      // duties side by side, no one leading or helping: a safeguard's words, no note
      '三、保障措施', '（一）压实责任。各县市区人民政府落实属地管理责任，各行业主管部门落实监管责任。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '2.1 镇农业农村办:lead 黑岛边境派出所:support 镇综合行政执法队:support 各渔业村:responsible',
      '2.2 镇农业农村办(海洋渔业):lead 镇应急办:support 各渔业村:responsible',
      '2.3 镇应急办:responsible',
      '3.1 ',
    ]);
    expect(document.tasks[0]!.text).toBe('强化伏季休渔监管。严厉打击偷捕行为。');
  });

  it('should take the person in charge into the note where the fields follow a sentence of the task (六安 probe round 53)', () => {
    for (const name of ['钱明', '钱某某']) {
      const document = extract(['一、问题清单', '1.违规发放津贴补贴。', `　　开展专项治理，对发现的问题严肃查处。牵头领导：市委常委、市纪委书记 ${name}　牵头单位：市纪委监委机关　责任单位：市财政局`].join('\n'));
      expect(document.tasks.map((t) => [t.text, t.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
        ['违规发放津贴补贴。\n开展专项治理,对发现的问题严肃查处。', '市纪委监委机关:lead 市财政局:responsible'],
      ]);
      expect(document.diagnostics.map((d) => d.code)).not.toContain('note-part-unread');
    }
  });
});

describe('probe round 32: unit names of regions and notes that qualify their role (黑龙江, 新疆, 锡林郭勒, 泉州, 河北)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`);

  it('should read a government with its 地区 office in brackets, 人民政府（行署）, as one unit', () => {
    expect(unitsOf('1．巩固中小学校移交成果。改善垦区林区学校办学条件。（省教育厅、省委编办、省财政厅按职责分工负责，有关市（地）人民政府（行署）负责落实）')).toEqual([
      '省教育厅:responsible', '省委编办:responsible', '省财政厅:responsible', '有关市(地)人民政府(行署):responsible',
    ]);
    expect(unitsOf('7．推进监狱农场社会职能剥离。移交地方政府。（省司法厅、省监狱管理局牵头，有关市（地）人民政府（行署）配合）')).toEqual([
      '省司法厅:lead', '省监狱管理局:lead', '有关市(地)人民政府(行署):support',
    ]);
  });

  it('should keep 各地（州、市）人民政府、行政公署 whole: one 各 for the governments and the 地区 offices', () => {
    expect(unitsOf('1.推进物流。\n　　责任单位：自治区商务厅、自治区交通运输厅，各地（州、市）人民政府、行政公署')).toEqual([
      '自治区商务厅:responsible', '自治区交通运输厅:responsible', '各地(州、市)人民政府、行政公署:responsible',
    ]);
  });

  it('should mark the placeholders of 盟, 旗, 兵团 and 师市 as generic', () => {
    expect(unitsOf('1.发展牧区文旅。（盟文化旅游体育局牵头，盟农牧局、盟直有关部门、旗直有关部门、兵团有关部门、师市有关部门配合）')).toEqual([
      '盟文化旅游体育局:lead', '盟农牧局:support', '盟直有关部门:support:generic', '旗直有关部门:support:generic', '兵团有关部门:support:generic', '师市有关部门:support:generic',
    ]);
  });

  it('should read 团市委 as a unit naming its place in prose', () => {
    expect(unitsOf('（七）加强未成年人保护和关爱。市民政局牵头，市检察院、市公安局、团市委参与，健全困境儿童分类保障制度。')).toEqual([
      '市民政局:lead', '市检察院:support', '市公安局:support', '团市委:support',
    ]);
  });

  it('should read a bracket saying how a unit leads, （按职责分别牵头）, as its role', () => {
    expect(unitsOf('6.完善兜底保障。（省民政厅、省卫生健康委（按职责分别牵头），省财政厅配合）')).toEqual([
      '省民政厅:lead', '省卫生健康委:lead', '省财政厅:support',
    ]);
    expect(unitsOf('6.推进养老服务设施建设。\n　　牵头单位：省住房城乡建设厅、省民政厅（按职责分别牵头）\n　　配合单位：省自然资源厅')).toEqual([
      '省住房城乡建设厅:lead', '省民政厅:lead', '省自然资源厅:support',
    ]);
    // without 分别 the bracket marks its own unit only
    expect(unitsOf('6.完善兜底保障。（省民政厅、省卫生健康委（牵头），省财政厅配合）')).toEqual([
      '省民政厅:responsible', '省卫生健康委:lead', '省财政厅:support',
    ]);
  });
});

describe('probe round 32: the persons among a note\'s lines (邯郸)', () => {
  it('should keep 责任领导 and 责任人 lines in the note, between its lines or after them, and report nothing', () => {
    const document = extract(['一、提升政务服务效能', '　　1．深化“一网通办”改革。网上可办率稳定在98%以上。', '　　责任单位：市行政审批局、市数据和政务服务局', '　　责任领导：王建国（副市长）',
      '　　责任人：李明（市行政审批局局长）', '　　完成时限：2025年6月底前', '', '　　2．推进破产便利化。推动解决破产企业财产处置问题。', '　　责任单位：市中级人民法院、市发展改革委', '　　责任人：各责任单位主要负责同志'].join('\n'));
    expect(document.tasks.map((t) => [t.text, t.units.map((u) => u.name).join('、'), t.deadline])).toEqual([
      ['深化“一网通办”改革。网上可办率稳定在98%以上。', '市行政审批局、市数据和政务服务局', '2025年6月底前'],
      ['推进破产便利化。推动解决破产企业财产处置问题。', '市中级人民法院、市发展改革委', null],
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toEqual([]);
  });
});

describe('probe round 33: notes for the items above or below, and clauses that name no task\'s unit (汉寿, 丽水, 沅安, 益都)', () => {
  const tasksOf = (lines: string[]): string[] => extract(lines.join('\n')).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`);

  it('should keep points as tasks when the note after the last says it covers the tasks above', () => {
    expect(tasksOf(['二、重点任务', '（一）加强建设', '1．推进建设。完善设施。（县农业农村局负责）', '2．强化建设管理', '（1）严格执行项目法人制，实行工程建设全过程公示。',
      '（2）建立健全质量监督体系，抽检合格率达到100%。', '（3）落实项目竣工验收和上图入库。', '（以上任务由县农业农村局负责，县财政局、县审计局配合）'])).toEqual([
      '2.1.1 县农业农村局:responsible',
      '2.1.2.1 县农业农村局:responsible 县财政局:support 县审计局:support',
      '2.1.2.2 县农业农村局:responsible 县财政局:support 县审计局:support',
      '2.1.2.3 县农业农村局:responsible 县财政局:support 县审计局:support',
    ]);
  });

  it('should make no task of a heading whose note is for the items below it', () => {
    expect(tasksOf(['二、重点任务', '（三）提升监测预警和扑救能力（以下任务由市应急管理局牵头，市林业局、市消防救援支队配合）', '7．完善监测体系。建设视频监控点。', '8．加强队伍建设。组建专业扑火队。'])).toEqual([
      '2.3.7 市应急管理局:lead 市林业局:support 市消防救援支队:support',
      '2.3.8 市应急管理局:lead 市林业局:support 市消防救援支队:support',
    ]);
  });

  it('should read no unit from a rule\'s article naming who interprets it', () => {
    expect(tasksOf(['某县紧密型医共体管理办法', '第五章　附则', '第十六条　本办法由县卫生健康局负责解释。', '第十七条　本办法自印发之日起施行。'])).toEqual(['5.16 ', '5.17 ']);
  });

  it('should end a unit\'s name before what it does to others (对各地各部门)', () => {
    expect(tasksOf(['三、保障措施', '（二）强化督查考评。由市食安办会同市委督查室、市政府督查室对各地各部门工作落实情况开展督查，督查结果纳入年度考核。'])).toEqual([
      '3.2 市食安办:lead 市委督查室:support 市政府督查室:support',
    ]);
  });
});

describe('probe round 34: a WeChat article (龙游)', () => {
  it('should read a marker after a picture set before it, and end the article at —— END ——', () => {
    const document = extract(['📌 二、重点任务', '1.提升步行街。引进首店20家以上。（责任单位：县商务局）', '▶ 三、保障措施', '🔹（一）加强组织领导。建立工作专班。', '—— END ——', '来源：县商务局', '点亮“在看”❤️ 分享给更多人'].join('\n'));
    expect(document.tasks.map((t) => `${printedPath(t.path)} ${t.text}`)).toEqual(['二、1. 提升步行街。引进首店20家以上。', '三、(一) 加强组织领导。建立工作专班。']);
  });
});

describe('probe round 35: role words of every kind, and bodies of party, courts and press (河北, 湖南, 镇安, 衢州, 汾水, 宜昌)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should read X联合Y as X会同Y, and X、Y联合负责 as both responsible', () => {
    expect(unitsOf('1.推进林下经济发展。（省农业农村厅联合省林业和草原局负责）')).toEqual(['省农业农村厅:lead', '省林业和草原局:support']);
    expect(unitsOf('1.推进林下经济发展。（省农业农村厅、省林草局联合负责）')).toEqual(['省农业农村厅:responsible', '省林草局:responsible']);
  });

  it('should read the body a unit has under it, and a unit that is the 责任主体', () => {
    expect(unitsOf('1.推进城市更新。（县住建局牵头，具体由县住建局下属县城市建设投资公司承办）')).toEqual(['县住建局:lead', '县城市建设投资公司:responsible']);
    expect(unitsOf('1.推进农村危房改造。（各镇人民政府为责任主体）')).toEqual(['各镇人民政府:responsible']);
  });

  it('should read the closing clauses after a note inside the sentence', () => {
    expect(unitsOf('（五）整治瓶装液化石油气安全隐患。推行气瓶“一瓶一码”信息化追溯。（省住房城乡建设厅牵头负责，省市场监管局协同推进）打击非法储存、经营行为，由省公安厅牵头，省应急管理厅参与。')).toEqual([
      '省住房城乡建设厅:lead', '省市场监管局:support', '省公安厅:lead', '省应急管理厅:support',
    ]);
  });

  it('should read a 人民法庭 and a newspaper as units', () => {
    expect(unitsOf('1.加强矛盾纠纷化解。（镇综治中心牵头，派出所、司法所、人民法庭配合）')).toEqual(['镇综治中心:lead', '镇派出所:support', '镇司法所:support', '人民法庭:support']);
    expect(unitsOf('1.加强宣传报道。（市人大常委会研究室负责，三峡日报配合）')).toEqual(['市人大常委会研究室:responsible', '三峡日报:support']);
  });

  it('should read the exception a convention states after it', () => {
    const document = extract(['各项任务中排名第一的为牵头单位，其他为责任单位；注明“按职责分工负责”的，不区分牵头单位。', '一、重点任务', '1.推进工作。（市民政局、市妇联按职责分工负责）', '2.推进工作。（市民政局、市妇联）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual(['市民政局:responsible 市妇联:responsible', '市民政局:lead 市妇联:responsible']);
    // worded as who does it (浙江 probe round 37)
    const zhejiang = extract(['排在第一位的为牵头单位，其他单位为责任单位；注明“按职责分工负责”的，由各单位按职责分工负责。', '一、重点任务', '1.推进工作。（省委金融办、省财政厅按职责分工负责）'].join('\n'));
    expect(zhejiang.tasks[0]!.units.map((u) => u.role)).toEqual(['responsible', 'responsible']);
  });
});

describe('probe round 37: small counties (苍溪, 安福, 茶陵)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should read a sentence note naming a government with its 街道 office in brackets', () => {
    expect(unitsOf('7.加强兜底保障。对符合条件的困难群众及时纳入救助范围。县民政局、县卫健局、各乡镇人民政府（街道办事处）按职责分工负责。')).toEqual([
      '县民政局:responsible', '县卫健局:responsible', '各乡镇人民政府(街道办事处):responsible',
    ]);
  });

  it('should keep 各乡镇（场）、街道 whole', () => {
    expect(unitsOf('1.推进人居环境整治。（县农业农村局牵头，各乡镇（场）、街道负责）')).toEqual(['县农业农村局:lead', '各乡镇(场)、街道:responsible']);
  });

  it('should read the table right under the 附件 line naming it', () => {
    const document = extract(['一、重点任务', '1.健全医共体管理委员会。（县卫健局负责）', '　　附件：茶陵县2024年紧密型县域医共体建设重点任务清单', '',
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', '| 1 | 健全医共体管理委员会 | 县卫健局 | 县委编办、县财政局 | 2024年7月 |'].join('\n'), { path: '方案.txt' });
    expect(document.tables.map((table) => [table.title, table.rows.length])).toEqual([['茶陵县2024年紧密型县域医共体建设重点任务清单', 1]]);
  });
});

describe('probe round 38: numbering as sloppy documents print it (惠州, 芜湖)', () => {
  it('should cut tasks glued after a heading\'s title sentence, its stop and all', () => {
    const document = extract(['二、重点任务', '（一）深化放管服改革。1.推行一网通办。（责任单位：区政务服务中心）2.推进证照分离。（责任单位：区市场监管局）3.推进一业一证。（责任单位：区行政审批局）',
      '（二）优化市场准入环境。4.压缩开办时间。（责任单位：区市场监管局）5.规范涉企收费。（牵头单位：区发展改革局；配合单位：区市场监管局）'].join('\n'));
    expect(document.tasks.slice(3).map((t) => `${printedPath(t.path)} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '二、(二)4. 区市场监管局:responsible', '二、(二)5. 区发展改革局:lead 区市场监管局:support',
    ]);
  });

  it('should read no note from the other name of a unit a sentence ends with (湖北 probe round 38)', () => {
    expect(extract('一、重点任务\n（三十）加强宣传。各地要及时总结经验，重大情况报送省发展改革委（省民营经济发展局）。').tasks[0]!.units).toEqual([]);
    expect(extract('一、填报说明\n2.请各单位于每月25日前将进展报送县营商环境办（县发展改革局）。').tasks[0]!.units).toEqual([]);
  });

  it('should read a roman part numeral set apart by a space, not a roman numeral opening a word', () => {
    expect([readMarker('Ⅱ 重点任务')?.value, readMarker('Ⅱ类水质比例达到90%')]).toEqual([2, null]);
  });
});

describe('probe round 40: dense notes (晋城, 沭阳, 宜宾)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should read a note\'s numbered parts, each naming its unit', () => {
    expect(unitsOf('3．深化水污染防治。（责任分工：（1）市生态环境局负责入河排污口排查整治；（2）市住建局负责城镇污水处理提质增效；（3）市农业农村局负责农业面源污染治理）')).toEqual([
      '市生态环境局:responsible', '市住建局:responsible', '市农业农村局:responsible',
    ]);
    expect(unitsOf('1．压实安全生产责任。（责任单位：（1）县应急管理局负责督促企业建立健全全员安全生产责任制；（2）县消防救援大队负责消防安全检查）')).toEqual([
      '县应急管理局:responsible', '县消防救援大队:responsible',
    ]);
  });

  it('should keep a second note after a first that labels a lead and a support', () => {
    expect(unitsOf('4．加强河湖水生态修复。实施丹河流域生态修复工程。（牵头单位：市水务局；配合单位：市林业局）推进湿地公园建设。（责任单位：市自然资源局、阳城县人民政府）')).toEqual([
      '市水务局:lead', '市林业局:support', '市自然资源局:responsible', '阳城县人民政府:responsible',
    ]);
  });

  it('should read no unit from a note\'s field of measures or targets', () => {
    expect(unitsOf('7．推进河道整治。（责任单位：县水利局；工作措施：开展河道排查，形成问题清单和整治清单；成效指标：年底前完成80%）')).toEqual(['县水利局:responsible']);
  });
});

describe('probe round 42: responsibility assigned by reference (株洲, 赣州, 兰山, 南陵)', () => {
  const unitsById = (text: string): string[] => extract(text).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should give the tasks a closing 责任分工 section names by number its units, the section no task', () => {
    const plan = [
      '二、重点任务', '（一）深化投资审批制度改革。全面推行“拿地即开工”。', '（二）优化项目前期服务。建立重大项目前期工作专班。', '（三）提升水电气网报装服务。推行联合报装。',
      '三、保障措施', '（一）加强统筹调度。每月调度一次工作进展。', '（二）强化督查考核。纳入年度绩效考核。',
      '四、责任分工', '第（一）至（二）项：市发展改革委牵头，市住房城乡建设局配合。', '第（三）项由市住房城乡建设局负责；第（九）项由市司法局负责。', '各县市区人民政府负责本辖区各项任务的落实。',
    ].join('\n');
    expect(unitsById(plan)).toEqual([
      '2.1 市发展改革委:lead、市住房城乡建设局:support', '2.2 市发展改革委:lead、市住房城乡建设局:support', '2.3 市住房城乡建设局:responsible', '3.1 ', '3.2 ',
    ]);
  });

  it('should give tasks numbered across chapters the units a paragraph after the last names by number', () => {
    const plan = [
      '一、促进大宗消费', '1.开展汽车以旧换新活动。给予补贴。', '2.促进住房消费。落实契税补贴。（责任单位：市住房城乡建设局）',
      '二、扩大服务消费', '3.推动文旅消费提质。发放文旅消费券。', '4.促进体育消费。举办赣州马拉松。（责任单位：市体育局）',
      '以上措施第1项由市商务局牵头，市财政局配合；第3项由市文广新旅局负责。本措施自印发之日起施行。',
    ].join('\n');
    expect(unitsById(plan)).toEqual(['1.1 市商务局:lead、市财政局:support', '1.2 市住房城乡建设局:responsible', '2.3 市文广新旅局:responsible', '2.4 市体育局:responsible']);
  });

  it('should give a task whose note says 同第3项 the units of task 3, and the 同上 after it those', () => {
    const plan = ['一、重点任务', '1.推进甲。（责任单位：县住建局）', '2.推进乙。（责任单位：县财政局）', '3.推进丙。（牵头单位：区工信局；责任单位：各街道办事处、镇人民政府）', '4.推进丁。（同第3项）', '5.推进戊。（同上）', '6.推进己。（责任单位：同第1项）'].join('\n');
    expect(unitsById(plan).slice(3)).toEqual([
      '1.4 区工信局:lead、各街道办事处、镇人民政府:responsible', '1.5 区工信局:lead、各街道办事处、镇人民政府:responsible', '1.6 县住建局:responsible',
    ]);
  });

  it('should read 本部分任务由X（Y）牵头 under a heading as the note of its items, the heading no task', () => {
    const plan = ['二、巩固拓展脱贫攻坚成果', '本部分任务由县乡村振兴局（县农业农村局）牵头，县民政局配合，各镇人民政府落实。', '5.健全防止返贫动态监测和帮扶机制。', '6.促进脱贫人口稳岗就业。'].join('\n');
    expect(unitsById(plan)).toEqual([
      '2.5 县乡村振兴局(县农业农村局):lead、县民政局:support、各镇人民政府:responsible', '2.6 县乡村振兴局(县农业农村局):lead、县民政局:support、各镇人民政府:responsible',
    ]);
  });

  it('should mark 相关县〔市、区〕政府 and 沿线乡镇 generic', () => {
    const [task] = extract('一、重点任务\n1.打造特色消费街区。（责任单位：市商务局牵头，相关县〔市、区〕政府负责；县交通运输局、沿线乡镇配合）').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['市商务局:false', '相关县〔市、区〕政府:true', '县交通运输局:false', '沿线乡镇:true']);
  });
});

describe('probe round 43: plans of a department for its own offices, and of enterprises, universities, hospitals', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`);

  it('should read a convention worded with 处室 (河北 排在第一位的为牵头处室（单位），其余为配合处室（单位）)', () => {
    const plan = ['说明：各项任务后所列责任处室（单位）中，排在第一位的为牵头处室（单位），其余为配合处室（单位）。', '一、重点任务', '1.推进综合交通规划编制。（综合规划处、财务审计处、省发展改革委）'].join('\n');
    expect(extract(plan).tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['综合规划处:lead', '财务审计处:support', '省发展改革委:support']);
  });

  it('should read a note naming a county bureau\'s 股 (安福 （农田建设管理股负责，计划财务股配合）)', () => {
    expect(unitsOf('1.加强农田水利建设。（农田建设管理股负责，计划财务股配合）')).toEqual(['农田建设管理股:responsible', '计划财务股:support']);
  });

  it('should read 负责具体实施 as a role (四川 （综合监督处牵头，省卫生健康综合执法监督总队负责具体实施）)', () => {
    expect(unitsOf('2.开展专项监督检查。（综合监督处牵头，省卫生健康综合执法监督总队负责具体实施）')).toEqual(['综合监督处:lead', '省卫生健康综合执法监督总队:responsible']);
  });

  it('should read a role word in solid brackets before a list as its label (临澧 【责任股室】X【配合】Y)', () => {
    expect(unitsOf('3.加强耕地保护。【责任股室】耕地保护股【配合】国土空间规划股、各乡镇自然资源所')).toEqual(['耕地保护股:responsible', '国土空间规划股:support', '各乡镇自然资源所:support']);
  });

  it('should keep an office named after its head whole (江淮 党委办公室（校长办公室）) and leave a supervisor out (临澧 督导部门：护理部)', () => {
    expect(unitsOf('4.完善整改机制。（牵头单位：教务处、党委办公室（校长办公室）；配合单位：各学院）')).toEqual(['教务处:lead', '党委办公室(校长办公室):lead', '各学院:support']);
    expect(unitsOf('5.改善就医体验。（责任部门：各临床科室、各病区　督导部门：护理部）')).toEqual(['各临床科室:responsible', '各病区:responsible']);
  });

  it('should keep 各子公司、分公司 whole, and mark 各相关子公司 and 委内相关处室 generic', () => {
    expect(unitsOf('6.压降管理费用。（牵头部门：财务部；配合部门：各子公司、分公司、各相关子公司、委内相关处室）')).toEqual([
      '财务部:lead', '各子公司、分公司:support', '各相关子公司:support:generic', '委内相关处室:support:generic',
    ]);
  });

  it('should read headings that name an enterprise\'s own departments or companies, every heading among them one (岳阳城投)', () => {
    const plan = ['一、集团本部任务', '（一）综合办公室', '1．完善集团决策制度实施细则。（配合：党群工作部、法务审计部）', '2．推进集团档案数字化。',
      '（二）财务管理部', '3．压降带息负债规模。', '二、子公司任务', '（一）岳阳市城市建设开发有限公司、岳阳市水务投资有限公司', '4．加快推进城区雨污分流改造三期工程。', '（二）岳阳市城市资产经营管理有限公司', '5．盘活存量资产。'].join('\n');
    expect(extract(plan).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '综合办公室:responsible 党群工作部:support 法务审计部:support', '综合办公室:responsible', '财务管理部:responsible',
      '岳阳市城市建设开发有限公司:responsible 岳阳市水务投资有限公司:responsible', '岳阳市城市资产经营管理有限公司:responsible',
    ]);
  });

  it('should not read headings as units where one of them is no organization\'s name', () => {
    const plan = ['一、重点任务', '（一）综合办公室', '1．完善集团决策制度实施细则。', '（二）加强组织领导', '2．建立工作专班。'].join('\n');
    expect(extract(plan).tasks.map((t) => t.units.length)).toEqual([0, 0]);
  });
});

describe('probe round 44: 河长制, 林长制, 田长制 and 安全生产 plans', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`);

  it('should read a chief by post (县级河长, 各乡镇河长, 乡级田长) as a person, no unit, and keep 县河长办', () => {
    expect(unitsOf('1．落实河湖长巡河制度。（县级河长牵头，县水利局、县河长办配合）')).toEqual(['县水利局:support', '县河长办:support']);
    expect(unitsOf('2．严格耕地保护。（责任单位：各乡镇人民政府（乡级田长）、县农业农村局）')).toEqual(['各乡镇人民政府:responsible', '县农业农村局:responsible']);
  });

  it('should read who holds others to account as a supervisor (县纪委监委对履职不力问题进行问责)', () => {
    expect(unitsOf('3．开展专项整治。（责任单位：县应急管理局、县住建局；县纪委监委对履职不力问题进行问责）')).toEqual(['县应急管理局:responsible', '县住建局:responsible']);
  });

  it('should mark a group named by its duty generic (各负有安全生产监管职责的部门)', () => {
    expect(unitsOf('4．排查重大隐患。（县应急管理局牵头，各负有安全生产监管职责的部门配合）')).toEqual(['县应急管理局:lead', '各负有安全生产监管职责的部门:support:generic']);
  });
});

describe('probe round 45: notes in shorthand (安福, 十堰, 沂南)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should give functions listed bare the place of the first and the office word of the last', () => {
    expect(unitsOf('1.推进县域商业体系建设。（县商务局牵头，县发改、财政、住建局按职责分工负责）')).toEqual(['县商务局:lead', '县发改局:responsible', '县财政局:responsible', '县住建局:responsible']);
    expect(unitsOf('2.健全养老服务体系。（市民政局牵头，市公安、市场监管、消防救援等部门配合）')).toEqual(['市民政局:lead', '市公安部门:support', '市市场监管部门:support', '市消防救援部门:support']);
    expect(unitsOf('3.盘活存量资产。（发改、财政、自然资源等部门按职责分工负责）')).toEqual(['发改部门:responsible', '财政部门:responsible', '自然资源部门:responsible']);
    expect(unitsOf('4.发展农村电商。（县商务局牵头，县人社、农业农村局配合）')).toEqual(['县商务局:lead', '县人社局:support', '县农业农村局:support']);
  });

  it('should leave full names, references and places as they are', () => {
    expect(unitsOf('5.推进工作。（县财政局牵头，县税务局、同上）')).toEqual(['县财政局:lead', '县税务局:responsible']);
    expect(unitsOf('6.推进工作。（茅箭、张湾、郧阳区人民政府负责）')).toEqual(['茅箭区人民政府:responsible', '张湾区人民政府:responsible', '郧阳区人民政府:responsible']);
    expect(unitsOf('7.推进工作。（光山县、新县、商城县人民政府负责）')).toEqual(['光山县人民政府:responsible', '新县人民政府:responsible', '商城县人民政府:responsible']);
    // 六安 probe round 53: the places before a party committee and government they share
    expect(unitsOf('8.推进工作。责任单位：市国资委、市地方金融管理局，金安区、裕安区、霍邱县党委和政府')).toEqual([
      '市国资委:responsible', '市地方金融管理局:responsible', '金安区党委和政府:responsible', '裕安区党委和政府:responsible', '霍邱县党委和政府:responsible',
    ]);
  });
});

describe('probe round 46: sector plans (宜良)', () => {
  it('should read who guides the work (业务指导：, 技术指导：) as support', () => {
    const [task] = extract('一、重点任务\n1.提升基本公共卫生服务质量。（责任单位：各乡镇卫生院；业务指导：县疾病预防控制中心；技术指导：县人民医院）').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['各乡镇卫生院:responsible', '县疾病预防控制中心:support', '县人民医院:support']);
  });
});

describe('probe round 46: fresh documents for the shapes of rounds 41–45 (大瑶, 常德, 平江)', () => {
  const unitsById = (text: string): string[] => extract(text).tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);

  it('should read a division on the line after the last task as the division, not that task\'s note', () => {
    const plan = ['一、重点任务', '（一）发展产业', '1.稳定粮食生产。落实粮食生产目标责任制。', '2.推进撂荒地整治。建立整治台账。', '（二）加强治理', '3.推进党建引领乡村治理。深化屋场恳谈会制度。',
      '以上第1、2项由镇农业综合服务中心牵头，镇财政所配合；第3项由镇党建办牵头，镇纪委配合。'].join('\n');
    expect(unitsById(plan)).toEqual(['1.1.1 镇农业综合服务中心:lead、镇财政所:support', '1.1.2 镇农业综合服务中心:lead、镇财政所:support', '1.2.3 镇党建办:lead、镇纪委:support']);
    expect(extract(plan).tasks[2]!.text).toBe('推进党建引领乡村治理。深化屋场恳谈会制度。');
  });

  it('should give the last task its number\'s division, not the division\'s closing sentence for every task (荆门 probe round 54)', () => {
    const plan = ['一、扩大消费', '1.发放消费券。', '2.发展夜间经济。', '3.放宽户外经营限制。允许适度外摆经营。',
      '以上措施第1、2项由市商务局牵头，市财政局配合；第3项由市城市管理执法委员会负责。各县（市、区）人民政府负责本辖区各项措施的落实。'].join('\n');
    expect(unitsById(plan)).toEqual(['1.1 市商务局:lead、市财政局:support', '1.2 市商务局:lead、市财政局:support', '1.3 市城市管理执法委员会:responsible']);
  });

  it('should read no units in the prose of a plan whose division section names its tasks, and no rule\'s article as a division', () => {
    const plan = ['二、重点任务', '（一）整治城乡环境卫生。开展集中整治。', '三、保障措施', '（一）严格督查考核。县爱卫办会同县委督查室每月开展一次明查暗访。', '四、责任分工', '第（一）项由县城管局牵头，县住建局配合。'].join('\n');
    expect(unitsById(plan)).toEqual(['2.1 县城管局:lead、县住建局:support', '3.1 ']);
  });

  it('should share a stem with 和 and the kinds of zones and counties before a shared office', () => {
    const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => u.name);
    expect(unitsOf('1.推进高标准农田建设。（市农业农村局牵头，市发改、财政、自然资源和规划、水利等部门配合）')).toEqual(['市农业农村局', '市发改部门', '市财政部门', '市自然资源和规划部门', '市水利部门']);
    expect(unitsOf('2.推进灌区改造。（澧县、临澧县、津市市人民政府，西湖、西洞庭管理区管委会负责）')).toEqual(['澧县人民政府', '临澧县人民政府', '津市市人民政府', '西湖管理区管委会', '西洞庭管理区管委会']);
  });
});

describe('probe round 47: precision traps and fresh documents (黄冈, 会同, 尤溪, 金水, 江西农大)', () => {
  const unitsOf = (line: string): string[] => extract(`一、重点任务\n${line}`).tasks[0]!.units.map((u) => `${u.name}:${u.role}`);

  it('should end the plan at the interpretation a portal prints under it', () => {
    const page = ['黄冈市县域经济高质量发展重点任务分工方案', '一、重点任务', '1.壮大县域主导产业。（责任单位：市发改委）', '黄冈市人民政府办公室', '2024年3月1日',
      '【政策解读】《黄冈市县域经济高质量发展重点任务分工方案》解读', '一、主要内容', '1.壮大县域主导产业。由市发改委牵头，市经信局配合。'].join('\n');
    expect(extract(page).tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`)).toEqual(['1.1 市发改委']);
  });

  it('should read 会同县 and 会同分局 as a county\'s name, not 会同', () => {
    expect(unitsOf('1.推进工作。（会同县林业局负责）')).toEqual(['会同县林业局:responsible']);
    expect(unitsOf('2.推进工作。（怀化市生态环境局会同分局负责）')).toEqual(['怀化市生态环境局会同分局:responsible']);
  });

  it('should read posts of the chiefs and accountability clauses as no units, the note\'s units all the same', () => {
    expect(unitsOf('3.推进林长制。（县林业局、县河长办牵头，各乡镇林长、河长负责）')).toEqual(['县林业局:lead', '县河长办:lead']);
    expect(unitsOf('4.推进河湖治理。（县河长办牵头，县委组织部配合；县纪委监委对履职不力、问题突出的依规依纪依法追责问责）')).toEqual(['县河长办:lead', '县委组织部:support']);
    expect(unitsOf('5.推进整改。（县住建局负责，对工作不力的由县纪委监委严肃问责）')).toEqual(['县住建局:responsible']);
  });

  it('should share the office word of a shorthand list before a body joined by 和', () => {
    expect(unitsOf('6.推进养老服务。（区住建局牵头，区民政、财政局和各街道办事处配合）')).toEqual(['区住建局:lead', '区民政局:support', '区财政局:support', '各街道办事处:support']);
  });

  it('should read a department heading with its other name, and one of a group of a kind, as organizations', () => {
    const plan = ['二、部门职责', '（一）党委办公室（校长办公室）', '1.负责统筹协调整改工作。', '2.牵头推进督查督办。', '（二）各学院（部）', '3.负责本单位整改落实。'].join('\n');
    expect(extract(plan).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '党委办公室(校长办公室):responsible', '党委办公室(校长办公室):lead', '各学院(部):responsible',
    ]);
  });
});

describe('probe round 50: plans as careless copies left them (南充, 甘肃, 于都)', () => {
  const listed = (text: string) => extract(text).tasks.map((t) => `${t.id} ${t.text.slice(0, 6)} ${t.units.map((u) => u.name).join('、')}`);

  it('should carry a marker left at the end of the line before to its item\'s text (南充 …市财政局）4.)', () => {
    expect(listed(['一、重点任务', '3.推进改厕。（牵头单位：市农业农村局；', '配合单位：市住房城乡建设局、市财政局）4.', '　　加强农村黑臭水体治理。完成整治。（牵头单位：市生态环境局；配合单位：市水利局）'].join('\n'))).toEqual([
      '1.3 推进改厕。 市农业农村局、市住房城乡建设局、市财政局', '1.4 加强农村黑臭 市生态环境局、市水利局',
    ]);
    // a number ending a sentence that the next line's own marker follows stays where it is
    expect(listed(['一、重点任务', '1.新建厕所。（市农业农村局负责）', '2.推进治理。（市生态环境局负责）'].join('\n')).length).toBe(2);
  });

  it('should read a lower-case L before a stop as the number 1 (甘肃 l.建设县级物流配送中心)', () => {
    expect(listed(['二、重点任务', '（一）完善县乡村三级商业网络', 'l.建设县级物流配送中心。（省商务厅牵头）', '2.改造乡镇商贸中心。（省商务厅负责）'].join('\n'))).toEqual([
      '2.1.1 建设县级物流 省商务厅', '2.1.2 改造乡镇商贸 省商务厅',
    ]);
  });

  it('should join a labelled list broken inside a unit\'s name (于都 县消防 / 救援大队)', () => {
    expect(listed(['一、重点任务', '1.推行综合查一次。统筹开展联合检查。', '配合单位：县市场监管局、县消防', '救援大队'].join('\n'))).toEqual(['1.1 推行综合查一 县市场监管局、县消防救援大队']);
  });
});

describe('probe round 50: page furniture and copies inside a plan (南充, 商城, 湘潭)', () => {
  it('should drop the running head of a page that breaks a note, as the page number is (南充 各县（市、 / -2- / title / 区）政府）)', () => {
    const document = extract(['南充市2023年农村人居环境整治提升工作要点', '一、重点任务', '2.推进改厕。全年新改建户厕5000户。（牵头单位：', '市农业农村局；责任单位：', '各县（市、', '', '-2-', '', '南充市2023年农村人居环境整治提升工作要点', '', '区）政府）', '3.推进治理。（市生态环境局负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['市农业农村局', '各县(市、区)政府']);
    // a short line of the text after a page break, no title of the plan, stays
    const broken = extract(['某县2024年工作方案', '一、重点任务', '1.推进改厕。全年新改建户厕5000户，加快推进', '', '-2-', '', '农村卫生厕所建设工作', '', '取得明显成效。（县农业农村局负责）'].join('\n'));
    expect(broken.tasks[0]!.text).toContain('农村卫生厕所建设工作');
    // a heading after a page that ended its sentence stays
    const headed = extract(['一、重点任务', '1.推进改厕。（市农业农村局负责）', '', '-2-', '', '二、保障措施', '（一）加强领导。（市委办负责）'].join('\n'));
    expect(headed.tasks.map((t) => t.id)).toEqual(['1.1', '2.1']);
  });

  it('should read a paragraph pasted twice once, with a warning (湘潭 8、加强消费金融支持 ×2)', () => {
    const document = extract(['三、重点任务', '8、加强消费金融支持。引导金融机构开发消费信贷产品。（牵头单位：市委金融办；配合单位：人民银行湘潭市分行）', '8、加强消费金融支持。引导金融机构开发消费信贷产品。（牵头单位：市委金融办；配合单位：人民银行湘潭市分行）', '9、优化消费环境。（市市场监管局负责）'].join('\n'));
    expect(document.tasks.map((t) => t.id)).toEqual(['3.8', '3.9']);
    expect(document.diagnostics.filter((d) => d.code === 'duplicate-paragraph')).toHaveLength(1);
    // a run of three or more alike is read as written: every line a task (numbering-repeat says so)
    const run = extract(['一、重点任务', ...Array.from({ length: 3 }, () => '1.推进工作。(责任单位:州住建局)')].join('\n'));
    expect(run.tasks).toHaveLength(3);
  });

  it('should read a notice title whose 的通知 is on a line of its own (南充)', () => {
    expect(extract(['南充市农村人居环境整治提升五年行动领导小组办公室', '关于印发《南充市2023年农村人居环境整治提升工作要点》', '的通知', '各县（市、区）：', '一、重点任务', '1.推进改厕。（市农业农村局负责）'].join('\n')).meta.title).toBe('南充市2023年农村人居环境整治提升工作要点');
  });
});

describe('probe round 51: a division section read as written, points numbered 1. under a title (绵阳, 綦江)', () => {
  it('should read a division clause whole though the section\'s text lost its closing clause to a note (绵阳 第（一）项由X牵头，Y配合，各县市区人民政府负责实施。)', () => {
    const document = extract(['二、重点任务', '（一）推进城镇老旧小区改造。改造小区120个。', '（二）推进城中村改造。改造城中村5个。', '四、责任分工',
      '第（一）项由市住房城乡建设委牵头，市发展改革委、市财政局配合，各县市区人民政府负责实施。', '第（二）项由市住房城乡建设委牵头，市自然资源和规划局配合。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`)).toEqual([
      '2.1 市住房城乡建设委:lead、市发展改革委:support、市财政局:support、各县市区人民政府:responsible', '2.2 市住房城乡建设委:lead、市自然资源和规划局:support',
    ]);
  });
});


describe('probe round 61: policy measures of the north (正定, 洛阳, 延吉)', () => {
  it('should nest articles under the 一、 headings that group them (洛阳: `一、持续优化发展环境` / `第一条　放宽市场准入。…`)', () => {
    const document = extract(['洛阳市支持民营经济高质量发展若干措施', '一、持续优化发展环境',
      '第一条　放宽市场准入。全面落实市场准入负面清单制度。（牵头单位：市发展改革委；配合单位：市市场监管局）',
      '第二条　规范涉企执法检查。推行“综合查一次”。（牵头单位：市司法局；配合单位：市应急管理局）', '二、加大要素保障力度',
      '第三条　强化融资支持。开展“金融助企”对接活动。（牵头单位：市委金融办；配合单位：市财政局）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.path.join('')} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '1.1 一、第一条 市发展改革委:lead 市市场监管局:support', '1.2 一、第二条 市司法局:lead 市应急管理局:support', '2.3 二、第三条 市委金融办:lead 市财政局:support',
    ]);
  });

  it('should keep a regulation\'s 一、 items inside its article (`第五条　…下列规定：` / `一、…`)', () => {
    const document = extract(['某某管理办法', '第五条　经营者应当遵守下列规定：', '一、建立进货查验制度；', '二、公示价格；', '第六条　县市场监管局负责监督检查。'].join('\n'));
    expect(document.tasks.map((t) => t.path.join(''))).toEqual(['第五条一、', '第五条二、', '第六条']);
  });

  it('should read a relief measure\'s payer by its label (正定: `政策兑现责任单位：…` / `兑现时限：…`)', () => {
    const document = extract(['一、财税支持政策', '1.加快落实增值税留抵退税政策。对符合条件的小微企业存量留抵税额在2022年6月30日前集中退还。', '政策兑现责任单位：县税务局、县财政局', '兑现时限：2022年6月30日前',
      '2.缓缴部分行政事业性收费。', '兑现责任单位：县城管局', '3.开展消费促进活动。', '责任单位：县商务局'].join('\n'));
    expect(document.tasks.map((t) => `${t.units.map((u) => `${u.name}:${u.role}`).join(' ')} ${t.deadline ?? ''}`)).toEqual([
      '县税务局:responsible 县财政局:responsible 2022年6月30日前', '县城管局:responsible ', '县商务局:responsible ',
    ]);
  });

  it('should read who leads the body a task sets up (湖州: `建立由市商务局牵头、相关部门参与的夜间经济发展工作专班`)', () => {
    const document = extract(['一、重点任务', '（一）推进工作。（责任单位：市商务局）', '二、保障措施',
      '（一）加强统筹协调。建立由市商务局牵头、相关部门参与的夜间经济发展工作专班，定期研究解决重大问题。'].join('\n'));
    expect(document.tasks[1]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市商务局:lead', '相关部门:support']);
  });

  it('should read an airport as a unit of a note, no function sharing the next name\'s office (延吉: `延吉朝阳川国际机场、市文广旅局配合`)', () => {
    const document = extract(['一、重点任务', '8.完善旅游交通网络。提升航线覆盖。（市交通运输局牵头，延吉朝阳川国际机场、市文广旅局配合）', '9.开通新航线。（市交通运输局牵头，延吉机场、市文广旅局配合）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '市交通运输局:lead 延吉朝阳川国际机场:support 市文广旅局:support', '市交通运输局:lead 延吉机场:support 市文广旅局:support',
    ]);
  });
});

describe('probe round 61: township plans of the southwest (谢家湾, 和顺, 龙潭, 大观)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));

  it('should read a county bureau guiding a township\'s office (`区城市管理局业务指导`), in a bracket and in a closing sentence', () => {
    const document = extract(['重庆市九龙坡区谢家湾街道办事处', '一、重点任务', '1.开展城市环境网格巡查。（城市管理办负责，综合行政执法大队配合，区城市管理局业务指导）',
      '2.整治校园周边交通安全。排查学生接送车辆。由镇派出所牵头，镇应急管理办公室配合，区交通运输局、区公安局交警大队业务指导。'].join('\n'));
    expect(units(document)).toEqual([
      '城市管理办:responsible 综合行政执法大队:support 区城市管理局:support',
      '镇派出所:lead 镇应急管理办公室:support 区交通运输局:support 区公安局交警大队:support',
    ]);
  });

  it('should read the office a group\'s office is set up in, and its other name in brackets, as no note (`办公室设在平安建设办公室（综治中心）。`)', () => {
    const document = extract(['一、组织领导', '成立工作领导小组，由街道党工委书记挂帅。领导小组办公室设在平安建设办公室（综治中心）。', '二、重点任务', '1.优化网格设置。（平安办负责）'].join('\n'));
    expect(units(document)).toEqual(['', '平安办:responsible']);
  });

  it('should keep a station named for a place opened by 和 in one name (腾冲供电局和顺供电所), and part a bureau from 和平镇', () => {
    const document = extract(['一、重点任务', '1.排查整治火灾隐患。（责任单位：腾冲供电局和顺供电所、镇派出所）', '2.推进工作。（县住建局和平镇人民政府负责）'].join('\n'));
    expect(units(document)).toEqual(['腾冲供电局和顺供电所:responsible 镇派出所:responsible', '县住建局:responsible 和平镇人民政府:responsible']);
  });

  it('should read a town of an autonomous county named for two peoples as a township (酉阳土家族苗族自治县龙潭镇人民政府)', () => {
    const document = extract(['酉阳土家族苗族自治县龙潭镇人民政府', '关于印发龙潭镇2025年防汛抗旱工作方案的通知', '各村（居）委会，镇属各部门：',
      '现将方案印发给你们，请认真贯彻执行。', '酉阳土家族苗族自治县龙潭镇人民政府', '2025年4月10日', '一、重点任务', '（1）完善防汛责任体系。（责任站所：镇应急办；协助站所：党政办）'].join('\n'));
    expect(document.meta.level).toBe('township');
    expect(document.tasks[0]!.units.map((u) => u.canonical)).toEqual(['镇应急办', '镇党政办']);
  });

  it('should make each working group\'s line a task with the units its sentence names (`综合协调组：由党政办牵头，镇应急办参与，…`)', () => {
    const document = extract(['一、重点任务', '（1）完善防汛责任体系。（责任站所：镇应急办）', '二、工作组设置', '镇防汛抗旱指挥部下设3个工作组：',
      '综合协调组：由党政办牵头，镇应急办参与，负责信息汇总、上传下达。', '抢险救援组：由镇应急办牵头，龙潭派出所、镇综合行政执法大队参与，负责险情处置和人员搜救。',
      '后勤保障组：由镇财政办牵头，社会事务办参与，负责物资调配。', '三、工作要求', '汛期严格执行24小时值班制度。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '1.1 镇应急办:responsible', '2.N1 党政办:lead 镇应急办:support', '2.N2 镇应急办:lead 龙潭派出所:support 镇综合行政执法大队:support',
      '2.N3 镇财政办:lead 镇社会事务办:support', '3 ',
    ]);
  });
});

describe('probe round 62: a division of work in a task whose bracketed note closes another of its clauses (琼中)', () => {
  it('should read both: the division for its clause, the note for its own', () => {
    const document = extract(['一、重点任务', '（一）提升景区景点品质。推动百花岭景区提档升级，由县旅文局牵头，县发改委、县财政局配合，2024年10月底前完成改造；支持什寒村创建省级乡村旅游点（责任单位：县旅文局、红毛镇人民政府），完善停车场等配套设施。',
      '（二）推进工作。由县住建局牵头，县财政局配合，完成改造。（责任单位：县住建局）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县旅文局:lead 县发改委:support 县财政局:support 红毛镇人民政府:responsible',
      // a note closing the task covers the whole: the prose is left alone
      '县住建局:responsible',
    ]);
  });
});

describe('probe round 63: the northwest\'s plans and PDF copies (商洛, 定边, 石河子, 江西)', () => {
  it('should read a note line opened by the leader who answers for the work (`包抓领导：市政府副市长 刘建国　牵头单位：…`) as the note of the item over its points', () => {
    const document = extract(['一、强化规划管控', '（一）严格落实秦岭保护规划', '1.落实秦岭保护规划，严格分区管控。', '2.完成国土空间规划“三区三线”成果落地上图。',
      '包抓领导：市政府副市长 刘建国　牵头单位：市自然资源局　责任单位：市秦岭办、市林业局', '（二）保护丹江水质', '1.推进城镇污水处理厂提标改造。', '2.开展入河排污口排查整治。', '包抓领导：市政府副市长 王晓东　牵头单位：市生态环境局'].join('\n'));
    expect(document.tasks.map((t) => `${t.path.join('')} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '一、(一) 市自然资源局:lead 市秦岭办:responsible 市林业局:responsible', '一、(二) 市生态环境局:lead',
    ]);
  });

  it('should part the units named from the kind of body described after 等 (`县消防救援大队等行业领域主管部门`, `一五〇团等沿沙团场`)', () => {
    const units = (note: string) => extract(`一、重点任务\n1.推进工作。${note}`).tasks[0]!.units.map((u) => `${u.name}${u.generic ? '(generic)' : ''}`);
    expect(units('（责任单位：县住建局、县消防救援大队等行业领域主管部门）')).toEqual(['县住建局', '县消防救援大队', '行业领域主管部门(generic)']);
    expect(units('（责任单位：一三六团、一五〇团等沿沙团场）')).toEqual(['一三六团', '一五〇团']);
  });

  it('should read 有关区市县政府 as a group of places, none named', () => {
    expect(extract('一、重点任务\n1.推进工作。（牵头单位：省住房城乡建设厅；责任单位：有关区市县政府）').tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['省住房城乡建设厅:false', '有关区市县政府:true']);
  });
});

describe('probe round 65: field lines of a ledger and notes inside the sentence (吉安, 信丰, 湄潭, 衢州, 珠海)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));

  it('should drop the person printed after a unit on a field line (`牵头单位及责任人：市工信局　胡建军`, `欧阳红`)', () => {
    const document = extract(['一、重点任务', '1.推进产业升级。', '牵头单位及责任人：市工信局　胡建军', '2.推进景区提质。', '责任单位及责任人：市文广新旅局　欧阳红，市财政局　李明'].join('\n'));
    expect(units(document)).toEqual(['市工信局:lead', '市文广新旅局:responsible 市财政局:responsible']);
  });

  it('should end a unit list at a ledger\'s other 【】 fields (`【督办单位】`, `【序时进度】`, `【考核分值】`)', () => {
    const document = extract(['一、重点任务', '1.推进产业升级。【牵头单位】县发改局【配合单位】县财政局、嘉定镇【督办单位】县政府督查室【完成时限】2024年6月底前【序时进度】一季度启动【考核分值】5分'].join('\n'));
    expect(units(document)).toEqual(['县发改局:lead 县财政局:support 嘉定镇:support']);
    expect(document.tasks[0]!.deadline).toBe('2024年6月底前');
  });

  it('should read a clause whose topic comes before 由 (`未来社区建设由市住建局负责，未来乡村建设由市农业农村局负责`)', () => {
    const document = extract(['一、重点任务', '（一）推进未来社区和未来乡村建设。未来社区建设由市住建局负责，未来乡村建设由市农业农村局负责。', '（二）推进工作。（市财政局负责）'].join('\n'));
    expect(units(document)[0]).toBe('市住建局:responsible 市农业农村局:responsible');
  });

  it('should read a bracket mid-sentence whose unit sees to the money (`（市財政局配合做好資金保障）`)', () => {
    const document = extract(['一、重点任务', '（一）推进城市更新。市住建局牵头推进老旧小区改造（市財政局配合做好資金保障），年内完成20个小区。'].join('\n'));
    expect(units(document)[0]).toContain('市財政局:support');
  });

  it('should read the subject of a sentence whose bracket names only helpers (`市住建局要会同市发改委（市财政局配合）做好…`)', () => {
    const document = extract(['一、重点任务', '（一）推进城市更新。市住建局要会同市发改委（市财政局配合）做好城市更新项目谋划入库和资金争取，年内完成10个项目。', '（二）推进工作。（市财政局负责）'].join('\n'));
    expect(units(document)[0]).toBe('市住建局:lead 市发改委:support 市财政局:support');
  });

  it('should read a helper naming the unit it helps as a division of work (`市大数据局配合市住建局完成应用迭代升级`)', () => {
    const document = extract(['一、重点任务', '（一）推进应用。市大数据局配合市住建局完成应用迭代升级，9月底前上线运行。', '（二）推进工作。（市财政局负责）'].join('\n'));
    expect(units(document)[0]).toBe('市大数据局:support 市住建局:responsible');
  });

  it('should read a later sentence\'s subject after a bracket note inside the text (`…论证（市住建局负责组织），…。市自然资源和规划局负责导则编制工作。`)', () => {
    const document = extract(['一、重点任务', '（一）编制导则。新建项目应通过市城乡风貌专家委员会论证（市住建局负责组织），对不符合导则要求的不予审批。市自然资源和规划局负责导则编制工作。', '（二）推进工作。（市财政局负责）'].join('\n'));
    expect(units(document)[0]).toBe('市自然资源和规划局:responsible 市住建局:responsible');
  });

  it('should leave a helper doing its work alone and a sentence naming no unit after a note (`村（居）民委员会协助做好…`, `对不符合要求的不予审批。`)', () => {
    const document = extract(['一、重点任务', '（一）推进工作。县民政局负责组织（村（居）民委员会协助做好排查），对不符合要求的不予审批。各地要加强督导检查。', '（二）推进工作。（市财政局负责）'].join('\n'));
    expect(units(document)[0]).toBe('县民政局:responsible 村(居)民委员会:support');
  });

  it('should read the towns along a river with their streets in brackets as a group (`沿河各镇（街道）`)', () => {
    const document = extract(['一、重点任务', '1.巩固水环境治理。（牵头单位：县水务局；责任单位：沿河各镇（街道））'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['县水务局:false', '沿河各镇(街道):true']);
  });
});

describe('probe round 67: project plans by their subjects, and plans inside one organization (攸县, 都昌, 南充, 通渭, 天子湖, 湘潭大学, 沅陵, 岳阳)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' '));

  it('should read a project\'s builder, legal person and place as responsible, its line department as lead and its regulator as support', () => {
    const document = extract(['一、重点项目', '1.小型病险水库除险加固工程。对12座小型水库实施坝体防渗。', '项目法人：都昌县水利工程建设服务中心', '主管部门：都昌县水利局',
      '监管单位：县水利工程质量安全监督站', '属地责任：大沙镇、土塘镇、春桥乡等7个乡镇人民政府', '督导单位：县委县政府督查室',
      '2.国道改线工程。完成路基工程。（建设主体：蜀道投资集团有限责任公司；行业主管部门：市交通运输局；属地责任：嘉陵区、高坪区、西充县人民政府）'].join('\n'));
    expect(units(document)).toEqual([
      '都昌县水利工程建设服务中心:responsible 都昌县水利局:lead 县水利工程质量安全监督站:support 大沙镇人民政府:responsible 土塘镇人民政府:responsible 春桥乡人民政府:responsible',
      '蜀道投资集团有限责任公司:responsible 市交通运输局:lead 嘉陵区人民政府:responsible 高坪区人民政府:responsible 西充县人民政府:responsible',
    ]);
  });

  it('should read labels in solid brackets one after another (`【实施主体】X【主管部门】Y【属地责任】Z`)', () => {
    const document = extract(['一、重点项目', '1.村级集体经济项目。新建标准化厂房2000平方米。', '【实施主体】高禹村股份经济合作社【主管部门】镇农业农村办【属地责任】高禹村“两委”'].join('\n'));
    expect(units(document)[0]).toBe('高禹村股份经济合作社:responsible 镇农业农村办:lead 高禹村“两委”:responsible');
  });

  it('should keep a word of the task that names bodies of a kind out of the labels (`由建设单位负责`, `各监管部门要…`)', () => {
    const document = extract(['一、重点任务', '1.严格质量监管。工程质量由建设单位负责，各监管部门要加强巡查。（县住建局负责）'].join('\n'));
    expect(units(document)[0]).toBe('县住建局:responsible');
  });

  it('should give each project\'s owner and the villages concerned as groups (`各项目业主单位`, `各相关行政村`)', () => {
    const document = extract(['一、重点项目', '1.严格工程质量安全监管。落实参建各方责任。', '建设单位：各项目业主单位', '属地责任：各相关行政村'].join('\n'));
    expect(units(document)[0]).toBe('各项目业主单位:responsible:generic 各相关行政村:responsible:generic');
  });

  it('should read the clause before a closing bracket that names no unit (`…具体由各县（市、区）交通运输局负责。（督导单位：市交通运输局）`)', () => {
    const document = extract(['一、重点任务', '7.开展农村客运站点提升。新改建乡镇综合运输服务站20个，具体由各县（市、区）交通运输局负责。（督导单位：市交通运输局）',
      '8.推进城乡公交一体化。新开通城乡公交线路5条，由县交通运输局负责。（2024年底前）', '9.完善站点。（县财政局负责）'].join('\n'));
    expect(units(document)).toEqual(['各县(市、区)交通运输局:responsible', '县交通运输局:responsible', '县财政局:responsible']);
    expect(document.tasks[1]!.deadline).toBe('2024年底前');
  });

  it('should not read what a bracket explains as a unit (`新建站点（含驿站）`), a county so named still a county (`含山县`)', () => {
    const document = extract(['一、重点任务', '1.推进站点建设。新建站点10个（含驿站）。', '2.推进对口协作。（含山县人民政府负责）'].join('\n'));
    expect(units(document)).toEqual(['', '含山县人民政府:responsible']);
  });

  it('should keep institutions of a kind under one 各 whole (`各学校、幼儿园`, `各临床科室、医技科室`, `各乡镇卫生院、社区卫生服务中心`)', () => {
    const document = extract(['一、重点任务', '1.加强师德师风建设。（责任股室：人事股；实施单位：各学校、幼儿园）', '2.落实核心制度。（责任部门：医务部；配合部门：各临床科室、医技科室）',
      '3.推进家庭医生签约。（县中医医院牵头，各乡镇卫生院、社区卫生服务中心配合）', '4.加强馆藏建设。（各学院、图书馆负责）'].join('\n'));
    expect(units(document)).toEqual(['人事股:responsible 各学校、幼儿园:responsible', '医务部:responsible 各临床科室、医技科室:support',
      '县中医医院:lead 各乡镇卫生院、社区卫生服务中心:support', '各学院:responsible 图书馆:responsible']);
  });

  it('should mark offices of a kind that the work concerns generic (`相关手术科室`)', () => {
    const document = extract(['一、重点任务', '6.加强日间医疗服务。（医务部、护理部牵头，相关手术科室、麻醉科负责）'].join('\n'));
    expect(units(document)[0]).toBe('医务部:lead 护理部:lead 相关手术科室:responsible:generic 麻醉科:responsible');
  });

  it('should read a park run as a body among offices or beside a role word, not a project\'s place (`湘大科技园`, `（临港产业园）`)', () => {
    const document = extract(['一、重点任务', '12.推动科技成果转化。（科学技术处、社会合作与校友工作处、湘大科技园）', '13.建设孵化平台。（科学技术处牵头，各学院、大学科技园配合）',
      '14.年产10万吨新材料项目（临港产业园）。'].join('\n'));
    expect(units(document)).toEqual(['科学技术处:responsible 社会合作与校友工作处:responsible 湘大科技园:responsible', '科学技术处:lead 各学院:support 大学科技园:support', '']);
  });

  it('should say so when an attachment\'s table names no column it knows (`序号⇥项目名称⇥…⇥项目指导方`), its rows no tasks', () => {
    const document = extract(['一、加强管理。（县农业农村局负责）', '附件', '项目计划表', '序号\t项目名称\t实施地点\t项目指导方\t项目落地方',
      '1\t马铃薯良种繁育基地\t马营镇华川村\t县农业农村局\t马营镇人民政府', '2\t肉羊养殖暖棚\t鸡川镇鸡川村\t县畜牧兽医局\t鸡川镇人民政府'].join('\n'));
    expect(document.tables).toEqual([]);
    expect(document.diagnostics.filter((d) => d.code === 'table-without-header').map((d) => d.line)).toEqual([4]);
  });
});

describe('probe round 68: points written 一是, 二是 on lines of their own, and a covering note that sees to the money (乔庄)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`);
  const plan = ['三、工作措施', '（一）严格火源管控', '一是严格野外用火审批。防火期内一律禁止野外用火。（责任单位：镇应急管理办公室，各村（社区））',
    '二是加强重点时段巡查。在林区入口设置检查卡点。（责任单位：镇综合行政执法队、乔庄派出所，各村（社区）配合）',
    '（二）加强队伍和物资保障', '一是建强半专业扑火队伍。镇组建30人半专业扑火队。', '二是充实防灭火物资储备。补充风力灭火机20台。',
    '以上两项由镇应急管理办公室负责，镇财政所做好资金保障。', '（三）严格值班值守', '防火期实行24小时值班。（责任单位：镇党政办公室）'];

  it('should make points each with its own note tasks, and those a note covers after them', () => {
    const document = extract(plan.join('\n'));
    expect(units(document)).toEqual([
      '3.1.1 镇应急管理办公室:responsible 各村(社区):responsible', '3.1.2 镇综合行政执法队:responsible 乔庄派出所:responsible 各村(社区):support',
      '3.2.1 镇应急管理办公室:responsible 镇财政所:support', '3.2.2 镇应急管理办公室:responsible 镇财政所:support', '3.3 镇党政办公室:responsible',
    ]);
    expect(document.tasks[0]!.path).toEqual(['三、', '(一)', '一是']);
    expect(document.tasks[0]!.text).toBe('严格野外用火审批。防火期内一律禁止野外用火。');
  });

  it('should read points numbered past ten (`十一是`) as the run goes on', () => {
    const points = Array.from({ length: 11 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][i]}是开展第${i + 1}项排查。（责任单位：镇应急管理办公室）`);
    const document = extract(['三、工作措施', '（一）严格火源管控', ...points].join('\n'));
    expect(document.tasks.map((t) => t.path[2])).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '十一是']);
  });

  it('should keep points with no note of their own, or one at the end only, in their item\'s text', () => {
    const document = extract(['三、工作措施', '（一）严格火源管控', '一是严格野外用火审批。防火期内一律禁止野外用火。', '二是加强重点时段巡查。在林区入口设置检查卡点。（责任单位：镇应急管理办公室）',
      '（二）强化宣传', '一是开展宣传。', '二是加强警示教育。'].join('\n'));
    expect(units(document)).toEqual(['3.1 镇应急管理办公室:responsible', '3.2 ']);
    expect(document.tasks[0]!.text).toContain('二是加强重点时段巡查');
  });
});

describe('probe round 69: long provincial lists (湖南, 四川, 武汉, 成都)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));

  it('should read `其他为参与单位` after the convention as support', () => {
    const document = extract(['各项工作中排在第一位的为牵头单位，其他为参与单位；注明“按职责分工负责”的，不区分牵头单位。', '一、重点工作',
      '1.扩大有效投资。（省发展改革委，省财政厅、省自然资源厅，各市州人民政府）'].join('\n'));
    expect(units(document)[0]).toBe('省发展改革委:lead 省财政厅:support 省自然资源厅:support 各市州人民政府:support');
  });

  it('should read the company named before the kind of a level\'s companies (`X等省属企业`, `X等市属国有企业`), and a group with its other kind in brackets', () => {
    const document = extract(['一、重点工作', '1.推进设备更新。（省国资委牵头，湖南建设投资集团有限责任公司等省属企业、国家税务总局四川省税务局等省直有关部门（单位）配合）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['省国资委:false', '湖南建设投资集团有限责任公司:false', '国家税务总局四川省税务局:false', '省直有关部门(单位):true']);
  });

  it('should join a labelled list wrapped after a comma, or before a line opening with 等 (`…，` / `成都市、德阳市…人民政府`)', () => {
    const document = extract(['一、重点工作', '3.推进产业建圈强链。', '责任单位：市经信局（牵头）、市国资委，', '武汉产业投资控股集团有限公司，各区人民政府',
      '5.建设国际交通枢纽。', '责任单位：市交通运输局、中国铁路武汉局集团有限公司', '　　　　等单位，新洲区、黄陂区、东湖高新区人民政府（管委会）'].join('\n'));
    expect(units(document)).toEqual([
      '市经信局:lead 市国资委:responsible 武汉产业投资控股集团有限公司:responsible 各区人民政府:responsible',
      '市交通运输局:responsible 中国铁路武汉局集团有限公司:responsible 新洲区人民政府:responsible 黄陂区人民政府:responsible 东湖高新区管委会:responsible',
    ]);
  });
});

describe('probe round 69: meeting minutes and supervision documents (宜昌, 攸县, 鲤城, 赣州, 荆门, 旌阳)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`).join(' '));

  it('should read what the minutes tell a unit to do, a unit that pays supporting (`市住建局要加强…`, `县住建局抓紧完成…`, `市财政局于4月20日前…`)', () => {
    const document = extract(['宜昌市人民政府', '专题会议纪要', '〔2024〕第18期', '关于加快推进中心城区老旧小区改造工作的会议纪要',
      '现将会议议定事项纪要如下：', '一、关于质量。市住建局要加强在建项目质量安全监管。', '二、关于资金。会议要求市财政局于4月20日前下达第一批中央补助资金，市发改委配合。',
      '三、关于设计。县住建局抓紧完成施工图设计，县财政局配合。', '四、关于拨付。县财政局要及时足额拨付补助资金，县税务局做好征缴工作。',
      '五、关于管理。各区人民政府负责落实小区长效管理，市民政局予以指导。', '六、关于督查。国务院办公厅要加强督促检查。'].join('\n'));
    expect(document.meta.title).toBe('关于加快推进中心城区老旧小区改造工作的会议纪要');
    expect(units(document)).toEqual(['市住建局:responsible', '市财政局:responsible 市发改委:support', '县住建局:responsible 县财政局:support',
      '县财政局:support 县税务局:responsible', '各区人民政府:responsible 市民政局:support', '']);
  });

  it('should read `请X牵头，会同Y…` and the companies X works with (`会同国网宜昌供电公司、宜昌水务集团…等管线单位`)', () => {
    const document = extract(['会议纪要', '一、关于清理。请县政府办公室牵头，会同县司法局于4月底前完成规范性文件清理工作。',
      '二、关于管线迁改。由市住建局牵头，会同国网宜昌供电公司、宜昌水务集团、中国电信宜昌分公司等管线单位建立“一小区一清单”联席协调机制。'].join('\n'));
    expect(units(document)).toEqual(['县政府办公室:lead 县司法局:support', '市住建局:lead 国网宜昌供电公司:support 宜昌水务集团:support 中国电信宜昌分公司:support']);
  });

  it('should read a 督办单\'s `承办单位：` line, not as a site\'s credit line, and a rectification\'s `整改责任单位：`', () => {
    const document = extract(['一、督办事项', '1.聚宝街片区历史风貌区保护提升工程。', '承办单位：区住建局', '协办单位：区文体旅局',
      '2.市容整治。', '整改责任单位：市城市管理局牵头，各县（市）人民政府负责落实', '配合单位：市财政局'].join('\n'));
    expect(units(document)).toEqual(['区住建局:responsible 区文体旅局:support', '市城市管理局:lead 各县(市)人民政府:responsible 市财政局:support']);
  });

  it('should give streets named bare the office they share, and read a county of one character as a place (`旌阳、城北…街道办事处`, `攸县工业集中区管委会`)', () => {
    const document = extract(['一、工作措施', '1.全面排查油烟净化设施。', '——区综合行政执法局牵头，区市场监管局配合，旌阳、城北、八角井街道办事处具体实施。'].join('\n'));
    expect(units(document)).toEqual(['区综合行政执法局:lead 区市场监管局:support 旌阳街道办事处:responsible 城北街道办事处:responsible 八角井街道办事处:responsible']);
    expect(units(extract(['会议纪要', '一、关于网岭项目。攸县工业集中区管委会负责做好征地拆迁工作。'].join('\n')))).toEqual(['攸县工业集中区管委会:responsible']);
  });

  it('should read a proposals table\'s 主办单位 as lead, 会办单位 as support, its rows by their 案由', () => {
    const document = extract(['附件', '2024年市人大代表建议交办表', '序号\t建议号\t案由\t领衔代表\t主办单位\t会办单位',
      '1\t20240003\t关于加快中心城区停车设施建设的建议\t张××\t市住建局\t市自然资源和规划局、市公安局交警支队'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => [row.text, row.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
      ['关于加快中心城区停车设施建设的建议', '市住建局:lead 市自然资源和规划局:support 市公安局交警支队:support'],
    ]);
  });

  it('should take the title of a notice of findings without its issuer (`赣州市人民政府督查室` / `关于…督查情况的通报`)', () => {
    const document = extract(['赣州市人民政府督查室', '关于2024年一季度市政府重点工作督查情况的通报', '赣市府督字〔2024〕6号', '一、存在问题', '1.项目推进慢。（市发展改革委负责）'].join('\n'));
    expect(document.meta.title).toBe('关于2024年一季度市政府重点工作督查情况的通报');
  });
});

describe('probe round 72: role words and notes opening a task (霍邱, 宿州)', () => {
  const units = (document: ReturnType<typeof extract>) => document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}${u.generic ? ':generic' : ''}`).join(' '));

  it('should read the bodies with a duty within a level\'s own as a group beside the unit that coordinates (`县直各负有安全监管职责的部门`)', () => {
    const document = extract(['一、重点任务', '1.开展隐患排查。（县安委办统筹协调，县直各负有安全监管职责的部门按职责抓好落实）'].join('\n'));
    expect(units(document)[0]).toBe('县安委办:lead 县直各负有安全监管职责的部门:responsible:generic');
  });

  it('should end a list opening the task at the space before a sentence of one clause or more (`【责任单位】县财政局　健全…，开展…。`)', () => {
    const document = extract(['一、重点任务', '13.【牵头单位】县委农办【责任单位】县财政局　健全乡村振兴考核机制，开展实绩考核。', '14.【责任单位】市住建局 市发改委、市财政局。'].join('\n'));
    expect(document.tasks.map((t) => t.text)).toEqual(['健全乡村振兴考核机制,开展实绩考核。', '']);
    expect(units(document)).toEqual(['县委农办:lead 县财政局:responsible', '市住建局:responsible 市发改委:responsible 市财政局:responsible']);
  });
});

describe('probe round 72–73: division lines, bracketed label lists, divisions by number (临沂, 青秀, 岳西, 洛阳)', () => {

  it('should read a `责任分工：` line after the task as its note, a place\'s office and 和 before places sharing the next one (临沂)', () => {
    const document = extract(['一、重点任务', '（一）整治占道经营和店外经营。以城区主次干道为重点，集中整治。',
      '　　责任分工：市城市管理局牵头抓总，兰山区、罗庄区、河东区人民政府和临沂高新区、临沂经开区管委会具体实施，市住房城乡建设局、市市场监管局配合。',
      '（二）治理非机动车乱停乱放。施划非机动车停车泊位。',
      '　　责任分工：市公安局交警支队、市城市管理局共同负责，各区人民政府（管委会）配合做好。',
      '（三）完善城市照明和公厕设施。新建改造城市公厕30座。',
      '　　责任分工：市城市管理局、市住房城乡建设局按职责分别负责，市财政局做好资金保障。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 市城市管理局:lead 兰山区人民政府:responsible 罗庄区人民政府:responsible 河东区人民政府:responsible 临沂高新区管委会:responsible 临沂经开区管委会:responsible 市住房城乡建设局:support 市市场监管局:support',
      '1.2 市公安局交警支队:responsible 市城市管理局:responsible 各区人民政府(管委会):support',
      '1.3 市城市管理局:responsible 市住房城乡建设局:responsible 市财政局:support',
    ]);
    expect(document.tasks.map((t) => t.text)).toEqual(['整治占道经营和店外经营。以城区主次干道为重点,集中整治。', '治理非机动车乱停乱放。施划非机动车停车泊位。', '完善城市照明和公厕设施。新建改造城市公厕30座。']);
    expect(document.diagnostics.filter((d) => d.code === 'units-from-text')).toEqual([]);
  });

  it('should end a bracketed label\'s list at the wide space before the task\'s text, whatever its last name ends with (青秀)', () => {
    const document = extract(['一、重点任务',
      '1.【牵头单位】区应急管理局【配合单位】区安委会各成员单位　落实“三管三必须”要求，修订区安委会成员单位安全生产工作职责清单。',
      '2.【牵头单位】南宁市消防救援支队青秀区大队【配合单位】区住房城乡建设局、区市场监管局　开展高层建筑、大型商业综合体消防安全专项整治，推动治理常态化。',
      '3.【牵头单位】区应急管理局【配合单位】南宁市消防救援支队青秀区大队，各街道、镇　建设基层应急消防“一站一队”，年内建成微型消防站20个。',
      '4.【责任单位】市住建局 市发改委 市财政局'].join('\n'));
    expect(document.tasks.map((t) => t.text)).toEqual([
      '落实“三管三必须”要求,修订区安委会成员单位安全生产工作职责清单。',
      '开展高层建筑、大型商业综合体消防安全专项整治,推动治理常态化。',
      '建设基层应急消防“一站一队”,年内建成微型消防站20个。',
      '',
    ]);
    expect(units(document)).toEqual([
      '1.1 区应急管理局:lead 区安委会各成员单位:support:generic',
      '1.2 南宁市消防救援支队青秀区大队:lead 区住房城乡建设局:support 区市场监管局:support',
      '1.3 区应急管理局:lead 南宁市消防救援支队青秀区大队:support 各街道、镇:support',
      '1.4 市住建局:responsible 市发改委:responsible 市财政局:responsible',
    ]);
  });

  it('should read a closing 任务分工 section naming the tasks by Arabic numbers, not as tasks of its own or notes over the chapters (岳西)', () => {
    const document = extract(['一、工作目标', '到2026年底，村规民约修订完善率达到100%。', '二、主要任务', '1．修订完善村规民约。纳入婚事新办内容。',
      '2．规范红白理事会运行。健全红白理事会。', '3．推进殡葬改革。整治散埋乱葬。', '三、任务分工',
      '第1、2项：县文明办牵头，县民政局配合，各乡镇负责落实。', '第3项：县民政局、县林业局负责。',
      '各部门按职责分工负责，确保各项任务落到实处。'].join('\n'));
    expect(units(document)).toEqual(['1 ', '2.1 县文明办:lead 县民政局:support 各乡镇:responsible', '2.2 县文明办:lead 县民政局:support 各乡镇:responsible', '2.3 县民政局:responsible 县林业局:responsible']);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('numbering-gap');
  });

  it('should read `第（二）项、第（三）项由…`, each number written in full, as naming both tasks (洛阳)', () => {
    const document = extract(['一、重点任务', '（一）健全食品安全管理制度。落实校长负责制。（责任单位：市教育局）', '（二）开展食堂全面检查。每学期检查一次。',
      '（三）整治校园周边食品经营环境。清理无证摊贩。', '二、职责分工', '第（二）项、第（三）项由市市场监管局牵头，市教育局配合。'].join('\n'));
    expect(units(document)).toEqual(['1.1 市教育局:responsible', '1.2 市市场监管局:lead 市教育局:support', '1.3 市市场监管局:lead 市教育局:support']);
  });
});

describe('probe round 74: divisions naming the part, townships among bodies (温州, 商水, 信丰)', () => {

  it('should read `第二部分第（一）项由…；第（二）项由…` as naming the tasks of chapter 二, and the next part\'s of chapter 三, not as chapters (温州)', () => {
    const document = extract(['二、重点行动', '（一）数据要素×工业制造。推动产业链数据贯通。', '（二）数据要素×商贸流通。推动电商平台数据汇聚应用。',
      '三、支撑保障行动', '（一）推进公共数据授权运营。建立授权运营机制。', '四、任务分工',
      '第二部分第（一）项由市经信局牵头，市数据局配合；第（二）项由市商务局牵头，温州海关配合。',
      '第三部分第（一）项由市数据局牵头，市财政局配合。'].join('\n'));
    expect(units(document)).toEqual(['2.1 市经信局:lead 市数据局:support', '2.2 市商务局:lead 温州海关:support', '3.1 市数据局:lead 市财政局:support']);
    expect(document.diagnostics.filter((d) => d.message.includes('第二部分'))).toEqual([]);
  });

  it('should keep a township named bare among the bodies of a closing clause, and give it no street\'s 办事处 (商水)', () => {
    const document = extract(['一、重点任务', '（一）改造提升县城商业设施。推动县城大型商超改造，由县商务局牵头，县住建局配合，城关乡、东城街道办事处、新城街道办事处负责落实。'].join('\n'));
    expect(units(document)).toEqual(['1.1 县商务局:lead 县住建局:support 城关乡:responsible 东城街道办事处:responsible 新城街道办事处:responsible']);
  });

  it('should keep the districts and cities concerned, or on the coast, one group with the government they share (青岛 `有关区、市政府`)', () => {
    const document = extract(['一、重点任务', '1.推进海洋牧场建设。（责任单位：市海洋发展局，有关区、市政府）', '2.加强岸线保护。（责任单位：市生态环境局，沿海各区、市政府）',
      '3.推进渔港建设。（各区、市政府负责）', '4.推进旅游开发。（沿河县人民政府负责）'].join('\n'));
    expect(units(document)).toEqual(['1.1 市海洋发展局:responsible 有关区、市政府:responsible:generic', '1.2 市生态环境局:responsible 沿海各区、市政府:responsible:generic',
      '1.3 各区、市政府:responsible', '1.4 沿河县人民政府:responsible']);
  });

  it('should mark the units whose work touches a field, none named, generic (信丰 `县直各涉农单位`)', () => {
    const document = extract(['一、重点任务', '13.【牵头单位】县委农办【责任单位】县直各涉农单位　健全乡村振兴责任落实机制。严格落实五级书记抓乡村振兴责任。'].join('\n'));
    expect(units(document)).toEqual(['1.13 县委农办:lead 县直各涉农单位:responsible:generic']);
    expect(document.tasks[0]!.text).toBe('健全乡村振兴责任落实机制。严格落实五级书记抓乡村振兴责任。');
  });
});

describe('probe round 72: working groups set up by an opening sentence (霍邱)', () => {

  it('should read each group as a task after the sentence that sets them up, with 主抓, 统筹 and the towns by the county seat', () => {
    const document = extract(['一、组织机构', '　　成立霍邱县城乡环境综合整治百日攻坚行动指挥部，由县政府分管副县长任指挥长，下设办公室和三个工作组。',
      '　　综合协调组：由县城市管理局牵头抓总，县委宣传部、县住建局参与，负责日常调度、信息汇总。',
      '　　城区整治组：由县城市管理局主抓，城关镇、新店镇具体负责，县公安局交警大队、县市场监管局配合，负责县城建成区环境整治。',
      '　　农村整治组：由县农业农村局统筹，各乡镇属地负责，县生态环境分局业务指导，负责农村人居环境整治。'].join('\n'));
    expect(units(document)).toEqual([
      '1.N1 县城市管理局:lead 县委宣传部:support 县住建局:support',
      '1.N2 县城市管理局:lead 城关镇:responsible 新店镇:responsible 县公安局交警大队:support 县市场监管局:support',
      '1.N3 县农业农村局:lead 各乡镇:responsible 县生态环境分局:support',
    ]);
  });
});

describe('probe round 75: chapters a repost decorates, and the groups of East China plans (章丘, 蓬溪, 临泉, 宁波, 潍坊, 烟台)', () => {

  it('should read `01` over a heading as a chapter, the items under it its tasks (章丘)', () => {
    const document = extract(['各项任务中排在第一位的为牵头单位，其他为配合单位。', '01', '实施产业链提升行动', '',
      '1.做强装备制造主导产业。实施“链长制”。（区工业和信息化局、区发展改革委）', '02', '实施要素保障行动', '',
      '◆加强用地保障。盘活低效工业用地1500亩。（区自然资源局、区工业和信息化局）', '◆加强融资保障。新增制造业贷款50亿元。（区金融运行监测中心、人民银行章丘支行）'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.path.join('/')}`)).toEqual(['1.1 01/1.', '2 02']);
    expect(document.tasks[0]!.headings).toEqual(['01 实施产业链提升行动']);
  });

  it('should read `【三】` and `▌三、` chapters, the safeguards under them no text of the last task (蓬溪, 临泉)', () => {
    for (const [two, three] of [['【二】重点工作', '【三】保障措施'], ['▌二、重点任务', '▌三、保障措施']]) {
      const document = extract([two!, '1.加快项目建设进度。（县农业农村局牵头，各项目镇人民政府负责）', three!, '（一）加强组织领导。各镇要成立工作专班。'].join('\n'));
      expect(units(document)).toEqual(['2.1 县农业农村局:lead 各项目镇人民政府:responsible:generic', '3.1 ']);
    }
  });

  it('should keep the governments and the zones\' committees one 各 names one actor (宁波), not the city\'s own zones (潍坊), and mark 山东\'s `市直有关部门单位` and `有关区市政府（管委）` generic', () => {
    const document = extract(['一、重点任务', '1.推进工作。（责任单位：市经信局，各区（县、市）政府、功能区管委会）', '2.推进工作。（市商务局牵头；各县市区政府、市属开发区管委会落实）',
      '3.推进工作。（市商务局牵头，市直有关部门单位配合）', '4.推进工作。（市自然资源和规划局牵头，有关区市政府（管委）负责）'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 市经信局:responsible 各区(县、市)政府、功能区管委会:responsible', '1.2 市商务局:lead 各县市区政府:responsible 市属开发区管委会:responsible',
      '1.3 市商务局:lead 市直有关部门单位:support:generic', '1.4 市自然资源和规划局:lead 有关区市政府(管委):responsible:generic',
    ]);
  });

  it('should know the coastal cities\' 海洋发展和渔业局 and 海洋发展局 (烟台, 青岛)', () => {
    const document = extract(['一、重点任务', '1.推进海洋牧场建设。（市海洋发展和渔业局牵头，青岛市海洋发展局配合）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.canonical}:${u.level}`)).toEqual(['市海洋发展和渔业局:市', '青岛市海洋发展局:市']);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('unknown-unit');
  });
});

describe('probe round 77: campaign plans and new regions (龙游, 商丘, 蕉岭, 吴忠, 海南)', () => {

  it('should read no 同时 into the name of the units a clause names after it (龙游)', () => {
    const document = extract(['一、重点任务', '1.开展燃气管道隐患排查。（县住建局牵头，同时各乡镇（街道）落实属地管理责任）'].join('\n'));
    expect(units(document)).toEqual(['1.1 县住建局:lead 各乡镇(街道):responsible']);
  });

  it('should keep one zone\'s committee apart from the governments under 各 (商丘 `各县（市、区）人民政府、示范区管委会`)', () => {
    const document = extract(['一、重点任务', '1.开展道路隐患排查。（市公安局牵头，各县（市、区）人民政府、示范区管委会负责）'].join('\n'));
    expect(units(document)).toEqual(['1.1 市公安局:lead 各县(市、区)人民政府:responsible 示范区管委会:responsible']);
  });

  it('should read who sees to the power as supporting, as who sees to the money (蕉岭 `国网…供电公司做好电力保障`)', () => {
    const document = extract(['一、重点任务', '1.推进违建拆除。（县住建局牵头，各镇人民政府负责，国网蕉岭县供电公司做好电力保障）'].join('\n'));
    expect(units(document)).toEqual(['1.1 县住建局:lead 各镇人民政府:responsible 国网蕉岭县供电公司:support']);
  });

  it('should mark the places wherever a thing is generic (海南 `各离岛免税店所在市县人民政府`)', () => {
    const document = extract(['一、重点任务', '1.规范离岛免税经营秩序。（省商务厅牵头，海口海关配合，各离岛免税店所在市县人民政府负责）'].join('\n'));
    expect(units(document)).toEqual(['1.1 省商务厅:lead 海口海关:support 各离岛免税店所在市县人民政府:responsible:generic']);
  });
});

describe('probe round 78: a random 2026 sample and Guangdong (柳州, 滁州, 东莞, 龙岗)', () => {

  it('should read `由X、Y分别负责，A、B给予指导。` closing a task: X and Y responsible, A and B support (东莞)', () => {
    const document = extract(['一、重点任务', '5.加快水乡功能区改造。水乡功能区重点推进五镇连片改造。由水乡功能区管委会、东莞滨海湾新区管委会分别负责，市自然资源局、市工业和信息化局给予指导。'].join('\n'));
    expect(units(document)).toEqual(['1.5 水乡功能区管委会:responsible 东莞滨海湾新区管委会:responsible 市自然资源局:support 市工业和信息化局:support']);
  });

  it('should mark the lead units of a kind of work generic, not a level\'s own companies (滁州; 渝北 probe round 64 `区属国有企业`)', () => {
    const document = extract(['一、重点任务', '1.推进民生实事。（市政府办公室牵头，十件为民实事各牵头单位负责）', '2.推进市容提升。（区城管局牵头，区属国有企业配合）'].join('\n'));
    expect(units(document)).toEqual(['1.1 市政府办公室:lead 十件为民实事各牵头单位:responsible:generic', '1.2 区城管局:lead 区属国有企业:support']);
  });
});

describe('a word set one character a line (a narrow column copied as text)', () => {
  it('should read `序` / `号` as one run of text, not a paragraph a character, and keep a column of digits apart', () => {
    const document = extract(['一、重点任务', '1.推进工作。（责任单位：县住建局）', '序', '号', '说明', '1', '2'].join('\n'));
    expect(document.tasks[0]!.text).toBe('推进工作。\n序号\n说明\n1\n2');
  });
});

describe('probe round 79: plans typed carelessly, and plans of bodies that are not the government (隆回, 三河, 鄂家, 于都, 泸县, 绵阳)', () => {

  it('should read `1 .` and `1，` as numbers, not `1，2月份` or `1,000`', () => {
    const document = extract(['一、重点任务', '  1 .开展燃气经营企业全面排查。( 责任单位 : 局城建股 , 局法规股 )', '1，修订完善应急预案。（责任单位：镇应急管理办公室）',
      '1，2月份完成排查。'].join('\n'));
    expect(document.tasks.map((t) => t.path.join(''))).toEqual(['一、1.', '一、1,']);
    expect(document.tasks[1]!.text).toBe('修订完善应急预案。\n1,2月份完成排查。');
  });

  it('should read a label with no colon closing the paragraph after its stop (`。责任单位县建设工程质量安全监督站`)', () => {
    const document = extract(['一、重点任务', '5 .加强燃气工程建设质量监管。严格落实质量安全监督。责任单位县建设工程质量安全监督站'].join('\n'));
    expect(units(document)).toEqual(['1.5 县建设工程质量安全监督站:responsible']);
    expect(document.tasks[0]!.text).toBe('加强燃气工程建设质量监管。严格落实质量安全监督。');
  });

  it('should cut the whole of `追责问责` with the overseer\'s clause, and part a note\'s fields at the space before `配合：`', () => {
    const document = extract(['一、重点任务', '3、严格执行值班制度。（责任单位：镇应急管理办公室、各村委会；镇纪委对失职失责的严肃追责问责）',
      '（五）落实建后管护责任。完成项目竣工验收后及时移交。（牵头股室：农田建设管理股 配合：县农业综合行政执法大队、项目区各乡镇人民政府 ）',
      '5．水上安全。加强防溺水巡查。（责任单位：镇水利站，沿河各村（社区））'].join('\n'));
    expect(units(document)).toEqual([
      '1.3 镇应急管理办公室:responsible 各村委会:responsible',
      '1.3.5 农田建设管理股:lead 县农业综合行政执法大队:support 项目区各乡镇人民政府:support:generic',
      '1.5 镇水利站:responsible 沿河各村(社区):responsible:generic',
    ]);
  });

  it('should read 部室 labels, a youth palace, and mark a body\'s own offices of a kind generic', () => {
    const document = extract(['一、重点任务', '1.开展青少年宫公益课堂。（少年部牵头，市青少年宫配合）', '2.加强监督检查。（各监督检查室、各派驻纪检监察组负责）',
      '3.推进工会服务。（机关各部室、各基层工会按职责分工负责）', '4.开展普法宣传。', '牵头部室：组织部；配合部室：宣传部'].join('\n'));
    expect(units(document).slice(0, 3)).toEqual([
      '1.1 少年部:lead 市青少年宫:support',
      '1.2 各监督检查室:responsible:generic 各派驻纪检监察组:responsible:generic',
      '1.3 机关各部室:responsible:generic 各基层工会:responsible:generic',
    ]);
  });
});

describe('probe round 80: the command\'s office among its working groups (白沙)', () => {
  it('should read the line saying where the office sits as a duty line of its own, its host responsible, the groups split', () => {
    const document = extract(['一、重点任务', '1.加强火源管控。（责任单位：镇应急办）', '二、组织机构', '成立白沙镇森林防灭火指挥部，由镇长任指挥长，指挥部下设办公室和两个工作组。',
      '指挥部办公室设在镇应急管理办公室，负责日常工作的组织协调、信息报送和督促检查。', '综合协调组：由镇党政办牵头，镇应急办、镇财政所参与，负责上传下达。',
      '扑救指挥组：由镇应急办牵头，白沙派出所参与，负责火灾扑救的现场指挥。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '1.1 镇应急办:responsible', '2.N1 镇应急管理办公室:responsible', '2.N2 镇党政办:lead 镇应急办:support 镇财政所:support', '2.N3 镇应急办:lead 白沙派出所:support',
    ]);
  });
});

describe('probe round 81: the sentence setting up the groups, the office\'s seat after it in one paragraph (东城)', () => {
  it('should still read each working group as a task of its own', () => {
    const document = extract(['一、重点任务', '1.加强火源管控。（责任单位：镇应急管理办公室）', '二、组织机构',
      '成立东城镇森林防灭火指挥部，由镇长任指挥长，下设办公室和两个工作组。指挥部办公室设在镇应急管理办公室，负责日常工作。',
      '综合协调组：由党政办牵头，镇应急管理办公室参与，负责信息汇总。', '扑救指挥组：由镇应急管理办公室牵头，东城派出所参与，负责现场指挥。'].join('\n'));
    expect(document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '1.1 镇应急管理办公室:responsible', '2.N1 党政办:lead 镇应急管理办公室:support', '2.N2 镇应急管理办公室:lead 东城派出所:support',
    ]);
  });
});

describe('probe round 81: tasks of several paragraphs (宿松, 建安)', () => {
  it('should read a later paragraph\'s closing sentence naming who helps with the rest (`…配合做好相关工作。`)', () => {
    const document = extract(['一、重点任务', '（一）推进农村改厕。由县农业农村局负责，县财政局做好资金保障。', '加强技术指导。县卫生健康委、县生态环境分局配合做好相关工作。'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县农业农村局:responsible', '县财政局:support', '县卫生健康委:support', '县生态环境分局:support']);
  });

  it('should keep the later parts of a task closed by a sentence note, each closed by one (宿松, 吴兴)', () => {
    const document = extract(['一、重点任务', '（四）推进村容村貌整体提升。', '开展村庄清洁行动，每年集中清洁不少于4次。由县农业农村局负责，各乡镇人民政府具体实施。',
      '加强乡村风貌引导，推进空心房整治。由县住建局、县自然资源和规划局负责，各乡镇人民政府配合。', '推进“四好农村路”建设，新改建农村公路80公里。由县交通运输局负责。',
      '（五）加强养老人才培养。', '开展养老护理员职业技能培训500人次以上。由区人力社保局、区民政局负责。', '落实养老护理员入职奖补和岗位津贴政策，稳定养老服务人才队伍。区财政局配合。'].join('\n'));
    expect(units(document)).toEqual([
      '1.4 县农业农村局:responsible 各乡镇人民政府:responsible 县住建局:responsible 县自然资源和规划局:responsible 县交通运输局:responsible',
      '1.5 区人力社保局:responsible 区民政局:responsible 区财政局:support',
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toEqual([]);
  });

  it('should still leave out a paragraph closed by a sentence after a task whose note is in brackets', () => {
    const document = extract(['一、重点任务', '（一）推进村庄清洁。每年集中清洁不少于4次，建立长效管护机制，确保村庄干净整洁有序。（责任单位：县农业农村局）', '加强乡村风貌引导，推进空心房整治。由县住建局负责。'].join('\n'));
    expect(units(document)).toEqual(['1.1 县农业农村局:responsible']);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toHaveLength(1);
  });

  it('should carry no level onto a bureau\'s branch named for the place it serves (`区住建局、公安局建安分局`)', () => {
    const document = extract(['一、重点任务', '1.整治占道经营。（区住建局、公安局建安分局负责）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['区住建局', '公安局建安分局']);
  });
});

describe('probe round 82: duty lines and unit headings of emergency plans (上犹, 宜宾, 梅州)', () => {
  it('should give a duty line that opens with 参与 the role of who supports', () => {
    const document = extract(['三、成员单位职责', '县水利局：负责防汛抗旱工程的调度。', '县消防救援大队：参与防汛抢险救援和被困人员营救工作。'].join('\n'));
    expect(units(document)).toEqual(['3.N1 县水利局:responsible', '3.N2 县消防救援大队:support']);
  });

  it('should read a unit heading with its duty in the paragraph under it, and the unit a duty helps (`2.配合市市场监管局做好…`)', () => {
    const document = extract(['二、部门职责', '（一）市住房城乡建设局', '1.牵头组织城镇燃气安全排查整治。', '2.配合市市场监管局做好燃气具及配件质量抽检。',
      '（二）市经济和信息化局', '负责督促电力、工业企业落实冬季生产安全措施。'].join('\n'));
    expect(units(document)).toEqual([
      '2.1.1 市住房城乡建设局:lead', '2.1.2 市住房城乡建设局:support 市市场监管局:responsible', '2.2 市经济和信息化局:responsible',
    ]);
  });

  it('should read an item opening with its unit and 负责 in a plan that marks its notes (`1.市气象局负责做好…`)', () => {
    const document = extract(['一、重点任务', '（一）落实防火责任。（责任单位：各县（市、区）人民政府）', '（二）加强监测预警。', '1.市气象局负责做好森林火险气象等级预报。', '2.市林业局负责完善视频监控系统，实现重点林区全覆盖。'].join('\n'));
    expect(units(document)).toEqual(['1.1 各县(市、区)人民政府:responsible', '1.2.1 市气象局:responsible', '1.2.2 市林业局:responsible']);
  });
});

describe('probe round 83: a department\'s duty lines and its division section (于都, 蕉岭)', () => {
  it('should read the helper a duty line names in a clause of its own', () => {
    const document = extract(['二、职责分工', '（一）县公路事业发展中心：负责国省干线公路养护，县农村公路事业发展中心配合做好农村公路保畅。'].join('\n'));
    expect(units(document)).toEqual(['2.1 县公路事业发展中心:responsible 县农村公路事业发展中心:support']);
  });

  it('should apply a 责任分工 section made only of `第N项：` lines to the tasks it names', () => {
    const document = extract(['一、重点任务', '1.开展电梯安全隐患排查。', '2.开展气瓶充装单位专项检查。', '3.推进特种设备安全监管信息化。', '三、责任分工',
      '第1—2项：特种设备安全监察股牵头，各市场监管所负责，省特检院梅州检测院配合。', '第3项：行政审批股负责，特种设备安全监察股配合。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 特种设备安全监察股:lead 各市场监管所:responsible 省特检院梅州检测院:support', '1.2 特种设备安全监察股:lead 各市场监管所:responsible 省特检院梅州检测院:support',
      '1.3 行政审批股:responsible 特种设备安全监察股:support',
    ]);
  });
});

describe('probe round 84: plans copied out of a PDF, wrapped at the page\'s width (驻马店, 宇湖)', () => {
  it('should read a convention broken by the line\'s end (`…各项任务中排在第一位` / `的为牵头单位，其他为配合单位。`)', () => {
    const document = extract(['为进一步优化营商环境，结合我市实际，制定本方案。各项任务中排在第一位', '的为牵头单位，其他为配合单位。', '一、重点任务',
      '1.推进企业开办便利化。（责任单位：市政务服务和大数据管理局、市市场监管局）'].join('\n'));
    expect(document.convention?.text).toBe('各项任务中排在第一位的为牵头单位');
    expect(units(document)).toEqual(['1.1 市政务服务和大数据管理局:lead 市市场监管局:support']);
  });

  it('should join a paragraph\'s first line, two characters short where its indent was lost, to the lines after it', () => {
    const lines = ['二、重点任务', '（一）强化生产源头管控。督促辖区内电动自行车及电池、', '充电器生产企业严格执行强制性国家标准，开展生产企业质量安', '全监督检查，依法查处生产不合格产品行为。（牵头单位：区市',
      '场监督管理局；配合单位：区工业和信息化局）', '（二）强化销售环节监管。对电动自行车销售门店、电商平', '台网店开展全覆盖检查，严厉打击销售拼装、改装车辆及不合格', '电池等违法行为，推动建立销售台账。（牵头单位：区市场监督',
      '管理局；配合单位：区商务局）', '（三）强化非法改装整治。依法查处非法改装、拼装电动自', '行车和“解码提速”等行为，加大对维修门店的检查频次，对违规', '维修经营户依法从严处理。（牵头单位：区市场监督管理局；配',
      '合单位：区公安分局交警大队）'];
    const document = extract(lines.join('\n'));
    expect(document.tasks.map((t) => t.text.includes('\n'))).toEqual([false, false, false]);
    expect(document.tasks[1]!.text).toBe('强化销售环节监管。对电动自行车销售门店、电商平台网店开展全覆盖检查,严厉打击销售拼装、改装车辆及不合格电池等违法行为,推动建立销售台账。');
  });
});

describe('probe round 84: township plans (三星堆, 丰源, 依汶, 大石, 仁和)', () => {
  it('should read `以上第1—3项：` with labelled fields after it as the note of the three tasks above', () => {
    const document = extract(['一、重点任务', '1.分解落实种植任务。', '2.推广“稻油轮作”模式。', '3.加强农业社会化服务。',
      '以上第1—3项：牵头领导：镇党委委员、副镇长 李建华；牵头单位：镇农业农村服务中心；配合单位：镇财政所；责任单位：各村（社区）。', '4.开展耕地“进出平衡”。（责任单位：镇自然资源所）'].join('\n'));
    expect(units(document)).toEqual([
      ...['1.1', '1.2', '1.3'].map((id) => `${id} 镇农业农村服务中心:lead 镇财政所:support 各村(社区):responsible`), '1.4 镇自然资源所:responsible',
    ]);
  });

  it('should read a task\'s last sentence opening with who does it, when or how after it (`村人民调解委员会负责，每月底前整理归档。`)', () => {
    const [task] = extract(['一、重点任务', '6.规范台账管理。纠纷受理、调解、回访全程留痕。村人民调解委员会负责，每月底前整理归档。'].join('\n')).tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['村人民调解委员会:responsible']);
    expect(task!.text).toBe('规范台账管理。纠纷受理、调解、回访全程留痕。');
  });

  it('should spread the office of the carrier written in full to the brands before it, and read bare township stations', () => {
    const document = extract(['一、重点任务', '1.推进5G基站建设。（责任单位：县工信局；配合单位：县移动、联通、电信公司）', '2.推进通信设施改造。由镇城乡建设办公室牵头，供电所、移动、联通、电信依汶支局配合。',
      '二、组织机构', '成立防汛防台指挥部，下设办公室和两个工作组。', '综合协调组：由党政办牵头，应急办参与，负责信息汇总。', '宣传报道组：由党建办牵头，融媒体工作站参与，负责宣传引导。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 县工信局:responsible 县移动公司:support 县联通公司:support 县电信公司:support', '1.2 镇城乡建设办公室:lead 供电所:support 移动依汶支局:support 联通依汶支局:support 电信依汶支局:support',
      '2.N1 党政办:lead 应急办:support', '2.N2 党建办:lead 融媒体工作站:support',
    ]);
  });

  it('should name no unit of persons by their post (`包村干部具体督导`, `村法律顾问`), and keep `各社区党委、居委会` one group', () => {
    const document = extract(['一、重点任务', '1.推进工作。（责任单位：镇经济发展办公室、各村（社区）；包村领导、包村干部具体督导）', '2.推进法律服务。（责任主体：村法律顾问、村妇联，镇司法所业务指导）',
      '3.加强网格管理。推进网格化服务。各社区党委、居委会负总责，街道网格化服务管理中心统筹调度。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 镇经济发展办公室:responsible 各村(社区):responsible', '1.2 村妇联:responsible 镇司法所:support', '1.3 各社区党委、居委会:lead 街道网格化服务管理中心:lead',
    ]);
  });
});

describe('probe round 85: the note families of the brief (信丰, 横琴, 攸县, 河南)', () => {
  it('should read a division inside the paragraph when a deadline or a helper\'s part closes its sentence', () => {
    const document = extract(['一、重点任务', '（一）畅通道路。打通县城断头路5条，由县住建局牵头，县自然资源局、嘉定镇配合，2023年10月底前完工；改造提升背街小巷20条，由县城管局负责；优化交通组织，县公安局交警大队牵头，县城管局、县住建局配合。',
      '（二）实施生态修复工程。推进岸线综合整治，由县水利局负责，赣州市信丰生态环境局配合做好水质监测；实施城区山体修复3处（县自然资源局负责），完成裸露山体复绿面积120亩。',
      '（三）整治河道。实施河道清淤8公里，由县水利局牵头，县农业农村局配合，2024年6月底前完成。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 县住建局:lead 县自然资源局:support 嘉定镇:support 县城管局:responsible 县公安局交警大队:lead',
      '1.2 县水利局:responsible 赣州市信丰生态环境局:support 县自然资源局:responsible',
      '1.3 县水利局:lead 县农业农村局:support',
    ]);
    expect(document.tasks[2]!.deadline).toBe('2024年6月底前');
  });

  it('should read `統籌部門：` as the lead\'s label and a bare `協辦` as support, and mark `各產業主管部門` generic', () => {
    const document = extract(['一、重點任務', '1.推進跨境商事登記便利化。', '統籌部門：經濟發展局', '協辦部門：商事服務局、財政局', '2.完善產業扶持政策。由財政局負責，各產業主管部門配合。',
      '3.推動藥品審評認證。由廣東省藥品監督管理局橫琴審評認證分中心負責，經濟發展局協辦。'].join('\n'));
    expect(units(document)).toEqual([
      '1.1 經濟發展局:lead 商事服務局:support 財政局:support', '1.2 財政局:responsible 各產業主管部門:support:generic',
      '1.3 廣東省藥品監督管理局橫琴審評認證分中心:responsible 經濟發展局:support',
    ]);
  });

  it('should join a labelled note\'s second line naming more units in their role (`…（牵头）、Y` / `Z、W（配合）`)', () => {
    const document = extract(['一、重点任务', '（五）推进畜禽粪污资源化利用。', '责任单位：县农业农村局（牵头）、县畜牧水产事务中心', '县供销社、各镇（街道）（配合）'].join('\n'));
    expect(units(document)).toEqual(['1.5 县农业农村局:lead 县畜牧水产事务中心:responsible 县供销社:support 各镇(街道):support']);
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text')).toEqual([]);
  });

  it('should keep `各省辖市、济源示范区、航空港区人民政府` one group, the zones among the places', () => {
    const document = extract(['一、重点任务', '1.推进高校毕业生就业。（省人力资源社会保障厅牵头，各省辖市、济源示范区、航空港区人民政府负责）'].join('\n'));
    expect(units(document)).toEqual(['1.1 省人力资源社会保障厅:lead 各省辖市、济源示范区、航空港区人民政府:responsible']);
  });
});

describe('probe round 87: random samples of 2023–2025 (商丘, 如皋, 宜都)', () => {
  it('should read a place\'s newspaper and broadcaster named without its level word among a division\'s helpers', () => {
    const document = extract(['一、重点任务', '（一）加强宣传引导。市委宣传部牵头，市农业农村局、商丘日报社、商丘广播电视台配合，通过多种形式宣传秸秆禁烧政策。'].join('\n'));
    expect(units(document)).toEqual(['1.1 市委宣传部:lead 市农业农村局:support 商丘日报社:support 商丘广播电视台:support']);
  });

  it('should keep the work named before 由 out of the unit\'s name (`宣传报道由市融媒体中心负责。`)', () => {
    const document = extract(['一、重点任务', '（二）加强宣传。开展宣传活动。宣传报道由市融媒体中心负责。'].join('\n'));
    expect(units(document)).toEqual(['1.2 市融媒体中心:responsible']);
  });

  it('should take no deadline from a date saying what was registered by it (`2018年4月30日前注册登记的新能源乘用车`)', () => {
    const [task] = extract(['一、重点任务', '（一）支持汽车报废更新。对2018年4月30日前注册登记的新能源乘用车并购买新车的给予补贴。（责任单位：市商务局）'].join('\n')).tasks;
    expect(task!.deadline).toBeNull();
  });

  it('should know Hubei\'s 水利和湖泊局 and the centres of grain reserves, the hotline and state assets, and 省政府国资委', () => {
    const document = extract(['一、重点任务', '1.推进工作。（责任单位：市水利和湖泊局、市粮食和物资储备中心、市政务服务便民热线服务中心、市国有资产服务中心、省政府国资委）'].join('\n'));
    expect(document.diagnostics.map((d) => d.code)).not.toContain('unknown-unit');
    expect(document.tasks[0]!.units.map((u) => u.canonical).at(-1)).toBe('省国有资产监督管理委员会');
  });

  it('should name a working group\'s line by its id in the message that its units come from its text', () => {
    const document = extract(['一、组织机构', '成立防汛抗旱指挥部，下设办公室和两个工作组。', '综合协调组：由市水利和湖泊局牵头，市气象局参与，负责会商研判。', '抢险救援组：由市应急管理局牵头，市消防救援大队参与，负责抢险救援。'].join('\n'));
    expect(document.diagnostics.filter((d) => d.code === 'units-from-text').map((d) => d.message.slice(0, 6))).toEqual(['任务“N1”', '任务“N2”']);
  });
});

describe('probe round 90: 政法 and 平安建设 plans (沂南, 德阳)', () => {
  it('should keep a duty line\'s own unit beside the bodies a clause closing it hands the work down to', () => {
    const document = extract(['四、职责分工', '（二）县人民法院：负责深化诉源治理，推动人民法庭进驻乡镇综治中心，对诉前调解案件开展司法确认，县人民法院各人民法庭具体实施。'].join('\n'));
    expect(units(document)).toEqual(['4.2 县人民法院:responsible 县人民法院各人民法庭:responsible']);
  });

  it('should read no units in a closing chapter of requirements, in a plan whose tasks named theirs in sentences', () => {
    const document = extract(['二、重点任务', '1.深化线索核查。加强线索摸排和分类处置，由市委政法委牵头，市公安局、市检察院配合。',
      '四、工作要求', '各县（市、区）、各成员单位要落实主体责任，主要负责同志为第一责任人。市扫黑办将适时对各地工作推进情况开展督导。'].join('\n'));
    expect(units(document)).toEqual(['2.1 市委政法委:lead 市公安局:support 市检察院:support', '4 ']);
    // …where no task named its units, the chapter is all the plan says of who does what
    expect(units(extract(['四、工作要求', '各县（市、区）要落实主体责任，主要负责同志为第一责任人。'].join('\n')))).toEqual(['4 各县(市、区):responsible']);
  });

  it('should read a class of bodies that a closing 由 clause gives the work, a manner between', () => {
    const document = extract(['二、重点任务', '5.深化行业乱象整治。聚焦自然资源、交通运输、工程建设等重点行业领域，由各行业主管部门按照“管行业必须管扫黑”要求分别负责。'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.role}:${u.generic}`)).toEqual(['各行业主管部门:responsible:true']);
  });
});

describe('probe round 91: housing plans of the Northeast, and provincial plans beside the plans copying them (科右前旗, 铁岭, 株洲, 安徽, 湖北, 宜昌)', () => {
  it('should read no office in a count (`养老服务站2处`), and the units of the clause after it', () => {
    const document = extract(['一、重点任务', '1.完善配套设施。新建社区嵌入式养老服务站2处、普惠托育点1处，县民政局、县卫健局负责。'].join('\n'));
    expect(units(document)).toEqual(['1.1 县民政局:responsible 县卫健局:responsible']);
  });

  it('should keep 各县市党委、政府 whole before what it sees to after 负责', () => {
    const document = extract(['一、重点任务', '1.加强监管。全面排查隐患（责任单位：州住建局、各县市党委、政府负责落实属地监管责任）',
      '2.加强监管。全面排查隐患（责任单位：州住建局、各县市党委、政府负责抓好落实）', '3.加强监管。全面排查隐患（责任单位：州住建局、各县市党委、政府负责日常监管）'].join('\n'));
    expect(units(document)).toEqual(['1.1 州住建局:responsible 各县市党委、政府:responsible', '1.2 州住建局:responsible 各县市党委、政府:responsible', '1.3 州住建局:responsible 各县市党委、政府:responsible']);
  });

  it('should give the districts listed before a district\'s bureau each its bureau', () => {
    const document = extract(['一、重点任务', '1.推进改造。（牵头单位：市住房和城乡建设局；责任单位：荷塘区、芦淞区、石峰区、天元区、渌口区住房和城乡建设局）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['市住房和城乡建设局', ...['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区'].map((place) => `${place}住房和城乡建设局`)]);
  });

  it('should read no unit in the section of the bureau a report is sent to (`报省发展改革委（地区振兴处）`)', () => {
    const document = extract(['一、重点任务', '（八）加强资金监管。', '牵头单位：省发展改革委', '配合单位：省财政厅', '各市发展改革委要会同相关部门参照本方案细化分工，于4月15日前报省发展改革委（地区振兴处）。'].join('\n'));
    expect(units(document)).toEqual(['1.8 省发展改革委:lead 省财政厅:support']);
    expect(document.tasks[0]!.deadline).toBeNull();
  });

  it('should report a statement for every task that says it is not listed again, inside the cover sentence\'s brackets', () => {
    const document = extract(['现就重点任务分工如下（各项任务中列第一位的为牵头单位，其他为配合单位；各市、州、县人民政府负责本地区任务落实，不再列出）：', '一、重点任务',
      '1.发展银发经济。（省民政厅、省发展改革委）'].join('\n'));
    expect(document.diagnostics.filter((d) => d.code === 'document-statement').map((d) => d.message)).toEqual(['全文性责任表述“各市、州、县人民政府负责本地区任务落实,不再列出”未计入各任务的责任单位']);
    expect(units(document)).toEqual(['1.1 省民政厅:lead 省发展改革委:support']);
  });

  it('should say that a task\'s units come from the divisions in its text, not that it has no note', () => {
    const document = extract(['一、重点任务', '5.推进适老化改造。完成家庭适老化改造600户，由市民政局负责；推进老旧小区加装电梯100台，由市住建局负责，市市场监管局配合做好电梯安全监管。'].join('\n'));
    expect(document.diagnostics.filter((d) => d.code === 'units-from-text').map((d) => d.message)).toEqual([
      '任务“5.”没有括号或标注的责任表述，责任单位取自正文的分工表述“市民政局负责 市住建局负责 市市场监管局配合”',
    ]);
  });
});

describe('probe round 92: infrastructure plans with state companies, and social-sector plans (宜宾, 沂水, 赣州, 鹿邑, 宁都)', () => {
  it('should read a company whose registered name holds a bracket as a clause\'s subject (`四川宜宾港（集团）有限公司负责`)', () => {
    const document = extract(['一、重点任务', '（三）提升港口能级。新增集装箱吞吐能力30万标箱。四川宜宾港（集团）有限公司负责，市交通运输局、市港航事业发展中心配合。'].join('\n'));
    expect(units(document)).toEqual(['1.3 四川宜宾港(集团)有限公司:responsible 市交通运输局:support 市港航事业发展中心:support']);
  });

  it('should read those who see to the land and its approvals in a division as supporting', () => {
    const document = extract(['一、重点任务', '（二）建设乡镇（街道）综合养老服务中心。由县民政局牵头，各乡镇人民政府、街道办事处具体实施，县自然资源局、县住房城乡建设局保障用地和建设审批。'].join('\n'));
    expect(units(document)).toEqual(['1.2 县民政局:lead 各乡镇人民政府、街道办事处:responsible 县自然资源局:support 县住房城乡建设局:support']);
  });

  it('should keep a duty line\'s helper whose work names a place (`配合做好县城充电站电力接入`), and those it works with (`会同Y做好…`)', () => {
    const document = extract(['三、职责分工', '（一）国网沂水县供电公司：负责配套电网建设改造和充电设施报装接电；县城投集团配合做好县城公共充电站电力接入。',
      '（二）县住房和城乡建设局：负责居住社区充电设施建设的指导监管，会同县消防救援大队做好居住社区充电安全管理。'].join('\n'));
    expect(units(document)).toEqual(['3.1 国网沂水县供电公司:responsible 县城投集团:support', '3.2 县住房和城乡建设局:responsible 县消防救援大队:support']);
  });

  it('should mark the companies of any trade under 各, or named by what they run, generic', () => {
    const document = extract(['一、重点任务', '（六）规范运营。（责任单位：市发改委、市市场监管局，各充电设施运营企业、各港口企业、各新能源汽车生产企业、充电设施运营企业）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['市发改委:false', '市市场监管局:false', '各充电设施运营企业:true', '各港口企业:true', '各新能源汽车生产企业:true', '充电设施运营企业:true']);
    // …but a level's own companies are named (渝北 probe round 64)
    expect(extract(['一、重点任务', '10.发挥区属国有企业作用。（区国资委牵头，各区属国有企业负责）'].join('\n')).tasks[0]!.units.map((u) => `${u.name}:${u.generic}`)).toEqual(['区国资委:false', '各区属国有企业:false']);
  });

  it('should let a project table\'s columns give its roles under a first-listed convention, and link no project by shared words', () => {
    const document = extract(['（各项任务中排在第一位的为牵头单位，其他为配合单位）', '二、重点任务', '（一）加快城市公共充电网络建设。在中心城区新建公共充电站。（市发改委、市住建局、国网赣州供电公司）',
      '附件', '赣州市2024年充电基础设施重点项目表', '序号|项目名称|建设内容及规模|总投资|建设单位|牵头单位|建设起止年限',
      '1|赣州市中心城区公共充电站建设项目|新建公共充电站20座|1.2亿元|赣州城投集团|市发改委|2024—2025年'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => `${row.task ?? null} ${row.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual(['null 赣州城投集团:responsible 市发改委:lead']);
    expect(units(document)).toEqual(['2.1 市发改委:lead 市住建局:support 国网赣州供电公司:support']);
  });

  it('should read the office that signs, not the bureau lending its seal (`（宁都县民政局代章）`)', () => {
    const document = extract(['各乡镇人民政府：', '现将《宁都县困境儿童关爱保护三年行动实施方案》印发给你们，请认真贯彻执行。', '宁都县未成年人保护工作领导小组办公室', '（宁都县民政局代章）', '2024年4月12日',
      '宁都县困境儿童关爱保护三年行动实施方案', '一、重点任务', '1.建立关爱台账。（县民政局负责）'].join('\n'));
    expect(document.meta.issuers).toEqual(['宁都县未成年人保护工作领导小组办公室']);
    expect(document.meta.date).toBe('2024-04-12');
  });

  it('should know 村（居）委会, a county\'s second people\'s hospital and 乡村振兴事务中心', () => {
    const document = extract(['一、重点任务', '1.推进工作。（责任单位：县民政局、各村（居）委会、县第二人民医院、县乡村振兴事务中心）'].join('\n'));
    expect(document.diagnostics.map((d) => d.code)).not.toContain('unknown-unit');
    expect(document.tasks[0]!.units.map((u) => u.level)).toEqual(['县', '村', '县', '县']);
  });
});

describe('probe round 94: a 2026 sample and plans full of time limits (新铺, 蓬溪, 石门)', () => {
  it('should give the villages listed before a village committee each its committee (`黄坑村、同福村委会`)', () => {
    const document = extract(['一、重点任务', '1.整治村庄环境。（责任单位：黄坑村、同福村委会）'].join('\n'));
    expect(document.tasks[0]!.units.map((u) => u.name)).toEqual(['黄坑村委会', '同福村委会']);
  });

  it('should read `督促：` and `财务保障：` as labels of those who support', () => {
    const document = extract(['一、重点任务', '1.加强烟花爆竹安全管理。（责任单位：县应急局；督促：镇应急管理办公室）', '2.保障项目资金。（牵头股室：综合股；配合股室：运输股；财务保障：财务股）'].join('\n'));
    expect(units(document)).toEqual(['1.1 县应急局:responsible 镇应急管理办公室:support', '1.2 综合股:lead 运输股:support 财务股:support']);
  });
});

describe('probe round 95: the corpus provinces\' plans with mixed note styles, and messy copies (延边, 民政, 湖镇)', () => {
  it('should read a labelled note\'s next line that closes with who carries it out (`各县（市）人民政府（落实）`)', () => {
    const document = extract(['一、重点任务', '1.推进农村公路建设。', '责任单位：州交通运输局（牵头）、州财政局', '各县（市）人民政府（落实）'].join('\n'));
    expect(units(document)).toEqual(['1.1 州交通运输局:lead 州财政局:responsible 各县(市)人民政府:responsible']);
    expect(document.tasks[0]!.text).toBe('推进农村公路建设。');
  });

  it('should read each sentence that names its work and then who does it (`农村生活垃圾治理由州住建局负责；…`)', () => {
    const document = extract(['一、重点任务', '2.推进农村环境治理。农村生活垃圾治理由州住建局负责；农村生活污水治理由州生态环境局负责，州农业农村局配合。'].join('\n'));
    expect(units(document)).toEqual(['1.2 州住建局:responsible 州生态环境局:responsible 州农业农村局:support']);
  });

  it('should leave a division naming tasks by their numbers to the division (`第6项由X负责；第7项由Y负责。`)', () => {
    const document = extract(['一、重点措施', '1.支持住房需求。对购买新建商品住房的给予补贴。', '2.加大公积金支持力度。提高贷款额度。', '',
      '以上措施第1项由市住房和城乡建设局负责，市税务局配合；第2项由市住房公积金中心负责。'].join('\n'));
    expect(units(document)).toEqual(['1.1 市住房和城乡建设局:responsible 市税务局:support', '1.2 市住房公积金中心:responsible']);
  });

  it('should read `X负责，Y保障资金` closing a sentence, with no 由', () => {
    const document = extract(['一、重点任务', '3.建设养老设施。新建日间照料中心5个，县民政局负责，县财政局保障资金。'].join('\n'));
    expect(units(document)).toEqual(['1.3 县民政局:responsible 县财政局:support']);
    // …in a plan that marks its other notes too (喀左 probe round 95), as a clause closing the sentence
    const marked = extract(['一、重点任务', '8.改善农村人居环境。（责任单位：县住建局）',
      '9．发展农村养老服务。建设乡镇区域养老服务中心2个、村级互助幸福院10个，县民政局负责，县财政局保障资金。'].join('\n'));
    expect(units(marked)).toEqual(['1.8 县住建局:responsible', '1.9 县民政局:responsible 县财政局:support']);
  });

  it('should cut the next item glued after a note on a line of its own', () => {
    const document = extract(['一、重点任务', '1.消防安全。', '(1)对沿街店面开展消防检查；', '（2）推进电动自行车集中充电设施建设。',
      '（责任科室：镇消防工作站；配合：镇平安法治办公室、各村（社区））2.道路交通安全。加强农村道路管控。（责任科室：镇平安法治办公室；配合：湖镇交警中队）'].join('\n'));
    expect(document.tasks.map((t) => t.path.at(-1))).toEqual(['1.', '2.']);
    expect(units(document)).toEqual(['1.1 镇消防工作站:responsible 镇平安法治办公室:support 各村(社区):support', '1.2 镇平安法治办公室:responsible 湖镇交警中队:support']);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('numbering-gap');
  });
});
