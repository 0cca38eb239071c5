// Appendix responsibility tables: headers by meaning, flattened text forms, grids, links to tasks.
import { describe, expect, it } from 'vitest';
import { linkTableRows } from '../../src/extractors/link-tables.js';
import { readLegend } from '../../src/extractors/matrix.js';
import { columnKind, isHeaderRow } from '../../src/extractors/table-header.js';
import { cellNoteContent, gridToRawTable, readsAsUnits, readTable } from '../../src/extractors/tables.js';
import { NoteCache } from '../../src/extractors/responsibility-note.js';
import { readTextTable } from '../../src/extractors/text-tables.js';
import { writtenUnit } from '../../src/extractors/units.js';
import type { ResponsibilityTable, Task } from '../../src/model/document.js';
import { readTextLines } from '../../src/readers/text.js';
import { extract, extractAsync } from '../../src/index.js';
import { makeXlsx } from '../readers/make-xlsx.js';

const table = (text: string): ResponsibilityTable => {
  const lines = readTextLines(text);
  const raw = readTextTable(lines, 0, lines.length, '责任清单');
  if (!raw) throw new Error('no table');
  return readTable(raw, { convention: null });
};
const units = (t: ResponsibilityTable) => t.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`));

describe('table headers', () => {
  it('should know the columns by meaning, whatever their order', () => {
    expect(['序号', '重点工作', '责任部门', '配合单位', '完成时限', '牵头单位', '备注'].map(columnKind)).toEqual([
      'no', 'text', 'responsible', 'support', 'deadline', 'lead', 'other',
    ]);
    expect(isHeaderRow(['完成时限', '牵头单位', '工作任务'])).toBe(true);
    expect(isHeaderRow(['推进园区建设', '2022年'])).toBe(false);
  });

  it('should read a 项目名称 column as the row\'s text, as 重点任务 is (p17)', () => {
    expect(['类别', '序号', '项目名称', '目标任务', '责任领导', '牵头单位', '责任单位', '完成时限'].map(columnKind)).toEqual([
      'section', 'no', 'text', 'text', 'other', 'lead', 'responsible', 'deadline',
    ]);
    // a project list's subjects (攸县, 天宁, 通渭, 埇桥 probe round 67)
    expect(['行业主管部门', '项目主管部门', '主管单位', '实施主体', '项目实施单位', '建设单位', '建设主体', '项目法人', '属地责任单位', '监管部门', '服务单位'].map(columnKind)).toEqual([
      'lead', 'lead', 'lead', 'responsible', 'responsible', 'responsible', 'responsible', 'responsible', 'responsible', 'support', 'support',
    ]);
    expect(['项目', '重点项目', '任务名称', '建设内容', '单位名称'].map(columnKind)).toEqual(['text', 'text', 'text', 'text', null]);
  });

  it('should read a unit column\'s role with a level prefix or a suffix on it (h26 省级牵头单位 | 省级配合单位, h27 责任单位及责任人)', () => {
    expect(['省级牵头单位', '省级配合单位', '市级牵头单位', '县级责任单位', '主要责任单位', '责任单位（部门）', '责任单位及责任人', '牵头单位及责任人', '牵头单位/配合单位', '责任单位(牵头单位)', '责任股室', '责任领导及单位'].map(columnKind)).toEqual([
      'lead', 'support', 'lead', 'responsible', 'responsible', 'responsible', 'responsible', 'lead', 'lead', 'lead', 'responsible', 'responsible',
    ]);
    expect(['责任单位/责任人', '责任单位（牵头单位列第一位）', '县级牵头领导'].map(columnKind)).toEqual(['responsible', 'responsible', 'other']);
    // a person column stays no unit column
    expect(['责任领导', '责任人', '县级领导', '联系人及电话'].map(columnKind)).toEqual(['other', 'other', 'other', 'other']);
    expect(isHeaderRow(['序号', '重点任务', '省级牵头单位', '省级配合单位', '完成时限'])).toBe(true);
  });

  it('should know a deadline column by its other names (h27 整改时限)', () => {
    expect(['整改时限', '完成期限', '截止时间', '办结时间', '完成时间节点', '实施期限', '推进时限', '完成时限（年月）'].map(columnKind)).toEqual(Array(8).fill('deadline'));
  });

  it('should read a duty, a problem or an indicator column as the row\'s text (h25 工作职责, h27 存在问题)', () => {
    expect(['工作职责', '主要职责', '存在问题', '指标名称'].map(columnKind)).toEqual(['text', 'text', 'text', 'text']);
  });
});

describe('readTextTable', () => {
  it('should read one cell per line, a unit cell wrapped over two lines staying in its row (jilin 附表 row 6)', () => {
    const t = table([
      '序号', '重点工作', '责任部门',
      '6', '推进镇区与县城、村庄交通设施互联互通，鼓励对公路、乡镇客运站等设施升级改造。',
      '市、县级党委、政府；', '省交通运输厅、省住房城乡建设厅、省公安厅按职责分工负责',
      '7', '注重应用海绵城市理念，尊重原有地形地貌。', '市、县级党委、政府；', '省住房城乡建设厅',
    ].join('\n'));
    expect(t.rows.map((r) => r.no)).toEqual(['6', '7']);
    expect(units(t)).toEqual([
      ['市、县级党委、政府:responsible', '省交通运输厅:responsible', '省住房城乡建设厅:responsible', '省公安厅:responsible'],
      ['市、县级党委、政府:responsible', '省住房城乡建设厅:responsible'],
    ]);
  });

  it('should go on past a unit cell that says none (`/`, `—`, `无`), the next cell filling the next unit column (霍山 probe round 21)', () => {
    for (const none of ['/', '—', '无']) {
      const t = table([
        '序号', '重点任务', '牵头单位', '配合单位',
        '8', '推进“四好农村路”提质，新改建农村公路80公里', '县交通运输局', none,
        '9', '实施省级中心村建设，启动建设省级中心村8个', '县农业农村局', '县财政局、县住建局',
      ].join('\n'));
      expect(t.rows.map((r) => [r.no, r.text])).toEqual([['8', '推进“四好农村路”提质,新改建农村公路80公里'], ['9', '实施省级中心村建设,启动建设省级中心村8个']]);
      expect(units(t)).toEqual([['县交通运输局:lead'], ['县农业农村局:lead', '县财政局:support', '县住建局:support']]);
    }
  });

  it('should join a branch wrapped onto a line of its own to the office it belongs to (round 3 前郭县 附表 row 6)', () => {
    const t = table(['序号', '重点工作', '责任部门', '6', '注重应用海绵城市理念，推进雨污分流排水管网改造升级。', '各乡镇党委、政府；县住建局、松原市生态环境局', '前郭县分局', '7', '健全养老育幼基本公共服务体系。', '县民政局'].join('\n'));
    expect(units(t)).toEqual([['各乡镇党委、政府:responsible', '县住建局:responsible', '松原市生态环境局前郭县分局:responsible'], ['县民政局:responsible']]);
  });

  it('should read a unit cell naming units the dictionary does not know beside ones it knows, and go on past it (round 7 牡丹江)', () => {
    const t = table([
      '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '7', '开通重点景区冬季旅游直通车线路10条', '市交通运输局', '市文化广电和旅游局、牡丹江海浪国际机场', '2024年11月底前',
      '8', '开展冰雪旅游市场专项整治，严厉查处宰客欺客行为', '市市场监督管理局', '市公安局、市文化广电和旅游局', '2024年12月底前',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text, r.deadline])).toEqual([['7', '开通重点景区冬季旅游直通车线路10条', '2024年11月底前'], ['8', '开展冰雪旅游市场专项整治,严厉查处宰客欺客行为', '2024年12月底前']]);
    expect(units(t)).toEqual([
      ['市交通运输局:lead', '市文化广电和旅游局:support', '牡丹江海浪国际机场:support'],
      ['市市场监督管理局:lead', '市公安局:support', '市文化广电和旅游局:support'],
    ]);
    // fewer than half of the names units: no unit list
    expect(readsAsUnits('文化广场、县图书馆、滨河公园、牡丹江海浪国际机场', new NoteCache())).toBe(false);
    expect(readsAsUnits('市文化广电和旅游局、牡丹江海浪国际机场', new NoteCache())).toBe(true);
  });

  it('should read cells between | lines, a section cell carried as the row\'s section (yanbian 附件2)', () => {
    const t = table(['序号', '|', '重点工作', '|', '责任单位', '|', '1', '|', '(一)推进产业项目建设,提升造血能力', '|',
      '完善园区基础设施。推进园区与镇区基础设施共建共享。', '|', '各县(市)党委、政府;州住建局、州商务局按职责分工负责', '|',
      '2', '|', '加快产业服务平台建设。持续推进简政放权。', '|', '各县(市)党委、政府', '|'].join('\n'));
    expect(t.columns).toEqual(['序号', '重点工作', '责任单位']);
    expect(t.rows.map((r) => [r.no, r.section, r.text.slice(0, 8)])).toEqual([
      ['1', '(一)推进产业项目建设,提升造血能力', '完善园区基础设施'],
      ['2', '(一)推进产业项目建设,提升造血能力', '加快产业服务平台'],
    ]);
    expect(units(t)[0]).toEqual(['各县(市)党委、政府:responsible', '州住建局:responsible', '州商务局:responsible']);
  });

  it('should read tab-separated rows, the column giving lead and support, a wrapped line staying in its column', () => {
    const t = table('序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进农村厕所革命\t县农业农村局\t县卫健局、各乡镇人民政府\t2024年11月底前\n\t（新改建户厕1000座）\n');
    expect(units(t)).toEqual([['县农业农村局:lead', '县卫健局:support', '各乡镇人民政府:support']]);
    expect(t.rows[0]!.deadline).toBe('2024年11月底前');
    expect(t.rows[0]!.text).toBe('推进农村厕所革命(新改建户厕1000座)'); // the wrapped line stands in the text column
  });

  it('should read quoted cells as Excel writes them when it copies a table, line breaks kept inside (p31)', () => {
    const t = table([
      '序号\t改革事项\t主要任务\t责任单位\t完成时限',
      '1\t开办企业\t"推行企业开办“一网通办”',
      '企业开办时间压缩至0.5个工作日"\t牵头：市市场监管局；配合：市税务局、市公安局\t2024年6月',
      '3\t获得电力\t"低压小微企业接电""三零""服务"\t牵头：国网衡阳供电公司；配合：市发改委\t2024年12月',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text, r.deadline, r.line])).toEqual([
      ['1', '开办企业\n推行企业开办“一网通办”\n企业开办时间压缩至0.5个工作日', '2024年6月', 2],
      ['3', '获得电力\n低压小微企业接电"三零"服务', '2024年12月', 4],
    ]);
    expect(units(t)).toEqual([
      ['市市场监管局:lead', '市税务局:support', '市公安局:support'],
      ['国网衡阳供电公司:lead', '市发改委:support'],
    ]);
  });

  it('should keep a quote that never closes as text, not swallow the rows after it', () => {
    const t = table('序号\t重点任务\t责任单位\n1\t"推进园区建设\t州住建局\n2\t加强宣传\t州委宣传部');
    expect(t.rows.map((r) => r.no)).toEqual(['1', '2']);
  });

  it('should join the cells a PDF copied as text wrapped onto indented lines, each under its column (round 5 ningcheng, tianshui)', () => {
    const t = table([
      '序号    工作任务                  责任领导    牵头单位        配合单位            完成时限       备注',
      '一、稳定粮食生产',
      '1     落实粮食播种面积210万亩以上，其中玉米  刘志军     县农牧局        各乡镇人民政府         2024年10月底  按月报送进度',
      '      150万亩，确保粮食总产稳定在16亿斤以',
      '      上。',
      '2     新建高标准农田12万亩，同步推进高效节水  刘志军     县农牧局        县财政局、县水利局、县自然资  2024年11月底',
      '      灌溉。                                       源局',
      '5     发展肉牛产业，肉牛存栏达到36万头，建设  孙海涛     县农牧局        县畜牧服务中心、各乡镇人民政  2024年12月底',
      '      标准化养殖场20个。                                府',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text, r.deadline])).toEqual([
      ['1', '落实粮食播种面积210万亩以上,其中玉米150万亩,确保粮食总产稳定在16亿斤以上。', '2024年10月底'],
      ['2', '新建高标准农田12万亩,同步推进高效节水灌溉。', '2024年11月底'],
      ['5', '发展肉牛产业,肉牛存栏达到36万头,建设标准化养殖场20个。', '2024年12月底'],
    ]);
    expect(units(t)).toEqual([
      ['县农牧局:lead', '各乡镇人民政府:support'],
      ['县农牧局:lead', '县财政局:support', '县水利局:support', '县自然资源局:support'],
      ['县农牧局:lead', '县畜牧服务中心:support', '各乡镇人民政府:support'],
    ]);
  });

  it('should join a | row without a 序号 under a numbered row to it, cell by cell (round 4 弥勒 row 5)', () => {
    const t = table([
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| 5 | 推动湖泉生态园、红河水乡等景区提质升级， | 市文旅局 | 湖泉生态旅游开发有限公司、 | 2024年12月底 |',
      '|   | 争创国家5A级旅游景区1个 |  | 东风韵景区管理有限公司 |  |',
      '| 6 | 培育旅游名村5个 | 市农业农村局 | 各镇人民政府 | 2024年11月底 |',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text])).toEqual([['5', '推动湖泉生态园、红河水乡等景区提质升级,争创国家5A级旅游景区1个'], ['6', '培育旅游名村5个']]);
    expect(units(t)[0]).toEqual(['市文旅局:lead', '湖泉生态旅游开发有限公司:support', '东风韵景区管理有限公司:support']);
  });

  it('should read a line without a 序号 that fills every cell of the row above as a row of its own, under the merged 序号 (probe round 10 鹿城, 淄博)', () => {
    const lucheng = table([
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '2\t深化城镇燃气安全专项整治，完成老旧燃气管道更新改造12公里。\t区住建局\t区市场监管局、区消防救援大队\t2024年10月底前',
      '\t开展瓶装液化石油气“打非治违”专项行动，全面推广“瓶改管”。\t同上\t区市场监管局、区商务局、各街道（镇）\t2024年9月底前',
      '3\t开展自建房安全专项整治，完成经营性自建房安全隐患整治销号。\t区住建局\t区自然资源和规划分局、各街道（镇）\t2024年12月底前',
    ].join('\n'));
    expect(lucheng.rows.map((r) => [r.no, r.deadline])).toEqual([['2', '2024年10月底前'], ['2', '2024年9月底前'], ['3', '2024年12月底前']]);
    // 同上 in the lead's cell: the lead of the row above
    expect(units(lucheng)[1]).toEqual(['区住建局:lead', '区市场监管局:support', '区商务局:support', '各街道(镇):support']);
    const zibo = table([
      '| 序号 | 重点任务 | 责任单位（排在第一位的为牵头单位） | 完成时限 |',
      '|------|----------|------------------------------------|----------|',
      '| 5 | 在夜间经济集聚区周边增设临时停车泊位，夜间时段实行停车优惠。 | 市公安局、市城市管理局、各区县政府 | 2024年6月底前 |',
      '|   | 推行夜间经济集聚区“外摆”规范管理，划定外摆经营区域。 | 市城市管理局、各区县政府 | 2024年6月底前 |',
      '| 6 | 加强夜间经济集聚区食品安全监管，开展夜市食品安全专项检查。 | 市市场监管局 | 持续推进 |',
    ].join('\n'));
    expect(zibo.rows.map((r) => r.no)).toEqual(['5', '5', '6']);
    expect(zibo.rows[1]!.text).toBe('推行夜间经济集聚区“外摆”规范管理,划定外摆经营区域。');
  });

  it('should read 主责科室 as the lead\'s column beside 协同科室, and the signature under the rows as no cell (天子湖 probe round 56)', () => {
    const t = table(['序号\t重点任务\t主责科室\t协同科室\t完成时限', '1\t推进美丽乡村建设。\t农业农村办\t财政办、各村\t2025年12月', '', '天子湖镇人民政府', '2025年2月17日'].join('\n'));
    expect(units(t)[0]).toEqual(['农业农村办:lead', '财政办:support', '各村:support']);
    expect(t.rows.map((row) => row.deadline)).toEqual(['2025年12月']);
  });

  it('should read a problem\'s second measure, its 序号 and 反馈问题 merged down, as a row of its own (双沟 probe round 53)', () => {
    const shuanggou = table([
      '序号\t反馈问题\t整改措施\t责任领导\t责任部门\t完成时限',
      '1\t乡村振兴政策落实不到位，部分村集体经济项目收益低，个别项目闲置。\t对全镇村集体经济项目逐一开展绩效评估，对闲置项目通过盘活、租赁等方式提高收益。\t镇党委副书记 孙某某\t镇农业农村局、镇财政和资产管理局\t2025年5月底前',
      '\t\t建立村集体经济项目立项论证和收益跟踪机制。\t镇党委副书记 孙某某\t镇农业农村局\t2025年6月底前',
      '2\t安全生产监管存在盲区，部分小作坊、小餐饮消防隐患整改不彻底。\t开展“九小场所”消防安全集中排查，建立隐患整改台账，逐一复查销号。\t镇党委委员、副镇长 朱某某\t镇应急管理和消防安全办公室\t2025年4月底前',
    ].join('\n'));
    expect(shuanggou.rows.map((r) => [r.no, r.text.slice(0, 8), r.deadline])).toEqual([
      ['1', '对全镇村集体经济', '2025年5月底前'], ['1', '建立村集体经济项', '2025年6月底前'], ['2', '安全生产监管存在', '2025年4月底前'],
    ]);
    expect(shuanggou.rows[1]!.section).toBe('乡村振兴政策落实不到位,部分村集体经济项目收益低,个别项目闲置。');
    expect(units(shuanggou)[1]).toEqual(['镇农业农村局:responsible']);
  });

  it('should read a .doc\'s table as word-extractor gives it: a cell\'s second paragraph on the next line, a header over two rows, cells merged down (round 6 襄阳, 景德镇)', () => {
    // word-extractor ends each row with a tab; a line without one stopped at a paragraph break inside a cell
    const xiangyang = table([
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限\t',
      '5\t落实新型政银担合作机制。\t市地方金融管理局',
      '人民银行襄阳市分行\t国家金融监督管理总局襄阳监管分局、市财政局\t2024年12月底前\t',
      '6\t支持民营企业通过多层次资本市场融资。\t市地方金融管理局\t市发展改革委\t\t',
      '7\t建立健全政府失信责任追究制度。\t\t市财政局、市国资委\t持续推进\t',
    ].join('\n'));
    expect(xiangyang.rows.map((r) => r.no)).toEqual(['5', '6', '7']);
    expect(units(xiangyang)).toEqual([
      ['市地方金融管理局:lead', '人民银行襄阳市分行:lead', '国家金融监督管理总局襄阳监管分局:support', '市财政局:support'],
      ['市地方金融管理局:lead', '市发展改革委:support'],
      // its 牵头单位 merged with the row above's
      ['市地方金融管理局:lead', '市财政局:support', '市国资委:support'],
    ]);
    const jingdezhen = table([
      '序号\t重点任务\t具体措施\t责任单位\t完成时限\t',
      '\t\t\t牵头单位\t配合单位\t\t',
      '1\t做强日用陶瓷产业\t推进日用陶瓷企业技术改造，建设智能化生产线10条。\t市陶瓷工业发展局\t市工业和信息化局、市发展改革委\t2024年12月底\t',
      '2\t\t在昌江区陶瓷产业园新建标准化厂房20万平方米。\t昌江区人民政府\t市自然资源和规划局\t2024年12月底\t',
    ].join('\n'));
    expect(jingdezhen.columns).toEqual(['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限']);
    // the 重点任务 merged down both rows groups them, as a grid's merged cell does: each row's text its measure
    expect(jingdezhen.rows.map((r) => [r.no, r.section, r.text.slice(0, 8), r.deadline])).toEqual([['1', '做强日用陶瓷产业', '推进日用陶瓷企业', '2024年12月底'], ['2', '做强日用陶瓷产业', '在昌江区陶瓷产业', '2024年12月底']]);
    expect(units(jingdezhen)).toEqual([['市陶瓷工业发展局:lead', '市工业和信息化局:support', '市发展改革委:support'], ['昌江区人民政府:lead', '市自然资源和规划局:support']]);
  });

  it('should join a Word table\'s row copied as text whose cell holds two paragraphs, its rest on the next line (round 7 瑞金)', () => {
    const t = table([
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '5\t打造沉浸式红色演艺项目《浴血瑞京》\t市文广新旅局',
      '瑞金旅游发展集团有限公司\t市委宣传部\t2024年7月底前',
      '6\t建设旅游集散中心\t市发改委\t市自然资源局、市住建局',
      '市交通运输局\t2024年12月底前',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.deadline])).toEqual([['5', '2024年7月底前'], ['6', '2024年12月底前']]);
    expect(units(t)).toEqual([
      ['市文广新旅局:lead', '瑞金旅游发展集团有限公司:lead', '市委宣传部:support'],
      ['市发改委:lead', '市自然资源局:support', '市住建局:support', '市交通运输局:support'],
    ]);
  });

  it('should take a cell a tab table copied as text leaves empty from the row above: Word and Excel copy a merged cell once (四会 probe round 48, 广东 round 4 row 3)', () => {
    const t = table(['序号\t重点任务\t工作内容\t牵头单位\t配合单位', '2\t推进规模化供水工程建设\t新建规模化水厂。\t各地级以上市人民政府\t省水利厅', '3\t\t铺设输配水管网3000公里。\t\t省水利厅'].join('\n'));
    expect(t.rows.map((r) => [r.section, r.text])).toEqual([['推进规模化供水工程建设', '新建规模化水厂。'], ['推进规模化供水工程建设', '铺设输配水管网3000公里。']]);
    expect(units(t)[1]).toEqual(['各地级以上市人民政府:lead', '省水利厅:support']);
    // a 配合单位 left empty is no merge: a task may have no one supporting it
    const unsupported = table(['序号\t重点任务\t牵头单位\t配合单位', '1\t推进供水工程建设。\t省水利厅\t省财政厅', '2\t推进管网建设。\t省住房城乡建设厅\t'].join('\n'));
    expect(units(unsupported)[1]).toEqual(['省住房城乡建设厅:lead']);
  });

  it('should read a row of a space-aligned table by where its cells stand, cells merged above it left empty (湘潭 probe round 48)', () => {
    const t = table([
      '序号  重点任务                  具体措施                                牵头单位          配合单位              完成时限',
      '1     扩大有效投资              全年实施市级重点项目300个。             市发展改革委      市财政局              2023年12月底',
      '2                               建立重大项目督办机制，按月通报。                          市政府督查室          每月',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text, r.deadline])).toEqual([['1', '全年实施市级重点项目300个。', '2023年12月底'], ['2', '建立重大项目督办机制,按月通报。', '每月']]);
    expect(units(t)[1]).toEqual(['市发展改革委:lead', '市政府督查室:support']);
  });

  it('should keep a task cell of a space-aligned table wrapped over many lines in its row, and end the table at a blank line', () => {
    const t = table([
      '序号  重点任务                  牵头单位      完成时限',
      '1     推进县城老旧小区改造，    县住建局      2024年底',
      '      完善水电气暖配套，',
      '      加装电梯20部，',
      '      新建停车位500个，',
      '      打造示范小区',
      '      一片。',
      '2     推进道路建设。            县交通局      2024年底',
      '',
      '　　各乡镇、各部门要按照分工，确保各项任务按期完成。',
    ].join('\n'));
    expect(t.rows.map((r) => [r.no, r.text])).toEqual([['1', '推进县城老旧小区改造,完善水电气暖配套,加装电梯20部,新建停车位500个,打造示范小区一片。'], ['2', '推进道路建设。']]);
  });

  it('should place a wrapped cell by display width where the copy aligned its columns so (a CJK character two wide)', () => {
    const t = table([
      '序号  重点任务                      牵头单位        配合单位',
      '1     推进麦积山石窟景区提质升级    麦积山大景区管委会  市文化和旅游局、麦积区',
      '      完善游客服务中心                                  政府',
    ].join('\n'));
    expect(units(t)).toEqual([['麦积山大景区管委会:lead', '市文化和旅游局:support', '麦积区政府:support']]);
    expect(t.rows[0]!.text).toBe('推进麦积山石窟景区提质升级完善游客服务中心');
  });

  it('should read any short name in a column a header names a unit column, as after a label (round 5 tianshui 天水机场)', () => {
    const t = table([
      '序号\t重点任务\t牵头单位\t配合单位',
      '5\t开通天水至陇南、平凉旅游直通车。\t市交通运输局\t天水机场、中国铁路兰州局集团有限公司天水车务段',
      '6\t完善重点景区停车场。\t市文化和旅游局\t无',
    ].join('\n'));
    expect(units(t)).toEqual([['市交通运输局:lead', '天水机场:support', '中国铁路兰州局集团有限公司天水车务段:support'], ['市文化和旅游局:lead']]);
  });

  it('should read a Markdown-like | table, skipping its --- line', () => {
    const t = table('| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 优化水电气报装服务 | 市发改委 | 市水务集团、国网XX供电公司 |');
    expect(units(t)).toEqual([['市发改委:lead', '市水务集团:support', '国网XX供电公司:support']]);
  });

  it('should not read lines without a header as a table', () => {
    const lines = readTextLines('延边州示范镇建设议事协调机制成员名单\n总召集人:张吉锋 州政府副州长');
    expect(readTextTable(lines, 0, lines.length, null)).toBeNull();
  });
});

describe('section rows in tables flattened into text', () => {
  const sections = (t: ResponsibilityTable) => t.rows.map((r) => [r.no, r.section, r.deadline]);

  it('should read a tab-separated line holding only a section as a section, not as the row above\'s last cell (p09)', () => {
    const t = table([
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '一、夯实数字基础设施\t\t\t\t\t',
      '2\t推进算力基础设施建设\t建成芜湖数据中心集群起步区，新增标准机架5000个\t市发展改革委\t市数据资源局、市经济和信息化局\t2023年12月底',
      '二、推动产业数字化\t\t\t\t\t',
      '3\t实施制造业数字化转型\t推动300家规上工业企业实施数字化改造\t市经济和信息化局\t市财政局\t持续推进',
    ].join('\n'));
    expect(sections(t)).toEqual([
      ['2', '一、夯实数字基础设施', '2023年12月底'],
      ['3', '二、推动产业数字化', '持续推进'],
    ]);
  });

  it('should read a section and a section under it, each carried down', () => {
    const t = table('序号\t工作任务\t责任单位\n一、产业发展\n（一）项目攻坚\n1\t新开工亿元以上产业项目60个\t市发改局');
    expect(t.rows.map((r) => r.section)).toEqual(['(一)项目攻坚']);
  });

  it('should read a section line without tabs, numbering restarting under it (p19)', () => {
    const t = table([
      '序号\t工作任务\t责任单位\t完成时限',
      '（一）产业项目攻坚行动',
      '2\t新开工亿元以上产业项目60个\t市发改局\t2024年12月',
      '（二）园区提质攻坚行动',
      '1\t浏阳经开区技工贸总收入增长10%\t浏阳经开区管委会\t2024年12月',
    ].join('\n'));
    expect(sections(t)).toEqual([
      ['2', '(一)产业项目攻坚行动', '2024年12月'],
      ['1', '(二)园区提质攻坚行动', '2024年12月'],
    ]);
  });

  it('should read a | row filled in its first cell alone as a section (p32)', () => {
    const t = table([
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 一、就业社保 | | | | |',
      '| 2 | 开展职业技能培训2万人次 | 市人社局 | 市教育局、市财政局 | 2024年12月底 |',
      '| 二、教育卫生 | | | | |',
      '| 3 | 新建公办幼儿园5所 | 市教育局 | 市住建局 | 2024年8月底 |',
    ].join('\n'));
    expect(sections(t)).toEqual([
      ['2', '一、就业社保', '2024年12月底'],
      ['3', '二、教育卫生', '2024年8月底'],
    ]);
  });

  it('should keep a wrapped line that is no section in its cell', () => {
    const t = table('序号\t重点任务\t牵头单位\t配合单位\n1\t推进农村厕所革命\t县农业农村局\t县卫健局、\n各乡镇人民政府\n2\t加强生活垃圾治理\t县城管局\t县财政局');
    expect(units(t)[0]).toEqual(['县农业农村局:lead', '县卫健局:support', '各乡镇人民政府:support']);
  });

  it('should keep a cell\'s paragraphs that a .doc gives a line each in their row, though they open like sections', () => {
    const t = table('序号\t重点任务\t牵头单位\t\n1\t推进城市更新\t\t\n一、改造老旧小区\t\t\n二、完善商业网点\t\t\n三、建设便民生活圈\t州住建局\t\n2\t发展农村电子商务\t州商务局\t');
    expect(t.rows.map((r) => r.section)).not.toContain('一、改造老旧小区');
    expect(t.rows[0]!.text).toContain('一、改造老旧小区');
  });

  it('should read a unit on a line of its own as the next unit of its cell (a .doc table: a Word cell of two paragraphs)', () => {
    const t = table('序号\t重点任务\t牵头单位\t配合单位\t\n一、实施城市更新行动\t\n\t完善城市商业网点\t州住建局\n州商务局\t\t\n二、健全县域商业体系\t\n\t发展农村电子商务\t州商务局\t州邮政管理局\t');
    expect(units(t)).toEqual([['州住建局:lead', '州商务局:lead'], ['州商务局:lead', '州邮政管理局:support']]);
    expect(t.rows.map((r) => r.section)).toEqual(['一、实施城市更新行动', '二、健全县域商业体系']);
  });

  it('should read a section cell standing before a row\'s 序号 in a one-cell-per-line table, and go on past it (p10)', () => {
    const t = table([
      '序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限',
      '一、政务服务',
      '1', '推进“高效办成一件事”', '年内推出企业和个人全生命周期“一件事”20个', '市政务服务中心', '市直有关部门', '2024年12月',
      '二、市场环境',
      '2', '开展涉企违规收费专项整治', '全面清理规范行政事业性收费和中介服务收费', '市发展改革委', '市市场监管局、市财政局', '2024年10月',
      '三、法治环境', '（一）审批改革',
      '1', '加强公平竞争审查', '对新出台政策措施100%开展公平竞争审查', '市市场监管局', '市司法局', '长期坚持',
    ].join('\n'));
    expect(sections(t)).toEqual([
      ['1', '一、政务服务', '2024年12月'],
      ['2', '二、市场环境', '2024年10月'],
      ['1', '(一)审批改革', '长期坚持'],
    ]);
    expect(t.rows[1]!.text).toBe('开展涉企违规收费专项整治\n全面清理规范行政事业性收费和中介服务收费');
  });
});

describe('grid tables', () => {
  const cell = (text: string, fromAbove = false, fromLeft = false) => ({ text, fromAbove, fromLeft });
  /** A grid of plain cells read as a table, its first row the header. */
  const gridTable = (line: number, rows: string[][]) => readTable(gridToRawTable({ line, at: 0, rows: rows.map((row) => row.map((text) => cell(text))) }, null)!, { convention: null });
  it('should carry a section row down and repeat a merged 序号 (rowspan)', () => {
    const raw = gridToRawTable({
      line: 40,
      at: 0,
      rows: [
        [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('配合单位')],
        [cell('（一）推进产业发展'), cell('（一）推进产业发展', false, true), cell('（一）推进产业发展', false, true), cell('（一）推进产业发展', false, true)],
        [cell('1'), cell('发展特色种植业'), cell('县农业农村局'), cell('县林业局')],
        [cell('1', true), cell('推进农产品加工'), cell('县工信局'), cell('')],
      ],
    }, '任务分工表');
    const t = readTable(raw!, { convention: null });
    expect(t.rows.map((r) => [r.no, r.section, r.text])).toEqual([
      ['1', '（一）推进产业发展', '发展特色种植业'],
      ['1', '（一）推进产业发展', '推进农产品加工'],
    ]);
    expect(units(t)).toEqual([['县农业农村局:lead', '县林业局:support'], ['县工信局:lead']]);
  });

  it('should read a row with a Chinese 序号 and a name, no unit or deadline, as a section, merged or not (h21)', () => {
    const raw = gridToRawTable({
      line: 12,
      at: 0,
      rows: [
        [cell('序号'), cell('项目名称'), cell('建设内容及目标'), cell('责任单位'), cell('完成时限')],
        [cell('一'), cell('教育类'), cell(''), cell(''), cell('')],
        [cell('1'), cell('城区学校扩容'), cell('新建、改扩建城区学校4所。'), cell('市教育局、市住建局'), cell('2024年8月')],
        [cell('二'), cell('医疗卫生类'), cell('医疗卫生类', false, true), cell('医疗卫生类', false, true), cell('医疗卫生类', false, true)],
        [cell('3'), cell('乡镇卫生院提质'), cell('完成10所乡镇卫生院提质改造。'), cell('市卫健局'), cell('2024年11月')],
        [cell('三、民生保障类'), cell('三、民生保障类', false, true), cell(''), cell(''), cell('')],
        [cell('5'), cell('老旧小区改造'), cell('改造城镇老旧小区30个。'), cell('市住建局、各街道办事处'), cell('2024年12月')],
        [cell('(四)'), cell('文体类'), cell(''), cell(''), cell('')],
        [cell('6'), cell('全民健身中心'), cell('建成全民健身中心1个。'), cell('市体育局'), cell('2024年12月')],
      ],
    }, null);
    const t = readTable(raw!, { convention: null });
    expect(t.rows.map((r) => [r.no, r.section, r.deadline])).toEqual([
      ['1', '一、教育类', '2024年8月'],
      ['3', '二、医疗卫生类', '2024年11月'],
      ['5', '三、民生保障类', '2024年12月'],
      ['6', '(四)文体类', '2024年12月'],
    ]);
  });

  it('should keep a row with a Chinese 序号 and its units as a row', () => {
    const raw = gridToRawTable({
      line: 12,
      at: 0,
      rows: [
        ['序号', '重点任务', '牵头单位'].map((text) => cell(text)),
        ['一', '加强组织领导', '县委办'].map((text) => cell(text)),
        ['二', '强化督查考核，定期通报进展情况。', ''].map((text) => cell(text)),
      ],
    }, null);
    expect(readTable(raw!, { convention: null }).rows.map((r) => [r.no, r.section, r.text])).toEqual([
      ['一', null, '加强组织领导'],
      ['二', null, '强化督查考核，定期通报进展情况。'],
    ]);
  });

  it('should read a header over two rows, the sub-header naming the columns under a merged 责任单位 (p34)', () => {
    const raw = gridToRawTable({
      line: 7,
      at: 0,
      rows: [
        [cell('序号'), cell('重点工作'), cell('工作目标'), cell('责任单位'), cell('责任单位', false, true), cell('完成时限')],
        [cell('序号', true), cell('重点工作', true), cell('工作目标', true), cell('牵头单位'), cell('配合单位'), cell('完成时限', true)],
        [cell('1'), cell('推进油茶产业发展'), cell('新造油茶林2万亩，低改3万亩'), cell('县林业局'), cell('县农业农村局、各乡镇人民政府'), cell('2024年12月')],
      ],
    }, null);
    const t = readTable(raw!, { convention: null });
    expect(t.columns).toEqual(['序号', '重点工作', '工作目标', '牵头单位', '配合单位', '完成时限']);
    expect(t.rows.map((r) => r.no)).toEqual(['1']);
    expect(units(t)).toEqual([['县林业局:lead', '县农业农村局:support', '各乡镇人民政府:support']]);
  });

  it('should give a column headed 牵头单位/配合单位 the lead before its slash and the support after it', () => {
    const t = gridTable(7, [
      ['序号', '重点任务', '牵头单位/配合单位', '完成时限'],
      ['1', '推进城区学校扩容', '市教育局/市住建局、市自然资源局', '2024年8月'],
      ['2', '推进农村公路提质', '市交通运输局', '2024年12月'],
    ]);
    expect(units(t)).toEqual([['市教育局:lead', '市住建局:support', '市自然资源局:support'], ['市交通运输局:lead']]);
  });

  it('should read the unit of a cell naming its head in brackets, and drop the person (h27 县住建局（局长 李××）)', () => {
    expect(cellNoteContent('县住建局（局长 李××）')).toBe('县住建局');
    expect(cellNoteContent('市生态环境局嘉禾分局(局长 张××)、县工信局(局长 刘××)')).toBe('市生态环境局嘉禾分局、县工信局');
    expect(cellNoteContent('县财政局（副县长王××、局长 陈××）')).toBe('县财政局');
    expect(cellNoteContent('县城管局（赵××）')).toBe('县城管局');
    // a …及责任人 column: the person after the unit, glued or after a colon
    expect(['县住建局李××', '县住建局：李××', '县住建局局长李××', '县住建局 局长 李××、县财政局 副局长 王某'].map(cellNoteContent)).toEqual(['县住建局', '县住建局', '县住建局', '县住建局、县财政局']);
    expect(['县委书记', '市长热线办公室', '县住建局'].map(cellNoteContent)).toEqual(['县委书记', '市长热线办公室', '县住建局']);
    // a bracket naming a role, a unit or a place stays
    expect(['县住建局（牵头）', '县委办（县政府办）', '各乡镇（街道）'].map(cellNoteContent)).toEqual(['县住建局（牵头）', '县委办（县政府办）', '各乡镇（街道）']);
    const t = gridTable(18, [
      ['序号', '存在问题', '整改措施', '责任领导', '责任单位及责任人', '整改时限'],
      ['1', '钟水河流域部分乡镇生活污水直排问题突出。', '完成4个乡镇污水处理厂配套管网建设。', '副县长 王××', '县住建局（局长 李××）', '2024年10月'],
      ['2', '部分铸造企业废气治理设施不正常运行。', '开展铸造行业专项执法检查。', '副县长 陈××', '市生态环境局嘉禾分局（局长 张××）、县工信局（局长 刘××）', '2024年8月'],
    ]);
    expect(units(t)).toEqual([['县住建局:responsible'], ['市生态环境局嘉禾分局:responsible', '县工信局:responsible']]);
    // a problem of one row is what the row is about: its text opens with it (湘阴 round 20, 奉新 round 26)
    expect(t.rows.map((r) => [r.section, r.text, r.deadline])).toEqual([
      [null, '钟水河流域部分乡镇生活污水直排问题突出。\n完成4个乡镇污水处理厂配套管网建设。', '2024年10月'],
      [null, '部分铸造企业废气治理设施不正常运行。\n开展铸造行业专项执法检查。', '2024年8月'],
    ]);
  });

  it('should read a unit column that holds the deadline too (round 5 xianyang 责任单位及完成时限)', () => {
    expect(['责任单位及完成时限', '牵头单位和时间节点', '责任单位/完成时限', '责任部门及时限'].map(columnKind)).toEqual(['responsible', 'lead', 'responsible', 'responsible']);
    const t = gridTable(80, [
      ['序号', '工作任务', '具体内容', '责任单位及完成时限'],
      ['1', '完善县域商业网络设施', '新建改造乡镇商贸中心10个。', '市商务局牵头，市供销社、各县市区人民政府配合；2024年11月底前完成'],
      ['2', '提升农村物流配送能力', '新建改造县级物流配送中心3个。', '县自然资源局，2024年9月底前'],
    ]);
    expect(units(t)).toEqual([['市商务局:lead', '市供销社:support', '各县市区人民政府:support'], ['县自然资源局:responsible']]);
    expect(t.rows.map((r) => r.deadline)).toEqual(['2024年11月底前', '2024年9月底前']);
  });

  it('should begin a row\'s text with its project name (p17)', () => {
    const t = gridTable(7, [
      ['类别', '序号', '项目名称', '目标任务', '责任领导', '牵头单位', '责任单位', '完成时限'],
      ['教育', '1', '新建城区公办幼儿园', '新建公办幼儿园3所，新增学位900个', '张建国', '市教育局', '市住建局、市自然资源局', '2024年8月底'],
    ]);
    expect(t.rows.map((r) => [r.section, r.text])).toEqual([['教育', '新建城区公办幼儿园\n新建公办幼儿园3所，新增学位900个']]);
  });

  it('should read a text table\'s 项目名称 and 建设内容 columns as its text', () => {
    const t = table('序号\t项目名称\t建设内容\t责任单位\n1\t县城污水管网改造\t改造雨污管网12公里\t县住建局');
    expect(t.rows.map((r) => r.text)).toEqual(['县城污水管网改造\n改造雨污管网12公里']);
  });

  it('should take a row merged across the table above its header as its title (p22)', () => {
    const title = '益阳市2024年制造业高质量发展重点任务清单';
    const raw = gridToRawTable({
      line: 20,
      at: 0,
      rows: [
        [cell(title), cell(title, false, true), cell(title, false, true), cell(title, false, true)],
        [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('配合单位')],
        [cell('1'), cell('推进中船桂江造船项目扩能'), cell('市工信局'), cell('沅江市人民政府')],
      ],
    }, null);
    expect(raw!.title).toBe(title);
    expect(raw!.rows).toHaveLength(1);
  });

  it('should read a table without a header as text where it stands, not drop it (an HTML page)', () => {
    const page = `<html><body><div class="content"><p>一、重点任务</p><p>1.推进工作。(责任单位:州住建局)</p>
