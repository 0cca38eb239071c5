// Document metadata, from the headers of the corpus documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { readLayout } from '../../src/extractors/layout.js';
import { parseDate, readMeta } from '../../src/extractors/meta.js';
import { readTextLines } from '../../src/readers/text.js';

const meta = (text: string) => {
  const lines = readTextLines(text);
  return readMeta(lines, readLayout(lines));
};

describe('readMeta', () => {
  it('should read a joint notice with a title split over lines (yanbian)', () => {
    const found = meta([
      '中共延边州委办公室 延边州人民政府办公室',
      '关于印发《延边州开展示范镇建设助推',
      '乡村振兴工作任务分工方案》的通知',
      '延州办字〔2022〕4号',
      '各县、市党委和人民政府,州委各部、委、室,州政府各委、办、局,各人民团体:',
      '《延边州开展示范镇建设助推乡村振兴工作任务分工方案》已经州委、州政府同意,现印发给你们,请结合实际认真贯彻落实。',
      '中共延边州委办公室',
      '延边州人民政府办公室',
      '2022年5月7日',
      '(此件公开发布)',
      '延边州开展示范镇建设',
      '助推乡村振兴工作任务分工方案',
      '为深入贯彻落实……现结合实际,制定本分工方案。',
      '一、总体要求',
    ].join('\n'));
    expect(found).toEqual({
      title: '延边州开展示范镇建设助推乡村振兴工作任务分工方案',
      docNumber: '延州办字〔2022〕4号',
      issuers: ['中共延边州委办公室', '延边州人民政府办公室'],
      date: '2022-05-07',
      recipients: ['各县、市党委和人民政府', '州委各部、委、室', '州政府各委、办、局', '各人民团体'],
      attachments: [],
      level: null,
    });
  });

  it('should skip a reposted page\'s news headline and take the publication date (county-towns)', () => {
    const found = meta([
      '您的位置:首页 > 信息动态  > 行业动态',
      '吉林省印发37项举措!事关管网改造、城市内涝、就业……',
      '来源:www.cqzrhj.com 发布时间:2022年09月19日',
      '',
      '吉林省关于推进以县城为重要载体的城镇化建设的若干举措',
      '',
      '一、科学把握功能定位,分类引导县城发展方向',
    ].join('\n'));
    expect(found.title).toBe('吉林省关于推进以县城为重要载体的城镇化建设的若干举措');
    expect(found.date).toBe('2022-09-19');
    expect(found.issuers).toEqual([]);
  });

  it('should read every office of a joint signature, a blank line before its date (怀化 probe round 31)', () => {
    const found = meta('关于印发《怀化市县域商业体系建设实施方案》的通知\n各县（市、区）人民政府：\n现将《方案》印发给你们，请认真贯彻执行。\n\n怀化市商务局\n怀化市发展和改革委员会\n怀化市财政局\n\n2026年5月8日\n\n一、总体要求');
    expect(found).toMatchObject({ issuers: ['怀化市商务局', '怀化市发展和改革委员会', '怀化市财政局'], date: '2026-05-08' });
  });

  it('should take the issuer from 来源 on a portal page (shuangying)', () => {
    const found = meta('双营乡乡村建设行动实施方案\n发布时间:2022-11-14 10:45  来源:双营乡\n【字体: 打印\n长双双府〔2022〕42号\n一、指导思想和基本原则');
    expect(found).toMatchObject({ title: '双营乡乡村建设行动实施方案', docNumber: '长双双府〔2022〕42号', issuers: ['双营乡'], date: '2022-11-14' });
  });

  it('should take the date a standing committee adopted the plan, under its title (湘潭, probe round 14)', () => {
    expect(meta('湘潭市人大常委会2024年工作要点\n（2024年1月26日湘潭市第十六届人民代表大会常务委员会第二十次会议通过）\n一、依法履职').date).toBe('2024-01-26');
  });

  it('should take the issuer from a notice\'s title line under its 文号 where the notice is signed with a date alone (新乡, probe round 55)', () => {
    const found = meta('新政办〔2025〕9号\n新乡市人民政府办公室关于印发新乡市2025年城市更新行动工作方案的通知\n各县（市、区）人民政府：\n《新乡市2025年城市更新行动工作方案》已经市政府同意，现印发给你们。\n2025年3月4日\n新乡市2025年城市更新行动工作方案\n一、主要目标');
    expect(found).toMatchObject({ issuers: ['新乡市人民政府办公室'], date: '2025-03-04', docNumber: '新政办〔2025〕9号' });
  });

  it('should take the office and the date on one line under a ledger\'s title, and not take that line for a table\'s title (绵阳, probe round 55)', () => {
    const document = extract('2025年市政府工作报告重点工作任务督办台账\n绵阳市人民政府督查室　　2025年4月3日\n序号\t重点工作\t牵头单位\t完成时限\t办结时间\n1\t推进工作。\t市发展改革委\t2025年6月底前\t2025年5月20日\n2\t加强统筹。\t市财政局\t2025年9月底前\t\n');
    expect(document.meta).toMatchObject({ issuers: ['绵阳市人民政府督查室'], date: '2025-04-03' });
    expect(document.tables.map((table) => table.title)).toEqual(['2025年市政府工作报告重点工作任务督办台账']);
    // the first time column is the deadline: 办结时间 is the day it was done
    expect(document.tables[0]!.rows.map((row) => row.deadline)).toEqual(['2025年6月底前', '2025年9月底前']);
  });

  it('should take the date printed alone in brackets under a party committee\'s title (六安, probe round 53)', () => {
    expect(meta('中共六安市委关于省委第六巡视组巡视反馈意见整改落实方案\n\n　　（2024年7月2日）\n\n　　根据省委统一部署，制定本方案。\n一、整改工作要求').date).toBe('2024-07-02');
  });

  it('should cite a plan titled by its issuer over two lines with the issuer, a notice without (远安, probe round 53; 兰考, round 41)', () => {
    expect(meta('中共远安县卫生健康局党组\n关于县委第二巡察组巡察反馈意见整改工作方案\n\n一、整改工作目标').title).toBe('中共远安县卫生健康局党组关于县委第二巡察组巡察反馈意见整改工作方案');
    expect(meta('兰考县人民政府办公室\n关于成立兰考县创建国家全域旅游示范区工作领导小组的通知\n兰政办〔2023〕19号\n\n各乡镇人民政府：').title).toBe('关于成立兰考县创建国家全域旅游示范区工作领导小组的通知');
  });

  it('should not glue a date printed in figures onto the title below it (鹰潭, probe round 12)', () => {
    expect(meta('2024-03-18\n鹰潭市2024年文旅消费提振行动方案\n一、重点任务').title).toBe('鹰潭市2024年文旅消费提振行动方案');
    expect(meta('2024/3/18 18:30\n鹰潭市2024年文旅消费提振行动方案\n一、重点任务').title).toBe('鹰潭市2024年文旅消费提振行动方案');
  });

  it('should say nothing where the document says nothing (jilin plan)', () => {
    expect(meta('党的十八大以来，我省小城镇建设取得明显进展。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导。')).toEqual({
      title: null, docNumber: null, issuers: [], date: null, recipients: [], attachments: [], level: null,
    });
  });

  it('should list attachments after 附件:', () => {
    const found = meta('XX工作方案\n一、任务\n(一)开展整治。(责任单位:县城管局)\n附件:1.延边州示范镇建设议事协调机制成员名单\n2.延边州乡村振兴示范镇建设责任清单\n附件1\n名单');
    expect(found.attachments).toEqual(['延边州示范镇建设议事协调机制成员名单', '延边州乡村振兴示范镇建设责任清单']);
  });
});

