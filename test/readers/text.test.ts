// The text reader: line splitting and normalization that keeps source lines.
import { describe, expect, it } from 'vitest';
import { foldLine, readTextLines, removeStraySpaces } from '../../src/readers/text.js';

describe('readTextLines', () => {
  it('should keep a wide gap after a unit as the space that parts it from the next (九江, probe round 12), and drop a narrow stray one', () => {
    const [line] = readTextLines('- 责任单位：市委金融办　九江银行　人民银行九江市分行');
    expect(line!.text).toBe('-责任单位:市委金融办 九江银行 人民银行九江市分行');
    expect(readTextLines('充分发 挥县政府办 作用')[0]!.text).toBe('充分发挥县政府办作用');
    // letter-spaced words are one word: a gap after 办 or 组 in them parts no units
    expect(readTextLines('关于印发九江市城市管理实　施　办　法的通知')[0]!.text).toBe('关于印发九江市城市管理实施办法的通知');
    expect(readTextLines('（一）组　织　领　导')[0]!.text).toBe('(一)组织领导');
  });

  it('should number lines across LF, CRLF and CR', () => {
    expect(readTextLines('一\r\n二\n三\r四').map((l) => `${l.line}:${l.text}`)).toEqual(['1:一', '2:二', '3:三', '4:四']);
  });

  it('should fold the jilin plan indentation and full-width punctuation', () => {
    const [line] = readTextLines('　　1．完善园区基础设施。（责任单位：市、县级党委、政府；省商务厅）');
    expect(line!.text).toBe('1.完善园区基础设施。(责任单位:市、县级党委、政府;省商务厅)');
  });
});

describe('foldLine', () => {
  it('should turn U+3000, U+2002 and NBSP into one space and drop zero-width characters', () => {
    expect(foldLine('\u3000\u3000中\u2002\u00a0文\u200b')).toBe('中 文');
    expect(foldLine('⑴⒉')).toBe('(1)2.');
  });

  it('should fold the parenthesized ideographs ㈠–㈩ a word processor gives for （一）–（十）', () => {
    expect(foldLine('㈠推进园区建设。㈩')).toBe('(一)推进园区建设。(十)');
    expect(readTextLines('㈢加强管理。（责任单位：县财政局）')[0]!.text).toBe('(三)加强管理。(责任单位:县财政局)');
  });
});

describe('removeStraySpaces', () => {
  it('should join Chinese words broken by spaces on scraped pages (county-towns 13., 44.)', () => {
    expect(removeStraySpaces('培育打造一批优 质线上职业技能培训平台')).toBe('培育打造一批优质线上职业技能培训平台');
    expect(removeStraySpaces('建设民俗风情 、历史文化旅游街区')).toBe('建设民俗风情、历史文化旅游街区');
    expect(removeStraySpaces('人参 (中药材)')).toBe('人参(中药材)');
  });

  it('should keep the spaces that part units after a label, whatever the next name opens with (芦淞 probe round 26)', () => {
    expect(removeStraySpaces('责任单位:区商务局 建宁街道办事处 贺家土街道办事处')).toBe('责任单位:区商务局 建宁街道办事处 贺家土街道办事处');
    expect(removeStraySpaces('责任单位:区卫健局 各街道办事处 辖区各社区')).toBe('责任单位:区卫健局 各街道办事处 辖区各社区');
    expect(removeStraySpaces('(牵头单位:市委网信办 团市委)')).toBe('(牵头单位:市委网信办 团市委)');
    // a word broken by a space, before or after the label, is still joined
    expect(removeStraySpaces('加 强管理。责任单位:区住 建局 、区城管局')).toBe('加强管理。责任单位:区住建局、区城管局');
  });

  it('should keep the space before a field\'s label on a line of fields (高塘 probe round 30)', () => {
    expect(removeStraySpaces('分管领导:副镇长李春华 责任单位:应急管理办公室、市场监管所、派出所')).toBe('分管领导:副镇长李春华 责任单位:应急管理办公室、市场监管所、派出所');
    // a word broken inside a field is still joined
    expect(removeStraySpaces('分管领导:副镇长李春 华 责任单位:应急管理 办公室')).toBe('分管领导:副镇长李春华 责任单位:应急管理办公室');
  });

  it('should keep the space before a field\'s label on fields after a sentence (六安 probe round 53)', () => {
    expect(removeStraySpaces('对发现的问题严肃 查处。牵头领导:钱明 牵头单位:市纪委监委机关')).toBe('对发现的问题严肃查处。牵头领导:钱明 牵头单位:市纪委监委机关');
  });

  it('should keep spaces between Latin words and numbers', () => {
    expect(removeStraySpaces('2022-11-14 10:45')).toBe('2022-11-14 10:45');
  });
});