<table><tr><td>1</td><td>完善园区基础设施建设,推进产城融合</td><td>州发改委</td></tr><tr><td rowspan="1" colspan="2">加强宣传引导</td><td>州委宣传部</td></tr></table>
<p>二、保障措施</p><p>加强组织领导。</p></div></body></html>`;
    const document = extract(Buffer.from(page), { path: 'page.html' });
    expect(document.tables).toEqual([]);
    expect(document.tasks.map((task) => task.text)).toEqual(['推进工作。\n1完善园区基础设施建设,推进产城融合州发改委\n加强宣传引导州委宣传部', '保障措施\n加强组织领导。']);
    const finding = document.diagnostics.find((d) => d.code === 'table-without-header');
    expect(finding).toMatchObject({ severity: 'info', line: 2 });
  });
});

describe('a table continued after a page break', () => {
  // round 5 linquan: Word broke the 分工表 over two pages into a second <table> without a header
  const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<tr><td>${from + i}</td><td>推进第${from + i}项工作。</td><td>县市场监管局</td><td>县司法局</td></tr>`).join('');
  const page = (between: string, next: number) => [
    '<html><body><p>临泉县2024年优化营商环境重点任务分工表</p><table>',
    `<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>${rows(1, 2)}</table>`,
    between,
    `<table>${rows(next, next + 1)}</table></body></html>`,
  ].join('\n');

  it('should read a headerless table whose columns and 序号 run on from the table before it as that table\'s rows', () => {
    const document = extract(Buffer.from(page('<p><br clear="all" style="page-break-before:always" /></p>', 3)), { path: 'page.html' });
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]!.rows.map((row) => [row.no, row.units.map((unit) => `${unit.name}:${unit.role}`).join(' ')])).toEqual([
      ['1', '县市场监管局:lead 县司法局:support'], ['2', '县市场监管局:lead 县司法局:support'], ['3', '县市场监管局:lead 县司法局:support'], ['4', '县市场监管局:lead 县司法局:support'],
    ]);
    expect(document.diagnostics.find((d) => d.code === 'table-continued')).toMatchObject({ severity: 'info' });
    expect(document.tasks).toEqual([]);
  });

  it('should read it so across the heading of its section, a row of the table (金凤 probe round 71: `三、建设宜居宜业和美乡村`)', () => {
    const document = extract(Buffer.from(page('<p><strong>三、建设宜居宜业和美乡村</strong></p>', 3)), { path: 'page.html' });
    expect(document.tables[0]!.rows.map((row) => [row.no, row.section])).toEqual([['1', null], ['2', null], ['3', '三、建设宜居宜业和美乡村'], ['4', '三、建设宜居宜业和美乡村']]);
    expect(document.tasks).toEqual([]);
  });

  it('should read it so across a 续表 line, but not across text, nor when its numbers do not run on', () => {
    expect(extract(Buffer.from(page('<p>续表</p>', 3)), { path: 'page.html' }).tables[0]!.rows).toHaveLength(4);
    for (const document of [extract(Buffer.from(page('<p>二、保障措施</p>', 3)), { path: 'page.html' }), extract(Buffer.from(page('', 7)), { path: 'page.html' })]) {
      expect(document.tables[0]!.rows).toHaveLength(2);
      expect(document.diagnostics.some((d) => d.code === 'table-without-header')).toBe(true);
    }
  });
});