describe('parseDate', () => {
  it('should read the date forms of official documents', () => {
    expect(parseDate('2022年5月7日')).toBe('2022-05-07');
    expect(parseDate('二〇二二年五月七日')).toBe('2022-05-07');
    expect(parseDate('二○二五年十二月三十一日')).toBe('2025-12-31');
    expect(parseDate('2022-11-14 10:45')).toBe('2022-11-14');
    expect(parseDate('2022年13月1日')).toBeNull();
  });

  it('should read a Latin letter O for 〇 and 元月 for January (p35b)', () => {
    expect(parseDate('二O二四年一月三十一日')).toBe('2024-01-31');
    expect(parseDate('二〇二四年元月十日')).toBe('2024-01-10');
    expect(parseDate('2024年元月10日')).toBe('2024-01-10');
    expect(parseDate('二0二三年三月五日')).toBe('2023-03-05');
  });
});

describe('readMeta: rules from a review against unseen document styles', () => {
  it('should take a title ending with its years or 试行', () => {
    expect(meta('某市优化营商环境三年行动方案（2023—2025年）\n为持续优化营商环境,制定本方案。\n一、重点任务').title).toBe('某市优化营商环境三年行动方案(2023—2025年)');
  });

  it('should find the signature after the 附件 list, and the list itself', () => {
    const found = meta('某市招商引资工作方案\n一、总体目标\n全年引进项目100个。\n附件:1.重点任务分工表\n2.招商引资考核办法\n某市人民政府\n2023年5月6日\n附件1\n重点任务分工\n1.建立招商项目库。(市商务局牵头)');
    expect(found).toMatchObject({ issuers: ['某市人民政府'], date: '2023-05-06', attachments: ['重点任务分工表', '招商引资考核办法'] });
  });

  it('should read a cover letter whose attachment list holds the plan, recipients included', () => {
    const found = meta('关于印发某县农村人居环境整治实施方案的通知\n某政发[2023]5号\n各乡镇人民政府,县直各部门:\n现将《某县农村人居环境整治实施方案》印发给你们。\n附件:1.某县农村人居环境整治实施方案\n2.某县农村人居环境整治工作领导小组成员名单\n某县人民政府\n二〇二三年三月十五日\n附件1\n某县农村人居环境整治实施方案\n一、重点任务\n1.推进农村厕所革命。(县农业农村局牵头)');
    expect(found).toMatchObject({
      title: '某县农村人居环境整治实施方案', docNumber: '某政发[2023]5号', issuers: ['某县人民政府'], date: '2023-03-15',
      recipients: ['各乡镇人民政府', '县直各部门'], attachments: ['某县农村人居环境整治实施方案', '某县农村人居环境整治工作领导小组成员名单'],
    });
  });
});

