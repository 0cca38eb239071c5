// Numbering markers, each from a real line.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, readMarker } from '../../src/extractors/numbering.js';

const marker = (text: string) => {
  const m = readMarker(text);
  return m ? `${m.kind} ${m.value} ${m.printed} +${m.length}` : null;
};

describe('readMarker', () => {
  it('should read (1) with spaces inside its brackets, as text copied from a PDF writes it: ( 1 )建设陶瓷产业园', () => {
    expect(readMarker('( 1 )建设陶瓷产业园')).toMatchObject({ kind: 'num-paren', value: 1, printed: '(1)' });
    expect(readMarker('(1 )建设陶瓷产业园')).toMatchObject({ kind: 'num-paren', value: 1, printed: '(1)' });
  });

  it('should read the four levels of official documents', () => {
    expect(marker('四、主要任务')).toBe('cn 4 四、 +2');
    expect(marker('(三十七)加强评估督导')).toBe('cn-paren 37 (三十七) +5');
    expect(marker('1.完善园区基础设施。')).toBe('num 1 1. +2');
    expect(marker('10.规范镇区生产生活秩序。')).toBe('num 10 10. +3');
    expect(marker('(1)新建户厕')).toBe('num-paren 1 (1) +3');
    expect(marker('②改造公厕50座。')).toBe('circled 2 ② +1');
  });

  it('should read chapters numbered with the Roman numeral characters, Ⅰ、 as 一、 (round 7 湄潭县)', () => {
    expect(readMarker('Ⅲ、重点任务')).toEqual({ kind: 'roman', value: 3, printed: 'Ⅲ、', length: 2 });
    expect(readMarker('Ⅻ.附则')).toMatchObject({ kind: 'roman', value: 12 });
    expect(readMarker('I、重点任务')).toBeNull();
    // water and response classes open sentences of environmental and emergency plans
    expect(readMarker('Ⅲ类及以上水体比例稳步提高')).toBeNull();
    expect(readMarker('Ⅱ级响应启动后')).toBeNull();
  });

  it('should read chapters, sections and articles', () => {
    expect(marker('第一章 总则')).toBe('chapter 1 第一章 +4');
    expect(marker('第三节 保障措施')).toBe('section 3 第三节 +4');
    expect(marker('第十二条 本办法自印发之日起施行。')).toBe('article 12 第十二条 +5');
  });

  it('should read the markers after width folding (1．→1. and （一）→(一) happen in the reader)', () => {
    expect(marker('5.推进环境基础设施建设。')).toBe('num 5 5. +2');
    expect(marker('(一) 推动产业项目建设')).toBe('cn-paren 1 (一) +4');
  });

  it('should not read numbers inside sentences as markers', () => {
    expect(marker('一是坚持规划引领。')).toBeNull();
    expect(marker('一、二、三产业融合发展')).toBeNull();
    expect(marker('1.5万亩以上的示范区')).toBeNull();
    expect(marker('2022年4月底前,围绕')).toBeNull();
    expect(marker('2.5%的增长')).toBeNull();
  });

  it('should read a marker followed by a year: 1.2022年6月底前完成… (曲靖 probe round 26)', () => {
    expect(marker('1.2022年6月底前完成西城污水处理厂二期扩建工程，新增处理能力3万吨/日。')).toBe('num 1 1. +2');
    expect(marker('1.2023年起全面推行')).toBe('num 1 1. +2');
    expect(marker('1.20万吨')).toBeNull();
  });

  it('should read a marker followed by a hotline\'s number: 6.12345热线诉求快速响应 (小关 probe round 59)', () => {
    expect(marker('6.12345热线诉求快速响应。')).toBe('num 6 6. +2');
    expect(marker('3.12315平台投诉举报分办')).toBe('num 3 3. +2');
    expect(marker('1.25000吨')).toBeNull();
    expect(marker('1.12345')).toBeNull();
  });

  it('should read outline numbering 1.1 by its last number', () => {
    expect(marker('2.3 完善制度')).toBe('decimal 3 2.3 +4');
  });

  it('should take a mark before the marker, or right after it, as the item\'s tag, no text of it (柳州 probe round 13: ★2．)', () => {
    expect(readMarker('★2.加快新能源汽车推广应用。实施新能源汽车下乡活动。')).toEqual({ kind: 'num', value: 2, printed: '2.', length: 3, tag: '★' });
    expect(readMarker('★16.加大企业融资支持。')).toMatchObject({ value: 16, printed: '16.', length: 4, tag: '★' });
    expect(readMarker('▲ 2.加快新能源汽车推广应用。')).toMatchObject({ printed: '2.', length: 4, tag: '▲' });
    expect(readMarker('☆(二)提升传统优势产业')).toMatchObject({ kind: 'cn-paren', printed: '(二)', length: 4, tag: '☆' });
    expect(readMarker('2.★加快新能源汽车推广应用。')).toMatchObject({ printed: '2.', length: 3, tag: '★' });
    // a mark before no marker opens no item; ○ is written for 〇
    expect(readMarker('★责任单位:市发展改革委')).toBeNull();
    expect(readMarker('●2024年底前完成')).toBeNull();
    expect(readMarker('○一、总体要求')).toBeNull();
    expect(readMarker('1.推动整车企业扩能提质。')).not.toHaveProperty('tag');
  });
});

describe('parseChineseNumber', () => {
  it('should read numerals beyond ten', () => {
    expect(parseChineseNumber('三十七')).toBe(37);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('二十')).toBe(20);
    expect(parseChineseNumber('一百零二')).toBe(102);
    expect(parseChineseNumber('是')).toBeNaN();
  });
});