describe('linkTableRows', () => {
  const task = (id: string, text: string, names: string[]): Task => ({
    id, part: '正文', path: [], headings: [], title: null, text, responsibility: null, deadline: null, line: 1, endLine: 1,
    units: names.map((name) => writtenUnit({ name, role: 'responsible', generic: false })),
  });

  it('should link the rows that split one task to it, and report the split (jilin rows 3–5 → task 3)', () => {
    const tasks = [
      task('4.2.3', '推进生活服务设施建设。尊重居民意愿,采取多种方式保障困难家庭的住房安全。推动老旧住房改造,完善水电气热信等配套基础设施。更新改造老旧破损供水管网。', ['市、县级党委、政府', '省住房城乡建设厅', '省水利厅']),
      task('4.2.4', '推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。', ['市、县级党委、政府']),
    ];
    const t = table('序号\n重点工作\n责任部门\n3\n尊重居民意愿，采取多种方式保障困难家庭的住房安全。\n市、县级党委、政府；省住房城乡建设厅\n4\n推动老旧住房改造，完善水电气热信等配套基础设施。\n市、县级党委、政府；省住房城乡建设厅、省水利厅按职责分工负责\n5\n更新改造老旧破损供水管网。\n市、县级党委、政府');
    const diagnostics = linkTableRows(t, tasks);
    expect(t.rows.map((r) => r.task)).toEqual(['4.2.3', '4.2.3', '4.2.3']);
    expect(diagnostics.map((d) => d.code)).toEqual(['table-task-split']);
  });

  it('should name both sides when a row and its task disagree', () => {
    const tasks = [task('1.1', '推进农村厕所革命。新改建户厕1000座。', ['县农业农村局'])];
    const t = table('序号\t重点任务\t牵头单位\t配合单位\n1\t推进农村厕所革命,新改建户厕1000座\t县农业农村局\t县卫健局');
    const [diagnostic] = linkTableRows(t, tasks);
    expect(diagnostic!.code).toBe('table-task-mismatch');
    expect(diagnostic!.message).toContain('表中多出 县卫健局');
    expect(diagnostic!.message).toContain('任务 1.1');
  });
  it('should link a row that restates its task\'s title and adds words to it (probe 21: 整治农村人居环境)', () => {
    const tasks = [task('1.1', '整治城区环境卫生。', []), task('1.2', '整治农村人居环境。', [])];
    const t = table('序号\t重点任务\t牵头单位\t配合单位\n1\t整治城区环境卫生，清理卫生死角\t县城管局\t县住建局\n2\t整治农村人居环境，开展村庄清洁行动\t县农业农村局\t各乡镇人民政府');
    linkTableRows(t, tasks);
    expect(t.rows.map((r) => r.task)).toEqual(['1.1', '1.2']);
  });

  it('should not link a row to a task whose title it only begins like', () => {
    const tasks = [task('1.1', '强化保障。', []), task('1.2', '整治农村人居环境。', [])];
    const t = table('序号\t重点任务\t牵头单位\n1\t强化保障性住房供给，新筹集保障性租赁住房500套\t县住建局\n2\t巩固提升农村饮水安全，开展水质检测\t县水利局');
    linkTableRows(t, tasks);
    expect(t.rows.map((r) => r.task)).toEqual([null, null]);
  });

  it('should link the rows a table words apart under a section that is a task\'s title (三明 probe round 20)', () => {
    const tasks = [
      { ...task('3.1', '夯实数字基础设施。加快5G网络、千兆光网等新型基础设施建设。', ['市工信局', '市数据管理局']), title: '夯实数字基础设施' },
      { ...task('3.2', '推动数字产业化发展。聚焦电子信息制造等领域。', ['市工信局']), title: '推动数字产业化发展' },
    ];
    const t = table([
      '序号\t重点任务\t牵头单位\t配合单位', '一、夯实数字基础设施',
      '1\t加快5G网络建设，推进5G网络向乡镇延伸\t市工信局\t',
      '2\t建设市级政务云和城市大数据中心\t市数据管理局\t市财政局',
      '二、推动数字产业化发展', '3\t培育电子信息制造产业集群\t市工信局\t',
    ].join('\n'));
    const diagnostics = linkTableRows(t, tasks);
    expect(t.rows.map((r) => [r.section, r.task])).toEqual([['一、夯实数字基础设施', '3.1'], ['一、夯实数字基础设施', '3.1'], ['二、推动数字产业化发展', '3.2']]);
    // the rows of a task compared together: what the table adds to the task, not what one row lacks
    expect(diagnostics.map((d) => d.message)).toEqual(['责任清单第 1、2 行与任务 3.1 的责任单位不一致：表中多出 市财政局']);
  });

  it('should find the same task among many, whether or not the tasks stand in source order', () => {
    // a long input repeats a plan: each table restates the copy it follows, not an earlier one
    const copies = (n: number): Task[] => Array.from({ length: n }, (_, c) => [
      { ...task(`${c}.1`, '推进农村厕所革命。新改建户厕1000座。', ['县农业农村局']), line: c * 100 + 10 },
      { ...task(`${c}.2`, '推进道路交通设施建设。推进镇区与县城交通设施互联互通。', ['县交通运输局']), line: c * 100 + 20 },
    ]).flat();
    const rows = '序号\t重点任务\t牵头单位\n1\t推进道路交通设施建设\t县交通运输局';
    const sorted = copies(400);
    const t = { ...table(rows), line: 150 * 100 + 50 };
    linkTableRows(t, sorted);
    expect(t.rows[0]!.task).toBe('150.2');
    const shuffled = [...sorted.slice(300), ...sorted.slice(0, 300)];
    const u = { ...table(rows), line: 150 * 100 + 50 };
    linkTableRows(u, shuffled);
    expect(u.rows[0]!.task).toBe('150.2');
  });
});