describe('readMeta: cover letters and headers the probes found wrong', () => {
  it('should never take the second line of the 附件 list as the title (p40)', () => {
    const found = meta([
      '临沂市人民政府办公室',
      '关于印发《临沂市2023年城市更新行动实施方案》的通知',
      '临政办发〔2023〕12号',
      '各县区人民政府（管委会），市政府各部门（单位）：',
      '　　《临沂市2023年城市更新行动实施方案》已经市政府同意，现印发给你们，请认真组织实施。',
      '　　附件：1.临沂市2023年城市更新重点项目清单',
      '　　　　　2.临沂市2023年城市更新重点任务分工表',
      '临沂市人民政府办公室',
      '二〇二三年三月十五日',
      '临沂市2023年城市更新行动实施方案',
      '　　为深入实施城市更新行动，推动城市高质量发展，结合我市实际，制定本方案。',
      '　　一、总体目标',
    ].join('\n'));
    expect(found.title).toBe('临沂市2023年城市更新行动实施方案');
    expect(found.attachments).toEqual(['临沂市2023年城市更新重点项目清单', '临沂市2023年城市更新重点任务分工表']);
  });

  it('should take the plan printed as 附件1 as the title, not the list\'s second plan (p28)', () => {
    const found = meta('邵阳市人民政府办公室\n关于印发《邵阳市2023年粮食生产工作方案》和《邵阳市2023年耕地保护工作方案》的通知\n各县市区人民政府，邵阳经开区管委会，市直有关单位:\n附件：1．邵阳市2023年粮食生产工作方案\n　　　2．邵阳市2023年耕地保护工作方案\n邵阳市人民政府办公室\n2023年4月3日\n附件1\n邵阳市2023年粮食生产工作方案\n一、目标任务');
    expect(found.title).toBe('邵阳市2023年粮食生产工作方案');
  });

  it('should give attachment names without the extension of the file linked (probe h15)', () => {
    const found = meta([
      '冷水江市人民政府办公室关于印发《冷水江市2024年重点项目建设攻坚行动方案》的通知',
      '各乡镇人民政府、街道办事处，市直有关单位：',
      '现将《冷水江市2024年重点项目建设攻坚行动方案》印发给你们，请认真贯彻执行。',
      '附件：1.冷水江市2024年重点项目建设攻坚行动方案.docx',
      '2.冷水江市2024年重点项目清单.xlsx',
      '冷水江市人民政府办公室',
      '2024年3月5日',
      '附件1',
      '冷水江市2024年重点项目建设攻坚行动方案',
      '一、工作目标',
    ].join('\n'));
    expect(found.attachments).toEqual(['冷水江市2024年重点项目建设攻坚行动方案', '冷水江市2024年重点项目清单']);
    expect(meta('附件：1.某县任务分工表.PDF　2.某县考核办法.wps\n一、任务').attachments).toEqual(['某县任务分工表', '某县考核办法']);
    // a name ending in a number is no file name: 2.0 stays
    expect(meta('附件：1.数字乡村建设指南2.0\n一、任务').attachments).toEqual(['数字乡村建设指南2.0']);
  });

  it('should read the signature between a notice\'s own numbered opinions and the plan it forwards (赣州 probe round 36)', () => {
    const found = meta(['赣州市人民政府办公室关于转发《江西省加快推进充电基础设施建设实施方案》的通知', '赣市府办字〔2024〕18号', '各县（市、区）人民政府，市政府各部门：',
      '　　现将《江西省加快推进充电基础设施建设实施方案》转发给你们，结合我市实际，提出以下贯彻意见，请一并抓好落实。', '　　一、强化统筹推进。成立市充电基础设施建设工作专班。',
      '　　二、加快编制专项规划。2024年6月底前完成专项规划编制。', '　　三、推进县域充电网络全覆盖。', '　　四、规范居住区充电设施建设。', '　　五、加强安全监管。建立隐患排查机制。',
      '　　各地各有关部门要细化工作措施。', '赣州市人民政府办公室', '2024年3月8日', '江西省加快推进充电基础设施建设实施方案', '　　一、总体目标', '　　二、主要任务',
      '　　（一）加快完善农村充电网络布局。（责任单位：省能源局）'].join('\n'));
    expect([found.date, found.issuers]).toEqual(['2024-03-08', ['赣州市人民政府办公室']]);
  });

  it('should read a 发文字号 a PDF spaced out (南平 probe round 34)', () => {
    expect(meta('南平市人民政府办公室文件\n南 政办〔2024〕18 号\n各县（市、区）人民政府：\n一、总则').docNumber).toBe('南政办〔2024〕18号');
  });

  it('should read a 发文字号 run together with the field after it (probe h07)', () => {
    expect(meta('株政办发〔2023〕15号发布日期：2023-09-01\n各县市区人民政府：\n一、总则').docNumber).toBe('株政办发〔2023〕15号');
    // a sentence opening with a 发文字号 names no number of its own
    expect(meta('根据湘政发〔2023〕5号文件精神，制定本方案。\n一、总则').docNumber).toBeNull();
  });

  it('should read a 督查室\'s signature and zones addressed by name (黄冈 督办台账, probe round 33)', () => {
    const found = meta(['关于印发《2024年市委市政府重点工作督办台账（第一批）》的通知', '黄督办〔2024〕5号', '各县（市、区）党委和人民政府，龙感湖管理区、黄冈高新区、白潭湖片区，市直各有关单位：',
      '　　现将台账印发给你们，请抓好落实。', '中共黄冈市委督查室　　黄冈市人民政府督查室', '2024年4月8日', '一、重大项目建设'].join('\n'));
    expect(found.issuers).toEqual(['中共黄冈市委督查室', '黄冈市人民政府督查室']);
    expect(found.recipients).toEqual(['各县(市、区)党委和人民政府', '龙感湖管理区、黄冈高新区、白潭湖片区', '市直各有关单位']);
  });

  it('should read a prefecture addressed by its name alone, and a 师\'s farms (新疆, 石河子 probe round 32)', () => {
    expect(meta('新疆维吾尔自治区人民政府办公厅关于印发自治区加快农村寄递物流体系建设实施方案的通知\n新政办发〔2022〕45号\n伊犁哈萨克自治州，各州、市人民政府，各行政公署，自治区人民政府各组成部门、各直属机构：\n　　现印发给你们，请认真贯彻落实。\n一、总体要求').recipients)
      .toEqual(['伊犁哈萨克自治州', '各州、市人民政府', '各行政公署', '自治区人民政府各组成部门、各直属机构']);
    expect(meta('关于印发某方案的通知\n各团场，石河子经济技术开发区管委会、师市各部门：\n　　现印发给你们。\n一、总体要求').recipients).toEqual(['各团场', '石河子经济技术开发区管委会、师市各部门']);
  });

  it('should read recipients over two lines, to the salutation colon, and joint issuers side by side (p14)', () => {
    const found = meta([
      '中共宁乡市委办公室',
      '宁乡市人民政府办公室',
      '关于印发《宁乡市2024年乡村振兴重点工作任务清单》的通知',
      '宁办发〔2024〕5号',
      '各镇（街道）党（工）委、人民政府（办事处），市直机关各单位，',
      '各人民团体：',
      '　　经市委、市人民政府同意，现将《宁乡市2024年乡村振兴重点工作任务清单》印发给你们，请结合实际认真抓好落实。',
      '中共宁乡市委办公室　　　　　　宁乡市人民政府办公室',
      '2024年2月28日',
      '宁乡市2024年乡村振兴重点工作任务清单',
      '一、确保粮食和重要农产品稳定安全供给',
    ].join('\n'));
    expect(found.recipients).toEqual(['各镇(街道)党(工)委、人民政府(办事处)', '市直机关各单位', '各人民团体']);
    expect(found.issuers).toEqual(['中共宁乡市委办公室', '宁乡市人民政府办公室']);
    expect(found.date).toBe('2024-02-28');
  });

  it('should keep one issuer whole when a stray space splits its name', () => {
    expect(meta('某县农村厕所改造工作方案\n一、任务\n(一)开展改厕。(县农业农村局负责)\n某县 人民政府办公室\n2023年5月6日').issuers).toEqual(['某县人民政府办公室']);
  });

  it('should take no recipients from a reposted news lead ending in a colon (p27)', () => {
    const found = meta([
      '首页 > 新闻中心 > 部门动态',
      '我市出台方案推进老旧小区改造 今年将改造120个小区',
      '来源：怀化日报　发布时间：2024-03-18 09:12　浏览次数：358',
      '　　近日，市政府办公室印发《怀化市2024年城镇老旧小区改造工作方案》，全文如下：',
      '怀化市2024年城镇老旧小区改造工作方案',
      '　　一、工作目标',
    ].join('\n'));
    expect(found.recipients).toEqual([]);
    expect(found.title).toBe('怀化市2024年城镇老旧小区改造工作方案');
  });

  it('should take no recipients from a cover letter sentence ending in a colon', () => {
    expect(meta('关于印发某县实施方案的通知\n为加快推进县直各部门工作，现将有关事项通知如下：\n一、任务').recipients).toEqual([]);
  });

  it('should read an attachment list written on one line (p13)', () => {
    const found = meta('娄底市加快推进现代物流业高质量发展\n三年行动方案（2023—2025年）\n　　一、发展目标\n　　到2025年，全市社会物流总额突破6000亿元。\n　　附件：1.娄底市现代物流业重点项目表　2.娄底市现代物流业重点任务分工表\n娄底市人民政府办公室\n2023年6月30日');
    expect(found.attachments).toEqual(['娄底市现代物流业重点项目表', '娄底市现代物流业重点任务分工表']);
    expect(found.issuers).toEqual(['娄底市人民政府办公室']);
  });

  it('should not cut an attachment name at a number inside it', () => {
    expect(meta('某市工作方案\n一、任务\n附件：某市2023年重点项目 3.5亿元以上清单').attachments).toEqual(['某市2023年重点项目3.5亿元以上清单']);
  });

  it('should find the issuers above a date written with a Latin O (p35b)', () => {
    const found = meta([
      '中共新化县委办公室',
      '新化县人民政府办公室',
      '关于印发《新化县2024年人居环境整治百日攻坚行动方案》的通知',
      '新办发〔2024〕3号',
      '各乡镇党委、人民政府，县直机关各单位：',
      '　　现将《新化县2024年人居环境整治百日攻坚行动方案》印发给你们，请认真抓好落实。',
      '中共新化县委办公室',
      '新化县人民政府办公室',
      '二O二四年一月三十一日',
      '新化县2024年人居环境整治百日攻坚行动方案',
      '一、攻坚任务',
    ].join('\n'));
    expect(found).toMatchObject({ issuers: ['中共新化县委办公室', '新化县人民政府办公室'], date: '2024-01-31' });
  });

  it('should take a title with a bracket in its middle (notes 19)', () => {
    expect(meta('××市“十四五”（2021—2025年）文化旅游发展实施方案（试行）\n一、主要任务\n（一）建设文化旅游融合示范区。').title).toBe('××市“十四五”(2021—2025年)文化旅游发展实施方案(试行)');
    expect(meta('××县城区（含开发区）环境整治工作方案\n一、主要任务').title).toBe('××县城区(含开发区)环境整治工作方案');
    expect(meta('××县2023年（第二批）项目实施方案\n一、主要任务').title).toBe('××县2023年(第二批)项目实施方案');
  });

  it('should take no title from a line carrying a note', () => {
    expect(meta('推进农村改厕工作方案（责任单位：县农业农村局）\n一、主要任务').title).toBeNull();
  });

  it('should join a salutation hard-wrapped in the middle of a name, and nothing above it', () => {
    const found = meta('某市人民政府办公室关于印发某市工作方案的通知\n某政办发〔2023〕5号\n各县（市、区）人民政府，市政府各部门、各直属\n机构：\n现将方案印发给你们。\n一、任务');
    expect(found.recipients).toEqual(['各县(市、区)人民政府', '市政府各部门、各直属机构']);
    expect(meta('关于印发某市工作方案的通知\n某政办发〔2023〕5号\n各人民团体：\n现将方案印发给你们。\n一、任务').recipients).toEqual(['各人民团体']);
  });

  it('should read recipients written in traditional characters', () => {
    expect(meta('東府〔2021〕54號\n東莞市人民政府關於貫徹落實就業政策措施的實施意見\n各鎮人民政府(街道辦事處),市府直屬各單位:\n為貫徹落實有關政策,提出如下意見:\n一、減負穩崗').recipients).toEqual(['各鎮人民政府(街道辦事處)', '市府直屬各單位']);
  });

  it('should take the plan inside 〈〉 when a page quotes the whole notice title in 《》', () => {
    expect(meta('《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n各区人民政府,市政府各委、办、局,各市属机构:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们。\n一、围绕深化改革推进公开').title).toBe('北京市2016年政务公开工作要点');
  });

  it('should read a notice of four issuers on the title line', () => {
    const found = meta('成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知\n各区(市)县政府(管委会),市级有关部门,有关单位:\n经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们。\n一、主要目标');
    expect(found.title).toBe('成都市城市社区嵌入式服务设施建设工程实施方案');
    expect(found.issuers).toEqual(['成都市发展和改革委员会', '中共成都市委社会工作部', '成都市规划和自然资源局', '成都市住房和城乡建设局']);
  });

  it('should take a title that quotes a document in 《》, and never a notice line', () => {
    expect(meta('东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见\n各镇人民政府（街道办事处），市府直属各单位：\n为贯彻落实有关政策，提出如下意见：\n一、减负稳岗').title).toBe('东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见');
    expect(meta('阿拉山口市人民政府办公室\n阿拉山口市人民政府办公室转发《自治区人民政府工作规则》的通知\n一、总则').title).toBe('自治区人民政府工作规则');
  });

  it('should take no recipients from a heading that ends like a unit', () => {
    expect(meta('某县工作方案\n组织机构：\n一、任务').recipients).toEqual([]);
  });

  it('should read a notice in traditional characters, and give its title and 发文字号 as written', () => {
    const found = meta('滬府發〔2017〕92號\n上海市人民政府印發《關於本市加強政務誠信建設的實施意見》的通知\n各區人民政府,市政府各委、辦、局:\n現將《關於本市加強政務誠信建設的實施意見》印發給你們,請認真按照執行。\n上海市人民政府\n2017年12月20日\n關於本市加強政務誠信建設的實施意見\n政務誠信是社會信用體系的重要組成部分。\n一、總體要求');
    expect(found).toMatchObject({ title: '關於本市加強政務誠信建設的實施意見', docNumber: '滬府發〔2017〕92號', issuers: ['上海市人民政府'], date: '2017-12-20' });
  });

  it('should take a 任务分解表 for a title (p34)', () => {
    expect(meta('邵阳县2024年重点工作任务分解表\n序号\t重点工作\t牵头单位\t配合单位\n1\t推进油茶产业发展\t县林业局\t县农业农村局').title).toBe('邵阳县2024年重点工作任务分解表');
  });

  it('should read places addressed as such: 各乡镇（街道）, 各村（社区）', () => {
    expect(meta('关于印发某县工作方案的通知\n各乡镇（街道），县直各单位：\n现将方案印发给你们。\n一、任务').recipients).toEqual(['各乡镇(街道)', '县直各单位']);
    expect(meta('关于印发某镇工作方案的通知\n各村（社区），镇直各单位：\n现将方案印发给你们。\n一、任务').recipients).toEqual(['各村(社区)', '镇直各单位']);
  });
});

