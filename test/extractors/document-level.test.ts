// The document's own level (meta.level), from plans of county-level cities and counties the probes found wrong.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const level = (text: string): string | null => extract(text).meta.level;

describe('meta.level of a county-level city (县级市)', () => {
  it('should read a plan named after a county-level city as a county\'s, its 市 bureaus notwithstanding (p36)', () => {
    expect(level('常宁市2024年县域经济高质量发展重点任务分工方案\n一、做强特色产业（牵头单位：市工信局）\n1.发展油茶产业。新造油茶林1万亩。（责任单位：市林业局、市农业农村局）\n')).toBe('county');
  });

  it('should read a county-level city whose name holds a level word (湘乡市, not 湘乡 + 市) (p17)', () => {
    expect(level('湘乡市2024年重点民生实事项目任务分解表\n一、教育\n1.新建城区公办幼儿园。（牵头单位：市教育局；责任单位：市住建局）\n')).toBe('county');
  });

  it('should read the issuers of a county-level city as a county\'s (p14)', () => {
    expect(level('中共宁乡市委办公室\n宁乡市人民政府办公室\n关于印发《2024年乡村振兴重点工作任务清单》的通知\n宁办发〔2024〕5号\n一、确保粮食安全\n1.稳定粮食生产。（牵头单位：市农业农村局；责任单位：市发改局）\n')).toBe('county');
  });

  it('should still read a prefecture-level city as a prefecture (p40)', () => {
    expect(level('临沂市2023年城市更新行动实施方案\n一、重点任务\n（一）推进城镇老旧小区改造。（责任单位：市住房城乡建设局）\n')).toBe('prefecture');
    expect(level('东莞市2024年城市更新工作方案\n一、重点任务\n（一）推进旧村改造。（责任单位：市住房城乡建设局，各镇人民政府）\n')).toBe('prefecture');
  });

  it('should take a city the tool does not know for a county-level one when it addresses townships only', () => {
    const letter = (recipients: string) => `青山湖市人民政府办公室\n关于印发《青山湖市2024年人居环境整治工作方案》的通知\n${recipients}\n现将方案印发给你们。\n青山湖市人民政府办公室\n2024年3月1日\n青山湖市2024年人居环境整治工作方案\n一、重点任务\n（一）清理垃圾。（责任单位：市城管局）\n`;
    expect(level(letter('各镇（街道）人民政府（办事处），市直各单位：'))).toBe('county');
    expect(level(letter('各县（市、区）人民政府，市直各单位：'))).toBe('prefecture');
  });

  it('should not take a plan that names no place of its own for a county\'s because it addresses towns (Dongguan)', () => {
    expect(level('東府〔2021〕54號\n東莞市人民政府關於貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n各鎮人民政府(街道辦事處),市府直屬各單位:\n為貫徹落實有關政策,提出如下意見:\n一、減負穩崗留工并舉\n1.平穩有序實施企業職工基本養老保險繳費比例。(市人力資源社會保障局、市醫保局、市財政局負責)\n')).toBe('prefecture');
  });
});

describe('meta.level of a county named with one character', () => {
  it('should read 攸县… as a county\'s plan (p18)', () => {
    expect(level('攸县创建国家卫生县城工作方案\n一、工作目标\n二、职责分工\n（一）负责创卫日常工作。（责任单位：卫健局）\n')).toBe('county');
  });

  it('should take no place from 全县, 本县 or 市县 opening a title', () => {
    expect(level('全县农村人居环境整治工作方案\n一、重点任务\n1.推进改造。(责任单位:财政局)\n')).toBeNull();
    expect(level('市县两级政务服务工作方案\n一、重点任务\n1.推进改造。(责任单位:财政局)\n')).toBeNull();
  });
});

describe('a 街道\'s plan (建宁 probe round 33)', () => {
  it('should be a township\'s, by its issuers or its title', () => {
    const level = (issuer: string, title: string) => extract(`${title}\n一、重点任务\n1.推进工作。（责任单位：党政综合办公室、各社区）\n${issuer}\n2024年2月20日\n`, { path: 'a.txt' }).meta.level;
    expect(level('中共建宁街道工作委员会', '建宁街道2024年重点工作任务分解方案')).toBe('township');
    expect(level('', '建宁街道2024年重点工作任务分解方案')).toBe('township');
    // a plan about streets is no 街道's
    expect(level('', '城市街道整治工作方案')).not.toBe('township');
    // its office named after its city and district (湖滨 probe round 52)
    expect(level('杭州市上城区人民政府湖滨街道办事处', '湖滨街道2025年生活垃圾分类工作实施方案')).toBe('township');
  });
});

describe('meta.level of the central government\'s plans (probe round 58)', () => {
  it('should read a plan issued by 国务院办公厅, by ministries signing bare, or by offices inside them as central, its units of no level', () => {
    const plan = (issuers: string[]) => extract([`关于印发《重点任务分工方案》的通知`, '各省、自治区、直辖市人民政府：', '现将《重点任务分工方案》印发给你们。', ...issuers, '2024年8月3日',
      '重点任务分工方案', '一、重点任务', '（一）推进普惠金融发展。（人民银行、金融监管总局牵头，各省级人民政府负责）'].join('\n'));
    for (const issuers of [['国务院办公厅'], ['国家发展改革委', '财政部', '人民银行'], ['中央网信办秘书局', '国家数据局综合司'], ['数字经济发展部际联席会议办公室']]) {
      const document = plan(issuers);
      expect(document.meta.level, issuers.join(' ')).toBe('central');
      expect(document.tasks[0]!.units.find((u) => u.name === '人民银行')!.level, issuers.join(' ')).toBeNull();
    }
    // a province's offices beside a ministry's make no central plan
    expect(plan(['国家发展改革委', '吉林省发展和改革委员会']).meta.level).not.toBe('central');
    expect(level('国务院关于落实《政府工作报告》重点工作分工的意见\n一、重点工作\n（一）扩大国内需求。（国家发展改革委牵头）\n')).toBe('central');
  });
});