describe('where a table flattened into text ends', () => {
  it('should read the text after a | table as tasks, not as its last cell', () => {
    const document = extract([
      '附件2', '责任清单', '序号', '|', '重点工作', '|', '责任单位', '|', '1', '|', '推进园区建设。', '|', '州住建局', '|',
      '附件3', '补充任务', '一、补充任务', '1.加强宣传。(州委宣传部负责)',
    ].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.text)).toEqual(['推进园区建设。']);
    expect(document.tasks.map((task) => task.units.map((u) => u.name))).toEqual([['州委宣传部']]);
  });

  it('should end a one-cell-per-line table when a row runs far past its columns', () => {
    const document = extract(['附表', '任务清单', '序号', '重点工作', '责任单位', '1', '推进园区建设。', '州住建局',
      '说明：', '一、本表由州住建局汇总。', '二、各单位每月报送进展。', '三、未尽事宜另行通知。', '四、本表自印发之日起施行。', '五、其他。', '六、附则。'].join('\n'));
    expect(document.tables[0]!.rows).toHaveLength(1);
    expect(document.tables[0]!.rows[0]!.text).toBe('推进园区建设。');
  });
});

describe('responsibility matrices (a column a unit, marks in the cells)', () => {
  const cell = (text: string, fromAbove = false, fromLeft = false) => ({ text, fromAbove, fromLeft });
  const grid = (rows: string[][]) => ({ line: 3, at: 0, rows: rows.map((row) => row.map((text) => cell(text))) });
  const read = (rows: string[][], titleBefore: string | null = null) => readTable(gridToRawTable(grid(rows), titleBefore)!, { convention: null });
  const roles = (legend: Map<string, string> | null) => (legend ? Object.fromEntries(legend) : null);
  const header = ['序号', '重点任务', '市文明办', '市城管局', '完成时限'];
  // yuxi 玉溪市2024年全国文明城市创建重点任务责任分解表, sheet 责任分解表, rows 1–6, 9 and 13
  const yuxi = {
    name: '责任分解表',
    rows: [
      ['玉溪市2024年全国文明城市创建重点任务责任分解表'],
      ['说明：“★”为牵头单位，“●”为责任单位。'],
      ['序号', '测评项目', '重点任务', '责任单位', null, null, null, null, null, null, null, '完成时限'],
      [null, null, null, '市文明办', '市住房城乡建设局', '市城管局', '市公安局', '市交通运输局', '市教育体育局', '市市场监管局', '红塔区人民政府', null],
      [1, '公共秩序', '整治主次干道机动车乱停乱放、非机动车乱骑乱行，规范设置停车泊位', null, null, '★', '●', null, null, '●', '2024年6月底前', null],
      [2, null, '开展农贸市场提质改造，实现划行归市、干湿分离', null, null, '●', null, null, null, '★', '●', '2024年9月底前'],
      [5, '市容环境', '规范建筑工地围挡和渣土运输车辆管理，防止扬尘污染', null, '★', '●', '●', '●', null, null, null, '长期坚持'],
      ['注：各县（市、区）参照本表细化分解本地创建任务。'],
    ],
    merges: ['A1:L1', 'A2:L2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:K3', 'L3:L4', 'B5:B6', 'A8:L8'],
  };

  it('should read a legend naming each mark\'s role, before or after the mark', () => {
    expect(roles(readLegend(['说明：“★”为牵头单位，“●”为责任单位。']))).toEqual({ '★': 'lead', '●': 'responsible' });
    expect(roles(readLegend(['★表示牵头单位，●表示配合单位']))).toEqual({ '★': 'lead', '●': 'support' });
    expect(roles(readLegend(['注：牵头单位用★标注，参与单位用○标注。']))).toEqual({ '★': 'lead', '○': 'support' });
    expect(roles(readLegend(['注：各县（市、区）参照本表细化分解本地创建任务。', '玉溪市2024年全国文明城市创建重点任务责任分解表']))).toBeNull();
  });

  it('should give each row the units its cells mark, the header row of units no row, 测评项目 its section (probe round 11 yuxi)', async () => {
    const document = await extractAsync(await makeXlsx(yuxi), { path: 'yuxi.xlsx' });
    const [t] = document.tables;
    expect(t!.columns).toEqual(['序号', '测评项目', '重点任务', '市文明办', '市住房城乡建设局', '市城管局', '市公安局', '市交通运输局', '市教育体育局', '市市场监管局', '红塔区人民政府', '完成时限']);
    expect(t!.rows.map((r) => [r.no, r.section, r.text.slice(0, 8), r.deadline])).toEqual([
      ['1', '公共秩序', '整治主次干道机动', '2024年6月底前'], // the deadline typed one cell left, under 红塔区人民政府
      ['2', '公共秩序', '开展农贸市场提质', '2024年9月底前'],
      ['5', '市容环境', '规范建筑工地围挡', '长期坚持'],
    ]);
    expect(units(t!)).toEqual([
      ['市城管局:lead', '市公安局:responsible', '市市场监管局:responsible'],
      ['市城管局:responsible', '市市场监管局:lead', '红塔区人民政府:responsible'],
      ['市住房城乡建设局:lead', '市城管局:responsible', '市公安局:responsible', '市交通运输局:responsible'],
    ]);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('table-row-without-unit');
  });

  it('should take the roles from a legend in a 注 row under the table, over the defaults', async () => {
    const document = await extractAsync(await makeXlsx({
      name: '表',
      rows: [['某市2024年创建工作责任分解表'], header, [1, '整治乱停乱放', '●', '○', '6月底前'], [2, '清理牛皮癣', '○', '●', '长期坚持'], ['注：“●”为牵头单位，“○”为配合单位。']],
      merges: ['A1:E1', 'A5:E5'],
    }), { path: '表.xlsx' });
    expect(document.tables[0]!.rows.map((r) => r.section)).toEqual([null, null]);
    expect(units(document.tables[0]!)).toEqual([['市文明办:lead', '市城管局:support'], ['市文明办:support', '市城管局:lead']]);
  });

  it('should read a legend standing just before the table as its legend, not its title', () => {
    const raw = gridToRawTable(grid([header, ['1', '整治乱停乱放', '★', '○', '6月底前']]), '★表示牵头单位，○表示配合单位');
    expect(raw!.title).toBeNull();
    expect(units(readTable(raw!, { convention: null }))).toEqual([['市文明办:lead', '市城管局:support']]);
    // the lines above a table, where the caller gives them
    const before = gridToRawTable(grid([header, ['1', '整治乱停乱放', '★', '○', '6月底前']]), null, ['某市2024年创建工作责任分解表', '说明：“★”为牵头单位，“○”为参与单位。']);
    expect(units(readTable(before!, { convention: null }))).toEqual([['市文明办:lead', '市城管局:support']]);
  });

  it('should read the role a cell writes in words (s06b 牵头 / 配合)', () => {
    expect(units(read([header, ['1', '整治乱停乱放', '牵头', '配合', '6月底前'], ['2', '清理牛皮癣', '配合单位', '牵头', '长期坚持']]))).toEqual([
      ['市文明办:lead', '市城管局:support'], ['市文明办:support', '市城管局:lead'],
    ]);
  });

  it('should give the marks of a matrix without legend their defaults: ★ beside another mark leads, any other mark is responsible', () => {
    expect(units(read([header, ['1', '整治乱停乱放', '★', '●', '6月底前'], ['2', '清理牛皮癣', '●', '★', '长期坚持']]))).toEqual([
      ['市文明办:lead', '市城管局:responsible'], ['市文明办:responsible', '市城管局:lead'],
    ]);
    // one mark only: each marked unit has a part, none leads
    expect(units(read([header, ['1', '整治乱停乱放', '√', '√', '6月底前'], ['2', '清理牛皮癣', '', '√', '长期坚持']]))).toEqual([
      ['市文明办:responsible', '市城管局:responsible'], ['市城管局:responsible'],
    ]);
    expect(units(read([header, ['1', '整治乱停乱放', '★', '', '6月底前'], ['2', '清理牛皮癣', '', '★', '长期坚持']]))).toEqual([['市文明办:responsible'], ['市城管局:responsible']]);
  });

  it('should read a header over two rows, the units under a merged 责任单位, and a matrix without 序号 (s06c)', () => {
    const raw = gridToRawTable({
      line: 2,
      at: 0,
      rows: [
        [cell('序号'), cell('重点任务'), cell('责任单位'), cell('责任单位', false, true), cell('完成时限')],
        [cell('序号', true), cell('重点任务', true), cell('市文明办'), cell('市城管局'), cell('完成时限', true)],
        [cell('1'), cell('整治乱停乱放'), cell('★'), cell('●'), cell('6月底前')],
        [cell('2'), cell('清理牛皮癣'), cell('●'), cell('★'), cell('长期坚持')],
      ],
    }, null);
    const t = readTable(raw!, { convention: null });
    expect(t.columns).toEqual(header);
    expect(t.rows.map((r) => r.no)).toEqual(['1', '2']);
    expect(units(t)).toEqual([['市文明办:lead', '市城管局:responsible'], ['市文明办:responsible', '市城管局:lead']]);
    expect(units(read([['重点任务', '市文明办', '市城管局', '完成时限'], ['整治乱停乱放', '★', '●', '6月底前']]))).toEqual([['市文明办:lead', '市城管局:responsible']]);
  });

  it('should keep reading the row under a merged 责任单位 as a row when its units head no marks', () => {
    const raw = gridToRawTable({
      line: 2,
      at: 0,
      rows: [
        [cell('序号'), cell('重点任务'), cell('责任单位'), cell('责任单位', false, true), cell('完成时限')],
        [cell('1', false), cell('整治乱停乱放'), cell('市文明办'), cell('市城管局'), cell('6月底前')],
      ],
    }, null);
    expect(readTable(raw!, { convention: null }).rows.map((r) => r.no)).toEqual(['1']);
  });

  it('should read no matrix, nor any table, from a table of targets by county, its cells numbers (probe round 11 jiaxing 附件2)', async () => {
    const targets = [
      ['序号', '目标任务', '南湖区', '秀洲区', '嘉善县', '平湖市'],
      ['1', '社会消费品零售总额增速（%）', '6.5', '6.0', '6.0', '6.0'],
      ['2', '新增限上商贸企业（家）', '45', '35', '40', '40'],
    ];
    // the counties head columns of numbers: no unit column, so no responsibility table (扬州 probe round 13's 资金安排 too)
    expect(gridToRawTable(grid(targets), null)).toBeNull();
    // the counties as the rows' heads: no header, no table
    const document = await extractAsync(await makeXlsx({ name: '附件2', rows: [['嘉兴市2024年消费主要指标目标任务分解表'], ['地区', '社会消费品零售总额增速（%）', '新增限上商贸企业（家）', '汽车以旧换新（辆）'], ['南湖区', 6.5, 45, 3000], ['秀洲区', 6, 35, 2200]] }), { path: '附件2.xlsx' });
    expect(document.tables).toEqual([]);
  });

  it('should read a 测评项目 column as the rows\' category beside their task, and as their text alone; 责任分工 as a unit column', () => {
    expect(['测评项目', '测评内容', '责任分工'].map(columnKind)).toEqual(['section', 'text', 'responsible']);
    const alone = read([['序号', '测评项目', '牵头单位'], ['1', '公共秩序', '市城管局']]);
    expect(alone.rows.map((r) => [r.section, r.text])).toEqual([[null, '公共秩序']]);
  });

  it('should read a matrix copied as tab-separated text, its legend above it and its header over two lines', () => {
    const t = table(['说明：★表示牵头单位，○表示配合单位。', header.join('\t'), '1\t整治乱停乱放\t★\t○\t6月底前', '2\t清理牛皮癣\t\t★\t长期坚持'].join('\n'));
    expect(units(t)).toEqual([['市文明办:lead', '市城管局:support'], ['市城管局:lead']]);
    // a sheet copied: the merged 责任单位 in its first place, empty after it, the units on the next line
    const copied = table(['序号\t重点任务\t责任单位\t\t完成时限', '\t\t市文明办\t市城管局\t', '1\t整治乱停乱放\t★\t●\t6月底前'].join('\n'));
    expect(copied.columns).toEqual(header);
    expect(copied.rows.map((r) => r.no)).toEqual(['1']);
    expect(units(copied)).toEqual([['市文明办:lead', '市城管局:responsible']]);
  });
});