describe('readMeta: probe round 12 (涟源)', () => {
  it('should take a ledger\'s title, …督办台账, …推进台账, …交办单, when nothing else gives one (涟源 probe round 12)', () => {
    expect(meta('涟源市2024年重点工作督办台账\n序号\t重点工作\t责任领导\t牵头单位\n1\t推进涟源经开区标准厂房建设\t王××\t涟源经开区管委会').title).toBe('涟源市2024年重点工作督办台账');
    expect(meta('涟源市2024年重点工作推进台账\n序号\t重点工作\t牵头单位').title).toBe('涟源市2024年重点工作推进台账');
    expect(meta('涟源市2024年重点任务交办单（第一批）\n序号\t重点工作\t牵头单位').title).toBe('涟源市2024年重点任务交办单(第一批)');
  });

  it('should not take a 台账 named in a sentence or an attachment line, nor over the plan\'s title', () => {
    expect(meta('各单位要建立工作台账，按月报送进展情况。\n一、任务').title).toBeNull();
    expect(meta('附件：涟源市2024年重点工作督办台账\n一、任务').title).toBeNull();
    expect(meta('关于印发《涟源市2024年重点工作实施方案》的通知\n各乡镇人民政府，市直各单位：\n涟源市2024年重点工作督办台账\n一、任务').title).toBe('涟源市2024年重点工作实施方案');
  });
});

describe('a title after a table of figures (合肥 probe round 17: a workbook\'s 汇总 sheet before the task sheet)', () => {
  it('should join no row of cells to the title', () => {
    const text = '2024年优化营商环境重点任务汇总表\n序号\t牵头单位\t任务数\n11\t市人力资源社会保障局\t1\n合肥市2024年优化营商环境重点任务清单\n一、政务服务\n（一）推进一网通办。（市数据资源局负责）';
    expect(meta(text).title).toBe('合肥市2024年优化营商环境重点任务清单');
  });
});

describe('a 会议纪要 reposted on a portal (滨江 probe round 21)', () => {
  it('should take the 纪要 as the title, and the date of its printing line over the page\'s publication date', async () => {
    const { extract } = await import('../../src/index.js');
    const page = '<html><head><title>关于推进城镇老旧小区改造工作的专题会议纪要_滨江市人民政府</title></head><body><div class="nav">首页 | 政务公开</div>' +
      '<div class="article"><h1>关于推进城镇老旧小区改造工作的专题会议纪要</h1><div class="info">来源：滨江市人民政府办公室  发布时间：2024-04-16 10:20</div>' +
      '<div id="zoom"><p>滨政阅〔2024〕21号</p><p>2024年4月9日下午，副市长王建华主持召开专题会议。现将会议议定事项纪要如下：</p>' +
      '<p>一、关于老旧小区改造资金筹措问题</p><p>会议议定：由市住建局牵头，会同市财政局制定实施细则，4月底前报市政府审定。</p>' +
      '<p>抄送：市委办公室。</p><p align="right">滨江市人民政府办公室　　2024年4月12日印发</p></div></div></body></html>';
    const document = extract(page, { path: '纪要.html' });
    expect([document.meta.title, document.meta.date]).toEqual(['关于推进城镇老旧小区改造工作的专题会议纪要', '2024-04-12']);
    // the printing line is no task's text
    expect(document.tasks.map((task) => task.text).join('')).not.toContain('印发');
  });
});