describe('Markdown tables (会昌, probe round 12)', () => {
  const markdown = (rows: string[]) => {
    const lines = readTextLines(['## 会昌县2024年农产品冷链物流体系建设重点任务清单', '', ...rows].join('\n'));
    const raw = readTextTable(lines, 0, lines.length, lines[0]!.text);
    if (!raw) throw new Error('no table');
    return { raw, table: readTable(raw, { convention: null }) };
  };
  const head = ['| 序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 |', '|:----:|:---------|:--------:|:---------|:---------|:--------:|'];

  it('should split a unit cell at <br>, <br/>, <br /> and <BR> as at a Word cell\'s paragraphs, the slash no separator', () => {
    const { table: t } = markdown([...head,
      '| 1.1 | 建设县级农产品冷链物流集配中心，新增冷库库容2万立方米 | 刘×× | 县商务局 | 县发改委<br>县自然资源局<br>县城投集团 | 2024年10月底前 |',
      '| 1.2 | 在筠门岭、西江、周田等乡镇建设产地冷藏保鲜设施15个 | 陈×× | 县农业农村局 | 县财政局<br/>相关乡镇人民政府 | 2024年9月底前 |',
      '| 1.3 | 在县城农贸市场配建冷链前置仓3个 | 陈×× | 县市场监管局<BR />县商务局 | 文武坝镇人民政府 | 2024年11月底前 |',
    ]);
    expect(units(t)).toEqual([
      ['县商务局:lead', '县发改委:support', '县自然资源局:support', '县城投集团:support'],
      ['县农业农村局:lead', '县财政局:support', '相关乡镇人民政府:support'],
      ['县市场监管局:lead', '县商务局:lead', '文武坝镇人民政府:support'],
    ]);
  });

  it('should keep a <br> in a text cell as a line break, in a tab table too', () => {
    const { table: t } = markdown([...head, '| 2.3 | 发展“冷链+电商”<br>建设脐橙、白莲等农产品直播基地5个 | 钟×× | 县商务局 | 县农业农村局<br>团县委 | 2024年10月底前 |']);
    expect(t.rows.map((r) => r.text)).toEqual(['发展“冷链+电商”\n建设脐橙、白莲等农产品直播基地5个']);
    const tabbed = table('序号\t重点任务\t牵头单位\t配合单位\n1\t整合物流资源\t县邮政管理局\t中国邮政集团有限公司会昌县分公司<br>县商务局');
    expect(units(tabbed)).toEqual([['县邮政管理局:lead', '中国邮政集团有限公司会昌县分公司:support', '县商务局:support']]);
  });

  it('should drop the # marks from the title, read bold rows numbered 一 over rows numbered 1.1 as sections, and end at the 注 under the rows', () => {
    const { raw, table: t } = markdown([...head,
      '| **一** | **冷链设施建设** |  |  |  |  |',
      '| 1.1 | 建设县级农产品冷链物流集配中心，新增冷库库容2万立方米 | 刘×× | 县商务局 | 县发改委 | 2024年10月底前 |',
      '| **二** | **冷链流通体系** |  |  |  |  |',
      '| 2.4 | 推动冷藏车辆更新，新增和更新冷藏车20辆 | 刘×× | 县交通运输局 | — | 2024年12月底前 |',
      '',
      '注：责任领导为县政府分管领导，牵头单位为第一责任单位。',
    ]);
    expect(t.title).toBe('会昌县2024年农产品冷链物流体系建设重点任务清单');
    expect(t.rows.map((r) => [r.no, r.section, r.deadline])).toEqual([['1.1', '一、冷链设施建设', '2024年10月底前'], ['2.4', '二、冷链流通体系', '2024年12月底前']]);
    expect(raw.endLine).toBe(10); // the 注 line
    // without the bold marks (s05g) the same
    const plain = markdown([...head, '| 一 | 冷链设施建设 |  |  |  |  |', '| 1.1 | 建设县级冷链集配中心 | 刘×× | 县商务局 | 县发改委 | 2024年10月底前 |']).table;
    expect(plain.rows.map((r) => [r.no, r.section])).toEqual([['1.1', '一、冷链设施建设']]);
  });
});

describe('task cards: a table a task, labels beside their values (宜宾, probe round 12)', () => {
  const card = (rows: string) => `<table border="1">${rows}</table><p></p>`;
  const numbered = (no: string, name: string, content: string, lead: string, support: string) => card(
    `<tr><td>任务编号</td><td>${no}</td><td>任务名称</td><td>${name}</td></tr><tr><td>工作内容</td><td colspan="3">${content}</td></tr>`
    + `<tr><td>牵头单位</td><td>${lead}</td><td>责任领导</td><td>副市长 张××</td></tr><tr><td>配合单位</td><td colspan="3">${support}</td></tr>`
    + '<tr><td>完成时限</td><td colspan="3">2024年12月底前</td></tr>',
  );
  const page = (...tables: string[]) => Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>宜宾市安全生产委员会办公室关于印发宜宾市2024年城市安全发展重点任务交办卡的通知</p>
<p>附件</p><p>宜宾市2024年城市安全发展重点任务交办卡</p>${tables.join('\n')}</body></html>`);
  const rows = (t: ResponsibilityTable) => t.rows.map((r) => [r.no, r.text.split('\n')[0], r.units.map((u) => `${u.name}:${u.role}`).join(' '), r.deadline]);

  it('should read each card as a row of one table titled by the line above the first, numbered by its 任务编号', () => {
    const document = extract(page(
      numbered('1', '建设城市生命线安全工程', '完成中心城区燃气、供水、桥梁等城市生命线安全监测系统一期建设，接入监测点位5000个。', '市住房和城乡建设局', '市城市管理局、市数据局、市应急管理局'),
      numbered('2', '开展城镇燃气安全专项整治', '全面排查整治燃气经营、管网设施、用户端等安全隐患。', '市住房和城乡建设局、市城市管理局', '市市场监管局、市消防救援支队、各区县人民政府'),
    ), { path: 'yibin.html' });
    expect(document.tables.map((t) => [t.title, t.columns])).toEqual([['宜宾市2024年城市安全发展重点任务交办卡', ['任务编号', '任务名称', '工作内容', '牵头单位', '责任领导', '配合单位', '完成时限']]]);
    expect(rows(document.tables[0]!)).toEqual([
      ['1', '建设城市生命线安全工程', '市住房和城乡建设局:lead 市城市管理局:support 市数据局:support 市应急管理局:support', '2024年12月底前'],
      ['2', '开展城镇燃气安全专项整治', '市住房和城乡建设局:lead 市城市管理局:lead 市市场监管局:support 市消防救援支队:support 各区县人民政府:support', '2024年12月底前'],
    ]);
    expect(document.tables[0]!.rows[0]!.text).toBe('建设城市生命线安全工程\n完成中心城区燃气、供水、桥梁等城市生命线安全监测系统一期建设,接入监测点位5000个。');
    expect(document.diagnostics.map((d) => d.code)).not.toContain('table-without-header');
    expect(document.diagnostics.map((d) => d.code)).not.toContain('no-tasks');
  });

  it('should read a card\'s 责任单位及责任人 without the person, 无 as no unit, and its name first where 工作内容 comes before it', () => {
    const document = extract(page(
      card('<tr><td>任务编号</td><td>4</td><td>工作内容</td><td>整治“两客一危一货”重点车辆违法行为。</td></tr><tr><td>任务名称</td><td colspan="3">强化道路交通安全管理</td></tr>'
        + '<tr><td>牵头单位</td><td>市住房和城乡建设局</td><td>责任领导</td><td>副市长 张××</td></tr><tr><td>配合单位</td><td colspan="3">无</td></tr>'),
      card('<tr><td>任务编号</td><td>7</td><td>任务名称</td><td>提升防汛抗旱应急能力</td></tr><tr><td>责任单位及责任人</td><td colspan="3">市水利局 局长 赵××</td></tr>'
        + '<tr><td>配合单位</td><td colspan="3">市应急管理局、市气象局、市水文中心</td></tr>'),
    ), { path: 'yibin.html' });
    expect(rows(document.tables[0]!)).toEqual([
      ['4', '强化道路交通安全管理', '市住房和城乡建设局:lead', null],
      ['7', '提升防汛抗旱应急能力', '市水利局:responsible 市应急管理局:support 市气象局:support 市水文中心:support', null],
    ]);
  });

  it('should read a two-column card, and cards parted by a line of text as two tables', () => {
    const twoColumns = card('<tr><td>任务名称</td><td>建设城市生命线安全工程</td></tr><tr><td>牵头单位</td><td>市住房和城乡建设局</td></tr>'
      + '<tr><td>配合单位</td><td>市城市管理局、市数据局</td></tr><tr><td>完成时限</td><td>2024年12月底前</td></tr>');
    expect(rows(extract(page(twoColumns), { path: 'yibin.html' }).tables[0]!)).toEqual([['1', '建设城市生命线安全工程', '市住房和城乡建设局:lead 市城市管理局:support 市数据局:support', '2024年12月底前']]);
    const parted = extract(page(twoColumns, '<p>二、城市安全保障</p>', twoColumns), { path: 'yibin.html' });
    expect(parted.tables.map((t) => [t.title, t.rows.length])).toEqual([['宜宾市2024年城市安全发展重点任务交办卡', 1], ['二、城市安全保障', 1]]);
  });

  it('should read no card from a table whose labels name no unit column, nor from a header row over data rows', () => {
    const noUnits = extract(page(card('<tr><td>任务名称</td><td>建设城市生命线安全工程</td></tr><tr><td>完成时限</td><td>2024年12月底前</td></tr>')), { path: 'yibin.html' });
    expect(noUnits.tables).toEqual([]);
    expect(noUnits.diagnostics.map((d) => d.code)).toContain('table-without-header');
    const grid = extract(page(card('<tr><td>序号</td><td>任务名称</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>建设城市生命线安全工程</td><td>市住房和城乡建设局</td><td>市城市管理局、市数据局</td></tr>')), { path: 'yibin.html' });
    expect(grid.tables.map((t) => t.columns)).toEqual([['序号', '任务名称', '牵头单位', '配合单位']]);
    expect(rows(grid.tables[0]!)).toEqual([['1', '建设城市生命线安全工程', '市住房和城乡建设局:lead 市城市管理局:support 市数据局:support', null]]);
  });
});

describe('tables that are no 责任清单, and lists by unit (扬州, 荆门 probe round 13)', () => {
  const grid = (rows: string[][]) => ({ line: 3, at: 0, rows: rows.map((row) => row.map((text) => ({ text, fromAbove: false, fromLeft: false }))) });
  const task = (id: string, text: string, names: string[]): Task => ({
    id, part: '正文', path: [], headings: [], title: null, text, responsibility: null, deadline: null, line: 1, endLine: 1,
    units: names.map((name) => writtenUnit({ name, role: 'responsible', generic: false })),
  });

  it('should read no table from a header that names no unit column: a 资金安排 sheet of amounts by county', () => {
    const fund = [['序号', '项目名称', '实施地区', '资金规模(万元)', '其中:省级资金', '市级资金'], ['1', '农村户厕改造', '宝应县', '1200', '600', '600'], ['2', '农村生活污水治理', '高邮市', '3500', '2000', '1500']];
    expect(gridToRawTable(grid(fund), '扬州市2024年农村人居环境整治提升资金安排表')).toBeNull();
    // a unit column the header reader does not know (负责单位) still makes a table, its rows reported
    expect(gridToRawTable(grid([['序号', '重点任务', '负责单位'], ['1', '农村户厕改造', '宝应县人民政府']]), null)).not.toBeNull();
  });

  // 荆门市“高效办成一件事”部门责任清单 (附件1): one row a unit, its duties in the next cell
  const tasks = [
    task('2.3', '推进新生儿出生“一件事”。整合出生医学证明、户口登记、医保参保等事项,实现“一次申请、全程网办”。', ['市卫生健康委', '市公安局', '市医疗保障局']),
    task('2.4', '推进不动产登记“一件事”。推行不动产转移登记与水电气网过户联办,办理时间压缩至1个工作日。', ['荆门市不动产登记中心', '国网荆门供电公司', '荆门市水务集团有限公司']),
  ];
  const duties = (header: string[], rows: string[][]) => readTable(gridToRawTable(grid([header, ...rows]), '荆门市“高效办成一件事”部门责任清单')!, { convention: null });
  const byUnit = [
    ['3', '市卫生健康委', '1.牵头推进新生儿出生“一件事”;2.做好出生医学证明电子化。', '2024年6月底前'],
    ['7', '荆门市不动产登记中心', '牵头推进不动产登记“一件事”,实现水电气网联动过户。', '2024年8月底前'],
    ['9', '国网荆门供电公司', '配合推进不动产登记用电过户联办。', '2024年8月底前'],
  ];

  it('should not report the other units of a task a list by unit restates, one row a unit', () => {
    const t = duties(['序号', '责任单位', '主要任务', '完成时限'], byUnit);
    expect(linkTableRows(t, tasks)).toEqual([]);
    expect(t.rows.map((row) => row.task)).toEqual(['2.3', '2.4', '2.4']);
  });

  it('should report a unit a row of a list by unit names that its task does not, and only that', () => {
    const t = duties(['序号', '责任单位', '主要任务', '完成时限'], [byUnit[0]!, byUnit[1]!, ['9', '市财政局', '配合推进不动产登记用电过户联办。', '2024年8月底前']]);
    expect(linkTableRows(t, tasks).map((d) => d.message)).toEqual(['荆门市“高效办成一件事”部门责任清单第 7、9 行与任务 2.4 的责任单位不一致：表中多出 市财政局']);
  });

  it('should still report the units a row listing tasks first leaves out', () => {
    const t = duties(['序号', '主要任务', '责任单位', '完成时限'], byUnit.map(([no, unit, duty, deadline]) => [no!, duty!, unit!, deadline!]));
    expect(linkTableRows(t, tasks).map((d) => d.message)).toEqual([
      '荆门市“高效办成一件事”部门责任清单第 3 行与任务 2.3 的责任单位不一致：表中缺少 市公安局、市医疗保障局',
      '荆门市“高效办成一件事”部门责任清单第 7、9 行与任务 2.4 的责任单位不一致：表中缺少 荆门市水务集团有限公司',
    ]);
  });
});

describe('a rectification list: the measures are the rows, the problem they answer their group (灵璧 probe round 14)', () => {
  it('should take 整改措施 as the row\'s text and 反馈问题 as its section', () => {
    const page = '<table><tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>牵头单位</th><th>责任单位</th><th>整改时限</th></tr>' +
      '<tr><td rowspan="2">（一）</td><td rowspan="2">项目建设进度滞后。</td><td>1.建立项目调度机制。</td><td rowspan="2">县发展改革委</td><td>县统计局</td><td>2024.06</td></tr>' +
      '<tr><td>2.盘活存量建设用地。</td><td>县自然资源和规划局</td><td>2024.12</td></tr></table>';
    const [table] = extract(page, { path: '整改清单.html' }).tables;
    expect(table!.rows.map((row) => [row.section, row.text, row.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
      ['项目建设进度滞后。', '1.建立项目调度机制。', '县发展改革委:lead 县统计局:responsible'],
      ['项目建设进度滞后。', '2.盘活存量建设用地。', '县发展改革委:lead 县自然资源和规划局:responsible'],
    ]);
  });

  it('should group the measures under their problem and its target merged with it, and open a row of one problem with it (黄山 probe round 55)', () => {
    const page = '<table><tr><th>序号</th><th>反馈问题</th><th>整改目标</th><th>整改措施</th><th>牵头单位</th></tr>' +
      '<tr><td rowspan="2">1</td><td rowspan="2">部分乡镇污水处理设施运行不正常。</td><td rowspan="2">运行率达到90%以上。</td><td>开展运行情况排查。</td><td>市生态环境局</td></tr>' +
      '<tr><td>实施管网补短板工程。</td><td>市住建局</td></tr>' +
      '<tr><td rowspan="2">2</td><td rowspan="2">总磷浓度波动上升。</td><td rowspan="2">水质稳定保持Ⅱ类。</td><td>实施化肥减量行动。</td><td>市农业农村局</td></tr>' +
      '<tr><td>加强畜禽养殖污染整治。</td><td>市农业农村局</td></tr>' +
      '<tr><td>3</td><td>农家乐污水直排。</td><td>完成污水治理。</td><td>逐户排查整治。</td><td>市生态环境局</td></tr></table>';
    const [table] = extract(page, { path: '整改清单.html' }).tables;
    expect(table!.rows.map((row) => [row.no, row.section, row.text])).toEqual([
      ['1', '部分乡镇污水处理设施运行不正常。\n运行率达到90%以上。', '开展运行情况排查。'],
      ['1', '部分乡镇污水处理设施运行不正常。\n运行率达到90%以上。', '实施管网补短板工程。'],
      ['2', '总磷浓度波动上升。\n水质稳定保持Ⅱ类。', '实施化肥减量行动。'],
      ['2', '总磷浓度波动上升。\n水质稳定保持Ⅱ类。', '加强畜禽养殖污染整治。'],
      ['3', null, '农家乐污水直排。\n完成污水治理。\n逐户排查整治。'],
    ]);
  });
});

describe('a task over its measures, and a problem column named with a qualifier (泉州, 益阳 probe round 16)', () => {
  const rows = (page: string) => extract(page, { path: '分工表.html' }).tables[0]!.rows.map((row) => [row.no, row.section, row.text]);

  it('should take 具体措施 as the row\'s text and 重点任务 as its section where the 序号 numbers measures under a task (1.1, 1.2)', () => {
    const page = '<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>' +
      '<tr><td>1.1</td><td rowspan="2">推进重点行业设备更新</td><td>实施一批技术改造项目。</td><td>市工信局（牵头）、市发改委</td><td>2024年12月</td></tr>' +
      '<tr><td>1.2</td><td>新增数字化车间100个。</td><td>市工信局（牵头）、市科技局</td><td>持续推进</td></tr>' +
      '<tr><td>2</td><td>推进建筑市政设施更新</td><td>更新老旧电梯500台。</td><td>市住建局</td><td>2024年12月</td></tr></table>';
    expect(rows(page)).toEqual([
      ['1.1', '推进重点行业设备更新', '实施一批技术改造项目。'],
      ['1.2', '推进重点行业设备更新', '新增数字化车间100个。'],
      ['2', '推进建筑市政设施更新', '更新老旧电梯500台。'],
    ]);
  });

  it('should take 重点任务 as the section where its cell spans the measures under it, and a row\'s own cell as a group of one where most rows are grouped (潞城 probe round 20: rowspan; 岷阳 round 36)', () => {
    const page = '<table><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>' +
      '<tr><td>1</td><td rowspan="2">提升政务服务效能</td><td>推进“高效办成一件事”，年内上线“一件事”集成服务13项。</td><td>区行政审批局</td><td>区市场监管局、区数据局</td><td>2024年12月</td></tr>' +
      '<tr><td>2</td><td>深化“15分钟政务服务圈”建设。</td><td>区行政审批局</td><td>各街道办事处</td><td>2024年12月</td></tr>' +
      '<tr><td>3</td><td>强化要素保障</td><td>推进工业用地“标准地”出让全覆盖。</td><td>区自然资源分局</td><td>区经信局</td><td>2024年12月</td></tr></table>';
    expect(rows(page)).toEqual([
      ['1', '提升政务服务效能', '推进“高效办成一件事”,年内上线“一件事”集成服务13项。'],
      ['2', '提升政务服务效能', '深化“15分钟政务服务圈”建设。'],
      ['3', '强化要素保障', '推进工业用地“标准地”出让全覆盖。'],
    ]);
  });

  it('should read a row whose name is merged across every column after its 序号 as the rows\' group (蜀山 probe round 21: 1 over 1-1, 1-2)', () => {
    const page = '<table><tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr><tr><th>牵头</th><th>配合</th></tr>' +
      '<tr><td>1</td><td colspan="4"><strong>城镇老旧小区改造</strong></td></tr>' +
      '<tr><td>1-1</td><td>完成城镇老旧小区改造32个</td><td>区住建局</td><td>区财政局、各街道办事处</td><td>2024年11月</td></tr>' +
      '<tr><td>1-2</td><td>推进既有住宅加装电梯</td><td>区住建局</td><td>区市场监管局</td><td>2024年12月</td></tr></table>';
    const [table] = extract(page, { path: '分工表.html' }).tables;
    expect(table!.rows.map((row) => [row.no, row.section, row.text, row.units.map((u) => `${u.name}:${u.role}`).join(' ')])).toEqual([
      ['1-1', '1、城镇老旧小区改造', '完成城镇老旧小区改造32个', '区住建局:lead 区财政局:support 各街道办事处:support'],
      ['1-2', '1、城镇老旧小区改造', '推进既有住宅加装电梯', '区住建局:lead 区市场监管局:support'],
    ]);
  });

  it('should keep the task first in a row numbered 1, 2, 3 (景德镇, probe round 6)', () => {
    const page = '<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td></tr>' +
      '<tr><td>1</td><td>做强日用陶瓷产业</td><td>推进日用陶瓷企业技术改造。</td><td>市陶瓷工业发展局</td></tr></table>';
    expect(rows(page)).toEqual([['1', null, '做强日用陶瓷产业\n推进日用陶瓷企业技术改造。']]);
  });

  it('should read 问题描述 as the rows\' text (益阳 交办问题清单)', () => {
    const page = '<table><tr><td>序号</td><td>问题描述</td><td>责任单位</td><td>整改时限</td></tr>' +
      '<tr><td>1</td><td>某砖厂夜间生产扬尘严重。</td><td>赫山区人民政府</td><td>2024年3月底前</td></tr></table>';
    expect(rows(page)).toEqual([['1', null, '某砖厂夜间生产扬尘严重。']]);
  });
});

describe('units set apart for a role by bold or a mark, as a legend says (温州 probe round 16)', () => {
  const roles = (page: string) => extract(page, { path: '分工表.html' }).tables[0]!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join('、'));
  const table = (legend: string, first: string, second: string) => `<p>某市重点工作任务分工表</p><p>${legend}</p><table><tr><td>序号</td><td>重点工作</td><td>责任单位</td><td>完成时限</td></tr>` +
    `<tr><td>1</td><td>深化户籍制度改革。</td><td>${first}</td><td>2024年12月</td></tr><tr><td>2</td><td>健全住房保障体系。</td><td>${second}</td><td>2024年12月</td></tr></table>`;

  it('should give units in <b> or <strong> the legend\'s role, the others their column\'s', () => {
    expect(roles(table('注：责任单位中加粗字体为牵头单位。', '<b>市公安局</b>、市发展改革委', '市自然资源和规划局、<strong>市住建局</strong>'))).toEqual([
      '市公安局:lead、市发展改革委:responsible', '市自然资源和规划局:responsible、市住建局:lead',
    ]);
  });

  it('should read a mark after a name as the legend says, and never as a person written with placeholders (市公安局* is no 市公安 and 局*)', () => {
    expect(roles(table('注：责任单位中标*的为牵头单位。', '市公安局*、市发展改革委', '市自然资源和规划局、市住建局★'))).toEqual([
      '市公安局:lead、市发展改革委:responsible', '市自然资源和规划局:responsible、市住建局:responsible',
    ]);
    expect(roles(table('注：责任单位中带★的为牵头单位。', '市公安局★、市发展改革委', '市自然资源和规划局、市住建局'))[0]).toBe('市公安局:lead、市发展改革委:responsible');
    expect(roles(table('', '市公安局*、市发展改革委', '市住建局'))[0]).toBe('市公安局:responsible、市发展改革委:responsible');
  });
});

describe('a matrix column headed by two units (漳州 probe round 18)', () => {
  it('should give the column\'s mark to each unit its header names', () => {
    const page = '<table><tr><td>序号</td><td>重点任务</td><td>市工信局</td><td>市财政局、市税务局</td></tr>' +
      '<tr><td>1</td><td>培育食品龙头企业</td><td>牵头</td><td>配合</td></tr></table>';
    const [table] = extract(page, { path: '矩阵.html' }).tables;
    expect(table!.rows[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市工信局:lead', '市财政局:support', '市税务局:support']);
  });
});

describe('a table of numbered tasks with no header, each note in its text (桐庐 probe round 19)', () => {
  it('should read it as a 责任清单: the numbers, the tasks without their notes, the notes\' units, category rows as sections', () => {
    const page = '<p>附件</p><p>桐庐县千万工程重点任务清单</p><table>' +
      '<tr><td colspan="2">一、产业提升</td></tr>' +
      '<tr><td>1</td><td>推进现代农业园区建设。新建园区3个。（责任单位：县农业农村局、县财政局）</td></tr>' +
      '<tr><td>2</td><td>发展乡村旅游。（县文化和广电旅游体育局牵头，各乡镇配合）</td></tr></table>';
    const [table] = extract(page, { path: '清单.html' }).tables;
    expect(table!.rows.map((row) => [row.no, row.section, row.text, row.units.map((u) => `${u.name}:${u.role}`).join('、')])).toEqual([
      ['1', '一、产业提升', '推进现代农业园区建设。新建园区3个。', '县农业农村局:responsible、县财政局:responsible'],
      ['2', '一、产业提升', '发展乡村旅游。', '县文化和广电旅游体育局:lead、各乡镇:support'],
    ]);
  });

  it('should leave a numbered grid that names no unit (contacts, funds by county) as text', () => {
    const page = '<table><tr><td>1</td><td>宝应县</td><td>1200</td></tr><tr><td>2</td><td>高邮市</td><td>3500</td></tr></table>';
    expect(extract(page, { path: '资金.html' }).tables).toEqual([]);
  });
});

describe('a rectification list flattened one cell per line, seven columns (岳西 probe round 26)', () => {
  const header = ['序号', '问题', '整改目标', '整改措施', '牵头单位', '责任单位', '整改时限'];
  const rows = (cells: string[]) => extract(['附件', '岳西县2021年度审计查出问题整改清单', ...header, ...cells].join('\n'), { path: '整改.txt' }).tables[0]!.rows
    .map((row) => [row.no, row.text.split('\n')[0], row.units.map((u) => `${u.name}:${u.role}`).join(' '), row.deadline]);

  it('should keep each cell in its column where the row has one for each, though a measure names 政府性基金', () => {
    expect(rows(['1', '部分政府性基金收入未编入年初预算', '全口径编制预算', '将土地出让收入等政府性基金收入全部编入预算', '县财政局', '县自然资源和规划局', '2022年10月底前'])).toEqual([
      ['1', '部分政府性基金收入未编入年初预算', '县财政局:lead 县自然资源和规划局:responsible', '2022年10月底前'],
    ]);
  });

  it('should read a measure split over two lines as text, and the rows after it', () => {
    expect(rows([
      '3', '专项资金结存两年以上未使用', '结存资金全部收回', '收回结存资金统筹用于急需领域，', '加快项目资金支出进度', '县财政局', '县农业农村局、县教育局、县卫健委', '2022年9月底前',
      '4', '化整为零规避公开招标', '规范采购行为', '对涉及单位约谈提醒，完善政府采购内控制度', '县财政局', '县公共资源交易中心、县审计局', '2022年11月底前',
    ].map((cell, i) => (i === 0 ? '1' : i === 8 ? '2' : cell)))).toEqual([
      ['1', '专项资金结存两年以上未使用', '县财政局:lead 县农业农村局:responsible 县教育局:responsible 县卫健委:responsible', '2022年9月底前'],
      ['2', '化整为零规避公开招标', '县财政局:lead 县公共资源交易中心:responsible 县审计局:responsible', '2022年11月底前'],
    ]);
  });
});

describe('a task merged over some of its measures only (赣州 probe round 27)', () => {
  it('should group the rows its cell spans and keep the task cell of a row of its own in that row\'s text', () => {
    const page = '<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>完成时限</td></tr>' +
      '<tr><td colspan="5">一、完善城市功能</td></tr>' +
      '<tr><td>1</td><td rowspan="2">实施老旧小区改造</td><td>完成老旧小区改造120个</td><td>市住房城乡建设局</td><td>2022年12月底前</td></tr>' +
      '<tr><td>2</td><td>同步推进加装电梯</td><td>市住房城乡建设局</td><td>2022年12月底前</td></tr>' +
      '<tr><td>3</td><td>推进城市排水防涝设施建设</td><td>改造易涝点15处</td><td>市城市管理局</td><td>2022年汛期前</td></tr>' +
      '<tr><td>4</td><td>推进口袋公园建设</td><td>新建口袋公园10个</td><td>市城市管理局</td><td>2022年12月底前</td></tr></table>';
    expect(extract(page, { path: '分工表.html' }).tables[0]!.rows.map((row) => [row.no, row.section, row.text])).toEqual([
      ['1', '实施老旧小区改造', '完成老旧小区改造120个'],
      ['2', '实施老旧小区改造', '同步推进加装电梯'],
      ['3', '一、完善城市功能', '推进城市排水防涝设施建设\n改造易涝点15处'],
      ['4', '一、完善城市功能', '推进口袋公园建设\n新建口袋公园10个'],
    ]);
  });

  it('should make the task cell a group of one where most rows stand in merged groups (岷阳 probe round 36, 安徽 39)', () => {
    const page = '<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td></tr>' +
      '<tr><td>1</td><td rowspan="2">实施老旧小区改造</td><td>完成老旧小区改造120个</td><td>市住房城乡建设局</td></tr>' +
      '<tr><td>2</td><td>同步推进加装电梯</td><td>市住房城乡建设局</td></tr>' +
      '<tr><td>3</td><td rowspan="2">推进城市排水防涝</td><td>改造易涝点15处</td><td>市城市管理局</td></tr>' +
      '<tr><td>4</td><td>建设雨水泵站2座</td><td>市水利局</td></tr>' +
      '<tr><td>5</td><td>推进口袋公园建设</td><td>新建口袋公园10个</td><td>市城市管理局</td></tr></table>';
    expect(extract(page, { path: '分工表.html' }).tables[0]!.rows.map((row) => [row.section, row.text])).toEqual([
      ['实施老旧小区改造', '完成老旧小区改造120个'], ['实施老旧小区改造', '同步推进加装电梯'],
      ['推进城市排水防涝', '改造易涝点15处'], ['推进城市排水防涝', '建设雨水泵站2座'], ['推进口袋公园建设', '新建口袋公园10个'],
    ]);
  });
});

describe('two-row headers in text: an ASCII box and one cell per line (巫溪, 接山 probe round 27)', () => {
  const rows = (text: string) => extract(text, { path: '分工表.txt' }).tables[0]!.rows.map((row) => [row.text, row.units.map((u) => `${u.name}:${u.role}`).join(' '), row.deadline]);

  it('should read the names under a box\'s merged 责任单位 on the line after the border, and skip the borders between rows', () => {
    expect(rows([
      '附件', '巫溪县2026年城乡供水一体化建设任务分工表',
      '+----+--------------+--------------------+------------------------+------------+',
      '|序号|   重点任务   |                责任单位                     |  完成时限  |',
      '|    |              +--------------------+------------------------+            |',
      '|    |              |        牵头        |          配合          |            |',
      '+----+--------------+--------------------+------------------------+------------+',
      '| 1  | 水源工程建设 | 县水利局           | 县发展改革委、         | 2026年10月 |',
      '|    |              |                    | 县生态环境局           | 底前       |',
      '+----+--------------+--------------------+------------------------+------------+',
      '| 2  | 水厂标准化   | 县水务集团有限公司 | 县卫生健康委           | 2026年9月  |',
      '|    | 改造         |                    |                        | 底前       |',
      '+----+--------------+--------------------+------------------------+------------+',
    ].join('\n'))).toEqual([
      ['水源工程建设', '县水利局:lead 县发展改革委:support 县生态环境局:support', '2026年10月底前'],
      ['水厂标准化改造', '县水务集团有限公司:lead 县卫生健康委:support', '2026年9月底前'],
    ]);
  });

  it('should read a box that is the whole page, its title above the top border', () => {
    const table = extract(['巫溪县城乡供水任务分工表', '+----+------------+----------+', '|序号|  重点任务  | 责任单位 |', '+----+------------+----------+', '| 1  | 水源工程   | 县水利局 |', '+----+------------+----------+'].join('\n'), { path: '表.txt' }).tables[0]!;
    expect([table.title, table.rows.map((row) => `${row.text} ${row.units.map((u) => u.name).join('、')}`)]).toEqual(['巫溪县城乡供水任务分工表', ['水源工程 县水利局']]);
  });

  it('should spread a merged 责任单位 over the 牵头, 配合 after the first row\'s cells, and keep a cell broken after a comma in the text', () => {
    expect(rows([
      '附件', '接山镇2024年美丽乡村示范村创建责任清单', '序号', '重点任务', '创建内容', '责任单位', '完成时限', '牵头', '配合',
      '1', '夏谢村美丽乡村示范村创建', '完成村内道路硬化、', '主街亮化和游园建设', '镇村镇建设办公室', '夏谢村村民委员会', '2024年9月底前',
      '2', '南堂子村乡村旅游提升', '打造民宿集群，', '完善游客服务中心', '镇文化旅游服务中心', '南堂子村村民委员会、镇财政所', '2024年10月底前',
    ].join('\n'))).toEqual([
      ['夏谢村美丽乡村示范村创建\n完成村内道路硬化、\n主街亮化和游园建设', '镇村镇建设办公室:lead 夏谢村村民委员会:support', '2024年9月底前'],
      ['南堂子村乡村旅游提升\n打造民宿集群,\n完善游客服务中心', '镇文化旅游服务中心:lead 南堂子村村民委员会:support 镇财政所:support', '2024年10月底前'],
    ]);
  });
});

describe('a blank line among the cells of a table written a cell a line (钦州 probe round 27)', () => {
  it('should read it, in a row one cell short, as the cell left empty', () => {
    const table = extract(['附件', '钦州市优化营商环境重点任务分工表', '序号', '重点任务', '具体措施', '牵头单位', '责任单位', '配合单位', '完成时限',
      '1', '清理妨碍统一市场的规定', '开展公平竞争审查第三方评估', '', '市发展改革委', '市市场监管局、市司法局', '2021年10月底前',
      '2', '加强知识产权保护', '建立知识产权快速维权机制', '市市场监管局', '市中级人民法院', '市公安局', '长期坚持'].join('\n'), { path: '分工表.txt' }).tables[0]!;
    expect(table.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '市发展改革委:responsible 市市场监管局:support 市司法局:support',
      '市市场监管局:lead 市中级人民法院:responsible 市公安局:support',
    ]);
  });
});

describe('sheets and Word tables that group measures (岚山, 枫亭, 汶阳 probe round 29)', () => {
  const rows = (page: string) => extract(page, { path: '台账.html' }).tables[0]!.rows.map((row) => [row.section, row.text]);

  it('should group the measures under a 任务名称 or over 工作内容, and a cell of one row too where nearly all are merged', () => {
    const page = '<table><tr><td>序号</td><td>任务名称</td><td>工作内容</td><td>责任单位</td></tr>' +
      '<tr><td>1</td><td rowspan="3">市容秩序整治</td><td>整治占道经营。</td><td>县综合行政执法局</td></tr>' +
      '<tr><td>2</td><td>清理违规户外广告。</td><td>县综合行政执法局</td></tr>' +
      '<tr><td>3</td><td>规范非机动车停放。</td><td>县公安局</td></tr>' +
      '<tr><td>4</td><td>背街小巷改造</td><td>完成背街小巷改造36条。</td><td>县住建局</td></tr></table>';
    expect(rows(page)).toEqual([
      ['市容秩序整治', '整治占道经营。'], ['市容秩序整治', '清理违规户外广告。'], ['市容秩序整治', '规范非机动车停放。'], ['背街小巷改造', '完成背街小巷改造36条。'],
    ]);
  });

  it('should take the sheet\'s title over the line saying who filled it in', () => {
    const page = '<p>岚山县2024年创建全国文明城市重点任务责任清单</p><p>填报单位：岚山县创建全国文明城市工作指挥部办公室　更新日期：2024年3月</p>' +
      '<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr><tr><td>1</td><td>市容秩序整治</td><td>县综合行政执法局</td></tr></table>';
    expect(extract(page, { path: '清单.html' }).tables[0]!.title).toBe('岚山县2024年创建全国文明城市重点任务责任清单');
  });
});

describe('a unit\'s name broken over two lines of its cell, a cell a line (赣州 probe round 30)', () => {
  it('should join 各县（市、区）人民 / 政府 into one name', () => {
    const table = extract(['附件', '赣州市农村寄递物流任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '打造“快递进村”特色项目', '市邮政管理局', '各县（市、区）人民', '政府', '2024年底前'].join('\n'), { path: '分工表.txt' }).tables[0]!;
    expect(table.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual(['市邮政管理局:lead 各县(市、区)人民政府:support']);
  });
});

describe('a township\'s ledger names its offices and stations 办所 (小河 probe round 30)', () => {
  it('should read 责任办所, 牵头站所 as unit columns', () => {
    expect(['责任办所', '牵头站所', '配合办所'].map(columnKind)).toEqual(['responsible', 'lead', 'support']);
  });
});

describe('a rows\' text under a header we do not know (合肥 probe round 32: 一件事名称)', () => {
  const rows = (header: string): string[] => extract(['附件', '合肥高新区“高效办成一件事”改革任务清单', `| 序号 | ${header} | 牵头单位 | 配合单位 | 完成时限 |`,
    '| 1 | 企业开办一件事 | 高新区市场监管分局 | 市公安局高新分局、高新区税务局 | 2023年12月底 |',
    '| 2 | 项目建设一件事 | 高新区建设发展局 | 高新区消防救援大队 | 2023年12月底 |'].join('\n'), { path: '清单.txt' }).tables[0]!.rows.map((row) => `${row.text}:${row.units.map((u) => u.name).join('、')}`);

  it('should read any X名称 column as the rows\' text, not 单位名称', () => {
    expect(rows('一件事名称')).toEqual(['企业开办一件事:高新区市场监管分局、市公安局高新分局、高新区税务局', '项目建设一件事:高新区建设发展局、高新区消防救援大队']);
    expect(['场景名称', '一件事名称', '单位名称'].map(columnKind)).toEqual(['text', 'text', null]);
  });

  it('should take the first unknown column before the units as the text when no column is known to be', () => {
    expect(columnKind('改革场景')).toBe(null);
    expect(rows('改革场景')).toEqual(['企业开办一件事:高新区市场监管分局、市公安局高新分局、高新区税务局', '项目建设一件事:高新区建设发展局、高新区消防救援大队']);
  });
});

describe('a PDF\'s table copied as text, a cell a line (江西 probe round 33)', () => {
  const pdf = ['序号', '重点任务', '责任单位', '完成时限',
    '1', '推进县城市政管网更新改造，新改建', '供水、排水、燃气管网2000公里', '省住房城乡建设厅、省发展改革', '委、省财政厅', '2024年12月底前',
    '2', '完善县城污水垃圾处理设施，县城生', '活污水集中收集率达到70%', '省住房城乡建设厅、省生态环境厅', '2024年12月底前',
    '3', '加快县城公共停车场和充电设施建设', '省住房城乡建设厅、省能源局、国网', '江西省电力有限公司', '2024年10月底前',
    '— 3 —', '序号', '重点任务', '责任单位', '完成时限',
    '4', '建设县城养老服务设施，每个县城至', '少建成1个县级失能照护机构', '省民政厅、省卫生健康委、省财政厅', '2024年12月底前',
    '5', '拓宽县城建设投融资渠道，用好地方', '政府专项债券', '省财政厅、省发展改革委、国家金融', '监督管理总局江西监管局', '2024年12月底前'];

  it('should go on past the header repeated where a page broke the table', () => {
    expect(table(pdf.join('\n')).rows.map((row) => row.no)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('should join the lines the PDF wrapped at its columns\' widths, in the text and in the unit names', () => {
    const read = table(pdf.join('\n'));
    expect(read.rows.map((row) => row.text)).toEqual([
      '推进县城市政管网更新改造,新改建供水、排水、燃气管网2000公里', '完善县城污水垃圾处理设施,县城生活污水集中收集率达到70%', '加快县城公共停车场和充电设施建设',
      '建设县城养老服务设施,每个县城至少建成1个县级失能照护机构', '拓宽县城建设投融资渠道,用好地方政府专项债券',
    ]);
    expect(read.rows.map((row) => row.units.map((u) => u.name).join('、'))).toEqual([
      '省住房城乡建设厅、省发展改革委、省财政厅', '省住房城乡建设厅、省生态环境厅', '省住房城乡建设厅、省能源局、国网江西省电力有限公司',
      '省民政厅、省卫生健康委、省财政厅', '省财政厅、省发展改革委、国家金融监督管理总局江西监管局',
    ]);
  });

  it('should not take the page number over the table for its title', () => {
    const document = extract(['江西省2024年县城承载能力提升重点任务清单', '一、重点任务', '具体任务及责任分工见下表。', '— 2 —', ...pdf].join('\n'), { path: '清单.txt' });
    expect(document.tables[0]!.title).toBeNull();
  });
});

describe('a Markdown table ends at its last row (建宁 probe round 33)', () => {
  it('should leave the numbered text after the table to the body', () => {
    const document = extract(['二、重点任务', '| 序号 | 工作内容 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 开展“清朗街巷”专项行动 | 综合行政执法大队 | 2024年8月底前 |',
      '| 2 | 加强意识形态和宣传思想工作 | 党政综合办公室 | 2024年12月底前 |', '', '    三、工作要求', '    （一）强化责任落实。各责任单位要细化措施。'].join('\n'), { path: '分解表.txt' });
    expect(document.tables[0]!.rows.map((row) => row.deadline)).toEqual(['2024年8月底前', '2024年12月底前']);
    expect(document.tasks.map((task) => task.text)).toContain('强化责任落实。各责任单位要细化措施。');
  });
});

describe('a ledger numbering its rows within sections, 1-1, 2-1 (黄冈 probe round 33)', () => {
  it('should give each row the section above it', () => {
    const read = table(['序号\t督办事项\t责任单位\t配合单位', '一、重大项目建设\t\t\t', '1-1\t加快推进黄冈长江大桥连接线工程建设\t市交通运输局\t市自然资源和规划局', '1-2\t加快市中心医院新院区建设\t市卫生健康委\t市发改委',
      '二、优化营商环境\t\t\t', '2-1\t落实小微企业贷款贴息政策\t市财政局\t—'].join('\n'));
    expect(read.rows.map((row) => `${row.no} ${row.section}`)).toEqual(['1-1 一、重大项目建设', '1-2 一、重大项目建设', '2-1 二、优化营商环境']);
  });
});

describe('a PDF\'s table copied a cell a line, its narrow columns wrapped (德州 probe round 34)', () => {
  it('should join names and dates broken off, and lines of one character, and read every row', () => {
    const document = extract(['附件', '德州市县域商业体系建设重点任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '改造提升县城商业设施', '市商务局', '市住房城乡建设局、市市场', '监管局', '2025年6月', '底',
      '2', '建设乡镇商贸中心', '市商务局', '市自然资源和规划局、各县', '（市、区）人民政府', '2025年12', '月底',
      '— 2 —', '德州市人民政府办公室文件', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '3', '发展农村新型便民商店', '市商务局、市供销', '社', '市邮政管理局', '持续推进',
      '4', '加强农产品流通设施建', '设', '市农业农村局', '市商务局', '2025年12月底',
      '5', '推动农村电商发展', '市商务局', '市人力资源社会保障局、团', '市委', '持续推进'].join('\n'), { path: '分工表.txt' });
    expect(document.tables[0]!.rows.map((row) => `${row.text}|${row.units.map((u) => `${u.name}:${u.role}`).join(' ')}|${row.deadline}`)).toEqual([
      '改造提升县城商业设施|市商务局:lead 市住房城乡建设局:support 市市场监管局:support|2025年6月底',
      '建设乡镇商贸中心|市商务局:lead 市自然资源和规划局:support 各县(市、区)人民政府:support|2025年12月底',
      '发展农村新型便民商店|市商务局:lead 市供销社:lead 市邮政管理局:support|持续推进',
      '加强农产品流通设施建设|市农业农村局:lead 市商务局:support|2025年12月底',
      '推动农村电商发展|市商务局:lead 市人力资源社会保障局:support 团市委:support|持续推进',
    ]);
  });
});

describe('probe round 42: project lists (攸县, 荆门, 射洪, 鹿邑)', () => {
  const rowsOf = (table: ResponsibilityTable) => table.rows.map((r) => [r.no, r.units.map((u) => `${u.name}:${u.role}`).join(' '), r.deadline]);

  it('should read a project list written a cell a line: its unit of measure, columns we do not know, a total and a unit list broken after 、', () => {
    const table = extract([
      '附件', '攸县2024年重点建设项目计划表', '单位：万元',
      '序号', '项目名称', '建设内容及规模', '总投资', '2024年计划投资', '建设起止年限', '责任领导', '牵头单位', '配合单位',
      '合计（2个）', '131000', '43000', '一、产业项目（2个）',
      '1', '攸县高新区新材料产业园二期', '新建标准厂房12万平方米', '86000', '25000', '2023-2025', '刘志强', '攸县高新区管委会', '县发改局、县自然资源局',
      '2', '酒埠江灌区续建配套与现代化改造项目', '改造干支渠38公里', '45000', '18000', '2024-2025', '陈国平', '县水利局', '酒埠江镇、', '丫江桥镇',
    ].join('\n'), { path: '攸县.txt' }).tables[0]!;
    expect(rowsOf(table)).toEqual([
      ['1', '攸县高新区管委会:lead 县发改局:support 县自然资源局:support', '2023-2025'],
      ['2', '县水利局:lead 酒埠江镇:support 丫江桥镇:support', '2024-2025'],
    ]);
  });

  it('should read a project owner (项目业主) as a unit responsible for the project, in a column and in a note', () => {
    expect(columnKind('项目业主')).toBe('responsible');
    const table = extract(['附件', '射洪市2024年重点项目计划表', '序号\t项目名称\t牵头单位\t项目业主', '1\t金华镇污水处理及管网建设项目\t遂宁市射洪生态环境局\t金华镇人民政府'].join('\n'), { path: '射洪.txt' }).tables[0]!;
    expect(rowsOf(table)).toEqual([['1', '遂宁市射洪生态环境局:lead 金华镇人民政府:responsible', null]]);
    const [task] = extract('一、重点项目\n3.鹿邑县人民医院新院区建设项目。（责任领导：副县长王淑芬；牵头单位：县卫健委；项目业主：鹿邑县人民医院）').tasks;
    expect(task!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县卫健委:lead', '鹿邑县人民医院:responsible']);
  });
});

describe('probe round 42: a project list\'s totals, categories and titles', () => {
  it('should read a category row carrying subtotals as a section, and leave total rows out', () => {
    const table = extract([
      '## 荆门市2024年市级重点建设项目清单', '',
      '| 序号 | 项目名称 | 总投资（亿元） | 责任单位 |', '| --- | --- | --- | --- |',
      '| | **合计（2个）** | **96.5** | |', '| **一** | **先进制造业项目（2个）** | **96.5** | |',
      '| 1 | 荆门高新区新能源电池材料产业园项目 | 80 | 荆门高新区·掇刀区管委会 |', '| 2 | 钟祥市磷化工产业园项目 | 16.5 | 钟祥市人民政府 |',
    ].join('\n'), { path: '荆门.md' });
    expect(table.meta.title).toBe('荆门市2024年市级重点建设项目清单');
    expect(table.tables[0]!.rows.map((r) => `${r.no} ${r.section}`)).toEqual(['1 一、先进制造业项目(2个)', '2 一、先进制造业项目(2个)']);
  });

  it('should take a list\'s title row for the document\'s title, and no unit of measure for the table\'s', () => {
    const document = extract(Buffer.from(['射洪市2024年市级重点项目计划表,,,', '单位：万元,,,', '序号,项目名称,总投资,牵头单位', ',合计（1个）,150000,', '1,射洪锂电新材料产业园三期项目,150000,射洪经开区管委会'].join('\n')), { path: '射洪.csv' });
    expect([document.meta.title, document.tables[0]!.title, document.tables[0]!.rows.length]).toEqual(['射洪市2024年市级重点项目计划表', '射洪市2024年市级重点项目计划表', 1]);
  });
});

describe('probe round 42: 同上 in a table written a cell a line (平江)', () => {
  const plan = [
    '平江县县域商业体系建设实施方案', '一、重点任务', '（一）完善县城商业设施。改造提升县城商业中心。', '（二）发展农村电子商务。建设县级电商服务中心。', '（三）提升农产品流通能力。建设冷链物流设施。',
    '附件', '平江县县域商业体系建设任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
    '1', '（一）完善县城商业设施', '县商务局', '县住建局、县自然资源局', '2025年12月',
    '2', '（二）发展农村电子商务', '县商务局', '县农业农村局、县供销社', '2025年6月',
    '3', '（三）提升农产品流通能力', '县农业农村局', '同上', '2025年12月',
  ].join('\n');

  it('should read 同上 in a unit cell of a table written a cell a line as the row above\'s units, and read on', () => {
    const table = extract(plan, { path: '平江.txt' }).tables[0]!;
    expect(table.rows.map((r) => r.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县商务局:lead 县住建局:support 县自然资源局:support', '县商务局:lead 县农业农村局:support 县供销社:support', '县农业农村局:lead 县供销社:support',
    ]);
  });
});

describe('probe round 42: a total row with no 序号 under a tab-separated list (沂水)', () => {
  it('should leave the totals out of the row above', () => {
    const table = extract(['附件', '沂水县2024年县级重点项目表', '序号\t项目名称\t总投资\t牵头单位', '1\t沂水县城区学校建设项目\t5.2\t县教育和体育局', '\t合计\t80.6\t'].join('\n'), { path: '沂水.txt' }).tables[0]!;
    expect(table.rows.map((r) => r.text)).toEqual(['沂水县城区学校建设项目']);
  });
});

describe('probe round 46: a category row of a project list written a cell a line (大瑶)', () => {
  it('should read the number, name and subtotals before row 1 as the rows\' section', () => {
    const table = extract(['附件', '大瑶镇2024年乡村振兴重点项目表', '单位：万元', '序号', '项目名称', '总投资', '年度计划投资', '牵头单位', '配合单位',
      '一', '产业发展类（2个）', '1350', '620', '1', '大瑶镇高标准农田建设项目', '360', '360', '镇农业综合服务中心', '南阳村、杨花村',
      '2', '大瑶花炮文化产业园提质改造', '990', '260', '镇经济发展办', '镇应急管理办'].join('\n'), { path: '大瑶.txt' }).tables[0]!;
    expect(table.rows.map((r) => `${r.no} ${r.section} ${r.units.map((u) => u.name).join('、')}`)).toEqual([
      '1 一、产业发展类(2个) 镇农业综合服务中心、南阳村、杨花村', '2 一、产业发展类(2个) 镇经济发展办、镇应急管理办',
    ]);
  });
});

describe('a unit\'s name broken over two lines before an empty cell, a cell a line (浏阳 probe round 61)', () => {
  it('should join 国网浏阳市供电公 / 司 and keep the blank line as the empty 责任人 cell', () => {
    const table = extract(['附件', '浏阳市城乡环境整治任务清单', '序号', '重点任务', '责任领导', '责任单位', '责任人', '完成时限',
      '4', '清理背街小巷“飞线”“蜘蛛网”，规范弱电管线入地或捆扎', '陈××（副市长）', '市工信局（牵头）、中国电信浏阳分公司、国网浏阳市供电公', '司', '', '2024年7月底',
      '5', '开展村庄清洁行动', '陈××（副市长）', '市农业农村局', '周××', '2024年8月底'].join('\n'), { path: '清单.txt' }).tables[0]!;
    expect(table.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '市工信局:lead 中国电信浏阳分公司:responsible 国网浏阳市供电公司:responsible', '市农业农村局:responsible',
    ]);
  });
});

describe('a unit cell wrapped inside a name, the rest of it opening the next line with another unit (江西 probe round 63)', () => {
  it('should read 省住房城乡建设 / 厅、省公安厅 as one cell and go on to the next row', () => {
    const table = extract(['附件', '城镇燃气安全排查整治重点任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '全面排查燃气经营企', '业', '省住房城乡建设', '厅', '省市场监管局、', '省应急厅', '2021年9月底前',
      '2', '加强燃气器具和气瓶', '质量监管', '省市场监管局', '省住房城乡建设', '厅、省公安厅', '2021年11月底前',
      '3', '严厉打击违法违规行', '为', '省公安厅', '省住房城乡建设', '厅、省市场监管', '局、省交通运输', '厅', '持续推进'].join('\n'), { path: '分工表.txt' }).tables[0]!;
    expect(table.rows.map((row) => `${row.text} ${row.units.map((u) => `${u.name}:${u.role}`).join(' ')}`)).toEqual([
      '全面排查燃气经营企业 省住房城乡建设厅:lead 省市场监管局:support 省应急厅:support',
      '加强燃气器具和气瓶质量监管 省市场监管局:lead 省住房城乡建设厅:support 省公安厅:support',
      '严厉打击违法违规行为 省公安厅:lead 省住房城乡建设厅:support 省市场监管局:support 省交通运输厅:support',
    ]);
  });
});

describe('a table row naming its task\'s units in contrary roles (安溪 probe round 62)', () => {
  it('should note a unit that leads in one and supports in the other, and keep each as written; a 责任单位 is either', () => {
    const document = extract(['一、重点任务', '（一）开展全面排查。全面摸排存量“两违”建筑。（牵头单位：县自然资源局；配合单位：各乡镇人民政府）',
      '（二）开展集中拆除。依法拆除违法建筑。（责任单位：各乡镇人民政府、县城管局）',
      '附件', '任务分解表', '序号\t重点任务\t牵头单位\t配合单位', '1\t开展全面排查\t各乡镇人民政府\t县自然资源局', '2\t开展集中拆除\t各乡镇人民政府\t县城管局'].join('\n'), { path: '通知.txt' });
    expect(document.diagnostics.filter((d) => d.code === 'table-task-role-mismatch').map((d) => d.message)).toEqual([
      '任务分解表第 1 行与任务 1.1 的角色不同：各乡镇人民政府（任务中配合，表中牵头）、县自然资源局（任务中牵头，表中配合）',
    ]);
    expect(document.tasks[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });

  it('should name the roles a table changes beside the units it adds or leaves out, and let a split task\'s rows lead and support (许昌 probe round 90)', () => {
    const document = extract(['二、主要任务',
      '（一）推进工业固体废物减量。（市工业和信息化局牵头，市发展改革委、市生态环境局配合）',
      '（二）推进医疗废物收集处置。（市生态环境局牵头，市卫生健康委、市公安局、市交通运输局配合）',
      '附件', '重点任务清单', '序号\t重点任务\t牵头单位\t配合单位',
      '1\t推进工业固体废物减量\t市工业和信息化局\t市发展改革委、长葛市人民政府', '2\t推进工业固体废物减量\t市生态环境局\t市工业和信息化局',
      '3\t推进医疗废物收集处置\t市卫生健康委\t市生态环境局'].join('\n'), { path: '通知.txt' });
    expect(document.diagnostics.filter((d) => d.code === 'table-task-mismatch').map((d) => d.message)).toEqual([
      '重点任务清单第 1、2 行与任务 2.1 的责任单位不一致：表中多出 长葛市人民政府；角色不同 市生态环境局（任务中配合，表中牵头）',
      '重点任务清单第 3 行与任务 2.2 的责任单位不一致：表中缺少 市公安局、市交通运输局；角色不同 市卫生健康委（任务中配合，表中牵头）、市生态环境局（任务中牵头，表中配合）',
    ]);
  });
});

describe('a project list beside the plan (鄂温克 probe round 68)', () => {
  it('should link no project to a task it only shares words with, and warn of no mismatch', () => {
    const document = extract(['二、主要措施', '2.发展特色产业项目。依托民族特色奶食品、牛羊肉加工和草原旅游，支持嘎查村领办合作社。',
      '责任单位：旗农牧和科技局（牵头）、旗文化旅游体育局，各苏木乡镇', '附件：重点项目清单', '附件', '重点项目清单', '序号|项目名称|实施地点|牵头单位|责任单位',
      '1|奶食品加工合作社扩建项目|巴彦托海镇|旗农牧和科技局|巴彦托海镇人民政府', '2|嘎查集体牧家乐项目|辉苏木|旗文化旅游体育局|辉苏木人民政府'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.task ?? null)).toEqual([null, null]);
    expect(document.diagnostics.filter((d) => d.code === 'table-task-mismatch')).toEqual([]);
  });
});

describe('a task list under sections that are the body\'s actions (滁州 probe round 70)', () => {
  it('should link rows under `一、科技创新策源行动` to `（一）实施科技创新策源行动。`, not to the goals they share words with', () => {
    const document = extract(['一、总体目标', '到2025年，新增省级以上创新平台15个。', '二、重点任务', '（一）实施科技创新策源行动。支持企业建设研发机构。', '（二）实施产业集群壮大行动。聚焦主导产业。',
      '附件：重点任务清单', '附件', '重点任务清单', '序号\t重点任务\t牵头部门\t配合部门', '一、科技创新策源行动\t\t\t', '1\t新增省级以上企业技术中心等创新平台15个\t科技创新局\t经济发展局',
      '二、产业集群壮大行动\t\t\t', '2\t引进投资10亿元以上项目8个\t投资促进局\t经济发展局'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.task ?? null)).toEqual(['2.1', '2.2']);
  });
});

describe('probe round 76: a street\'s community column, a legend of （牵头） (集里, 南江)', () => {
  it('should read a 责任社区 column beside the offices\' columns as responsible units', () => {
    const t = table(['| 序号 | 工作任务 | 牵头科室 | 配合科室 | 责任社区 | 时间节点 |', '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 整治重点路段占道经营 | 城管办 | 执法中队、集里派出所 | 金沙社区、花园社区 | 2026年3月底前 |'].join('\n'));
    expect(units(t)).toEqual([['城管办:lead', '执法中队:support', '集里派出所:support', '金沙社区:responsible', '花园社区:responsible']]);
  });

  it('should give the units that say no role the role `标注“（牵头）”的为牵头单位，其余为配合单位` gives the rest', () => {
    const document = extract(['附件', '南江县2025年农村人居环境整治重点任务分工表', '| 序号 | 重点任务 | 责任单位 |', '| --- | --- | --- |',
      '| 1 | 推进农村厕所革命 | 县农业农村局（牵头）、县卫生健康局、各乡镇人民政府 |', '注：1.责任单位中标注“（牵头）”的为牵头单位，其余为配合单位。'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`))).toEqual([['县农业农村局:lead', '县卫生健康局:support', '各乡镇人民政府:support']]);
  });

  it('should give a task\'s note the legend\'s role for the rest too', () => {
    const document = extract(['（责任单位中标注“（牵头）”的为牵头单位，其余为配合单位）', '一、重点任务', '1.推进农村厕所革命。（责任单位：县农业农村局（牵头）、县卫生健康局）'].join('\n'));
    expect(document.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['县农业农村局:lead', '县卫生健康局:support']]);
  });
});