describe('joint issuers set apart by ideographic spaces (广东 probe round 22)', () => {
  it('should read each issuer of lines signed four by four, a 供销合作联社 among them, in traditional characters too', () => {
    const found = meta([
      '廣東省商務廳等8部門關於印發《廣東省縣域商業體系建設工作方案》的通知', '粵商務建字〔2023〕12號', '各地級以上市商務主管部門：',
      '　　現將《廣東省縣域商業體系建設工作方案》印發給你們，請認真貫徹落實。',
      '廣東省商務廳　廣東省發展和改革委員會　廣東省財政廳　廣東省農業農村廳',
      '廣東省交通運輸廳　廣東省市場監督管理局　廣東省郵政管理局　廣東省供銷合作聯社', '2023年6月20日',
      '廣東省縣域商業體系建設工作方案', '一、重點任務',
    ].join('\n'));
    expect([found.issuers, found.date]).toEqual([[
      '廣東省商務廳', '廣東省發展和改革委員會', '廣東省財政廳', '廣東省農業農村廳', '廣東省交通運輸廳', '廣東省市場監督管理局', '廣東省郵政管理局', '廣東省供銷合作聯社',
    ], '2023-06-20']);
  });
});

describe('a notice title wrapped after its quoted document (贵州 probe round 59)', () => {
  it('should name the plan that divides the quoted document\'s work with it, not the wrapped line', () => {
    const found = meta(['贵州省人民政府办公厅', '关于印发《贵州省进一步恢复和扩大消费若干措施》', '任务分工方案的通知', '黔府办函〔2023〕58号', '各市、自治州人民政府：',
      '现将《贵州省进一步恢复和扩大消费若干措施任务分工方案》印发给你们。', '贵州省人民政府办公厅', '2023年8月21日', '贵州省进一步恢复和扩大消费若干措施任务分工方案', '一、重点任务'].join('\n'));
    expect([found.title, found.docNumber]).toEqual(['贵州省进一步恢复和扩大消费若干措施任务分工方案', '黔府办函〔2023〕58号']);
  });
});

describe('reposts (probe round 59)', () => {
  it('should take the plan\'s title, not the notice printed again under a portal\'s copy of its title (灵璧)', () => {
    const found = meta(['灵璧县人民政府办公室关于印发灵璧县2025年城乡环境综合整治攻坚行动方案的通知', '发布时间：2025-04-09 16:20　来源：县政府办', '灵璧县人民政府办公室文件', '灵政办秘〔2025〕15号',
      '灵璧县人民政府办公室关于印发灵璧县', '2025年城乡环境综合整治攻坚行动方案的', '通知', '各乡镇人民政府，县政府各部门：', '《灵璧县2025年城乡环境综合整治攻坚行动方案》已经县政府同',
      '意，现印发给你们，请认真贯彻执行。', '2025年4月7日', '灵璧县2025年城乡环境综合整治攻坚行动方案', '一、工作目标'].join('\n'));
    expect([found.title, found.date]).toEqual(['灵璧县2025年城乡环境综合整治攻坚行动方案', '2025-04-07']);
  });

  it('should date a WeChat article copied as text by its header line', () => {
    const found = meta(['松陵街道发布', '原创 松陵宣传 松陵街道发布 2024-03-14 18:02 发表于江苏', '点击上方蓝字关注我们', '会上印发了《松陵街道2024年人居环境长效管理提升工作方案》。',
      '松陵街道2024年人居环境长效管理提升工作方案', '一、重点任务'].join('\n'));
    expect(found.date).toBe('2024-03-14');
  });
});

describe('the central government\'s joint notices (probe round 58)', () => {
  it('should read eleven ministries signed one a line, a 人民银行 among them', () => {
    const signers = ['国家发展改革委', '教育部', '民政部', '财政部', '人力资源社会保障部', '商务部', '文化和旅游部', '国家卫生健康委', '人民银行', '市场监管总局', '金融监管总局'];
    const found = meta(['国家发展改革委等部门关于印发《促进服务消费提质扩容实施方案》的通知', '发改就业〔2024〕1128号', '各省、自治区、直辖市发展改革委：',
      '现将《促进服务消费提质扩容实施方案》印发给你们，请结合实际认真贯彻落实。', ...signers, '2024年8月3日', '促进服务消费提质扩容实施方案', '一、重点任务'].join('\n'));
    expect([found.issuers, found.date]).toEqual([signers, '2024-08-03']);
  });

  it('should read the bodies a notice names above its title, and a 司 signing beside offices (共青团中央, 全国妇联, 国家数据局综合司)', () => {
    const header = meta(['人力资源社会保障部　教育部　共青团中央　全国总工会　全国妇联　中国残联', '关于印发《2023年高校毕业生等青年就业创业推进计划》的通知', '人社部发〔2023〕27号',
      '各省、自治区、直辖市人力资源社会保障厅（局）：', '现将《2023年高校毕业生等青年就业创业推进计划》印发给你们。', '2023年高校毕业生等青年就业创业推进计划', '一、重点任务'].join('\n'));
    expect(header.issuers).toEqual(['人力资源社会保障部', '教育部', '共青团中央', '全国总工会', '全国妇联', '中国残联']);
    const signed = meta(['关于印发《2025年数字乡村发展工作要点》的通知', '中网办秘字〔2025〕512号', '各省、自治区、直辖市党委网信办：', '现将《2025年数字乡村发展工作要点》印发给你们。',
      '中央网信办秘书局　　　　　　农业农村部办公厅', '国家数据局综合司', '2025年4月18日', '2025年数字乡村发展工作要点', '一、重点任务'].join('\n'));
    expect(signed.issuers).toEqual(['中央网信办秘书局', '农业农村部办公厅', '国家数据局综合司']);
  });
});

describe('a 发文字号 behind its label on a portal\'s metadata line (包河 probe round 23)', () => {
  it('should read the number without its label', () => {
    expect(meta(['合肥市包河区优化营商环境行动方案', '发文字号：包政办〔2024〕5号    发布日期：2024-03-25    信息来源：区政府办', '一、重点任务'].join('\n')).docNumber).toBe('包政办〔2024〕5号');
    // its label spaced out to the width of the others, a tab after it (休宁 probe round 24)
    expect(meta(['休宁县养老服务体系建设实施方案', '文　　号：\t休政办〔2024〕15号\t关 键 词：\t养老服务', '一、重点任务'].join('\n')).docNumber).toBe('休政办〔2024〕15号');
  });
});

describe('a portal\'s fields on one line (丽水, 金华 probe round 24)', () => {
  it('should read the 文号 after another field of its line, and a time printed bare beside the source', () => {
    expect(meta(['丽水市2024年青年发展型城市建设工作要点', '索引号：\t11331100002607434B/2024-146352\t文号：\t丽青发办〔2024〕3号\t发布日期：2024-03-18', '一、重点任务'].join('\n')).docNumber).toBe('丽青发办〔2024〕3号');
    expect(meta(['金华市人大常委会2024年工作要点', '2024-02-06 16:35:21  来源：市人大常委会办公厅  【大 中 小】 【打印】', '一、重点任务'].join('\n')).date).toBe('2024-02-06');
    // a font-size bar's 字号 is no label of a 文号 standing before it
    expect(meta(['某县工作方案', '某政办〔2024〕3号  【字号：大 中 小】', '一、重点任务'].join('\n')).docNumber).toBe('某政办〔2024〕3号');
  });
});