describe('probe round 83: an education bureau\'s list of its offices and schools (叙州)', () => {
  it('should read `责任学校（单位）` as a column of responsible units, the legend\'s first-listed lead in its own column only', () => {
    const document = extract(['附件', '叙州区2025年校园安全重点任务清单', '序号\t工作内容\t责任领导\t责任股室\t责任学校（单位）\t完成时限',
      '1\t开展校园安全隐患排查整治\t罗建平\t安全稳定股、基础教育股\t各中小学、幼儿园\t每月', '2\t加强中高考考试安全保障\t王强\t考试中心\t叙州一中、区一中\t6月', '注：责任股室中排在第一位的为牵头股室。'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`))).toEqual([
      ['安全稳定股:lead', '基础教育股:responsible', '各中小学、幼儿园:responsible'], ['考试中心:lead', '叙州一中:responsible', '区一中:responsible'],
    ]);
  });
});

describe('probe round 86: a table whose rows have no outer bars (四川 交通运输厅 巡视整改)', () => {
  it('should read a row opening with `||` as two empty cells, merged above it, not one', () => {
    const document = extract(['附件', '巡视反馈问题整改清单', '序号|反馈问题|整改措施|责任领导|牵头处室（单位）|责任处室（单位）|整改时限',
      '1|学习贯彻不深入|制定党组理论学习中心组年度学习计划|厅党组书记、厅长|机关党委|办公室、政策法规处|2023年12月底前',
      '||开展交通强省建设试点任务中期评估|厅党组成员、副厅长|综合规划处|公路局、水运局|2024年6月底前'].join('\n'));
    expect(document.tables[0]!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`))).toEqual([
      ['机关党委:lead', '办公室:responsible', '政策法规处:responsible'], ['综合规划处:lead', '公路局:responsible', '水运局:responsible'],
    ]);
  });
});