describe('WeChat reposts copied as text (临泉, 大瑶, 柯城 probe round 75)', () => {
  const meta = (lines: string[]) => extract(lines.join('\n')).meta;

  it('should read the title and 文号 the lead-in gives under a news headline, and the date of the account line', () => {
    const read = meta(['📢 大瑶镇2025年森林防灭火工作方案印发', '浏阳大瑶 2025年01月20日 08:30 湖南', '',
      '近日，大瑶镇党委、镇人民政府印发《大瑶镇2025年森林防灭火工作方案》（大党发〔2025〕3号），对全年森林防灭火工作作出部署。',
      '一、工作目标', '全年不发生重大森林火灾。', '二、重点任务', '1.加强火源管控。（责任单位：镇应急办）']);
    expect([read.title, read.docNumber, read.date]).toEqual(['大瑶镇2025年森林防灭火工作方案', '大党发〔2025〕3号', '2025-01-20']);
  });

  it('should keep the plan\'s own title printed under the lead-in, and read `原创 … 2025年04月16日 18:02 安徽`', () => {
    const read = meta(['重磅！临泉县2025年城市更新行动实施方案出炉', '原创 临泉发布 临泉发布 2025年04月16日 18:02 安徽', '',
      '近日，临泉县人民政府办公室印发《临泉县2025年城市更新行动实施方案》（临政办秘〔2025〕21号），明确20项重点任务。', '',
      '临泉县2025年城市更新行动实施方案', '为持续提升城市品质，制定本方案。', '一、重点任务', '1.推进老旧小区改造。（责任单位：县住建局）']);
    expect([read.title, read.docNumber, read.date]).toEqual(['临泉县2025年城市更新行动实施方案', '临政办秘〔2025〕21号', '2025-04-16']);
  });

  it('should take no title from a cover letter\'s 关于印发《…》的通知 as a lead-in', () => {
    const read = meta(['关于印发《某县2025年农村公路建设方案》的通知', '某政办〔2025〕2号', '各乡镇人民政府：', '现将《某县2025年农村公路建设方案》印发给你们。',
      '某县人民政府办公室', '2025年3月1日', '某县2025年农村公路建设方案', '一、重点任务', '1.推进农村公路提档升级。（责任单位：县交通运输局）']);
    expect([read.title, read.docNumber]).toEqual(['某县2025年农村公路建设方案', '某政办〔2025〕2号']);
  });
});

describe('minutes numbered by issue (宜昌 probe round 69)', () => {
  it('should give the issue\'s number under the masthead as the document\'s number', () => {
    const read = extract(['宜昌市人民政府', '专题会议纪要', '〔2024〕第18期', '', '关于加快推进中心城区老旧小区改造工作的会议纪要', '',
      '2024年4月10日，副市长主持召开专题会议。现将会议议定事项纪要如下：', '一、关于改造进度。市住建局要加快推进项目开工。'].join('\n')).meta;
    expect([read.title, read.docNumber]).toEqual(['关于加快推进中心城区老旧小区改造工作的会议纪要', '〔2024〕第18期']);
  });
});

describe('a notice\'s title with its issuer on its line (安溪 probe round 62; 嘉善 round 69 and 商丘 round 77 would cut it)', () => {
  it('should keep the issuer the notice\'s title opens with on its line', () => {
    const read = extract(['商丘市人民政府办公室关于开展道路交通安全“百日攻坚”专项行动的通知', '商政办明电〔2023〕27号', '各县（市、区）人民政府：',
      '一、工作目标', '全面排查整治道路交通安全隐患。'].join('\n')).meta;
    expect([read.title, read.docNumber]).toEqual(['商丘市人民政府办公室关于开展道路交通安全“百日攻坚”专项行动的通知', '商政办明电〔2023〕27号']);
  });

  it('should keep the issuer of a plan titled by it (`中共六安市委关于…整改落实方案`)', () => {
    const read = extract(['中共六安市委关于巡视反馈意见整改落实方案', '一、整改任务', '1.加强组织领导。（责任单位：市委办公室）'].join('\n')).meta;
    expect(read.title).toBe('中共六安市委关于巡视反馈意见整改落实方案');
  });
});

describe('a notice printing a title that quotes a document (柳州 probe round 78)', () => {
  it('should read the whole title, the quoted document and the words around it', () => {
    const read = extract(['关于印发2026年《政府工作报告》重点工作任务分工的通知', '柳政发〔2026〕3号', '各县、区人民政府：', '现将2026年《政府工作报告》重点工作任务分工印发给你们。',
      '一、重点任务', '1.推进工业强市。（责任单位：市工业和信息化局）'].join('\n')).meta;
    expect(read.title).toBe('2026年《政府工作报告》重点工作任务分工');
  });
});

describe('probe round 93: reposted and portal pages (甘肃, 荆门)', () => {
  it('should skip a repost\'s news headline for the plan\'s own title a few lines under it', () => {
    const document = extract(['首页 > 新闻中心 > 政策法规', '甘肃省出台推进县城城镇化建设若干措施', '来源:甘肃经济网  发布时间:2023年03月08日 09:12', '',
      '甘肃省推进以县城为重要载体的城镇化建设若干措施', '一、分类引导县城发展', '1.推动县城融入发展。(省发展改革委负责)'].join('\n'));
    expect(document.meta.title).toBe('甘肃省推进以县城为重要载体的城镇化建设若干措施');
  });

  it('should name the issuer in full from the page\'s 发文机关 where the notice\'s title names it without its place', () => {
    const document = extract(['发文机关：荆门市人民政府办公室　成文日期：2025年03月12日', '市人民政府办公室关于印发荆门市城市更新行动任务分工方案的通知', '各县、市、区人民政府：',
      '现将《荆门市城市更新行动任务分工方案》印发给你们，请认真贯彻执行。', '2025年3月12日', '荆门市城市更新行动任务分工方案', '一、重点任务', '1.推进老旧小区改造。(市住建局负责)'].join('\n'));
    expect(document.meta.issuers).toEqual(['荆门市人民政府办公室']);
  });
});
