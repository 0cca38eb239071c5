// Deadlines written in a task's text or note, from real lines of the probe documents.
import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../src/extractors/deadline.js';

describe('readDeadline', () => {
  it('should read a date with its year and 前 / 以前 / 之前', () => {
    expect(readDeadline('2025年8月底前完成历史文化名镇、名村保护规划编制工作')).toBe('2025年8月底前');
    expect(readDeadline('力争2022年底前完成')).toBe('2022年底前');
    expect(readDeadline('每年12月底前报送')).toBe('每年12月底前');
  });

  it('should read a month of the plan\'s own year, no year written (西吉, 兰山 probe round 58)', () => {
    expect(readDeadline('4月底前完成春季集中清洁')).toBe('4月底前');
    expect(readDeadline('推进板材行业集群综合整治，6月底前完成义堂镇、李官镇板材企业提升改造120家。')).toBe('6月底前');
    expect(readDeadline('于5月20日前将联络员名单报市爱卫办')).toBe('5月20日前');
    expect(readDeadline('十二月底前完成')).toBe('十二月底前');
  });

  it('should read the first deadline, the year\'s before the month\'s', () => {
    expect(readDeadline('2024年9月底前开工，11月底前完成主体工程')).toBe('2024年9月底前');
    expect(readDeadline('6月底前全部开工，11月底前完成主体工程')).toBe('6月底前');
  });

  it('should read no deadline in a count of months, a day of every month, or a date that describes things', () => {
    expect(readDeadline('3个月前完成摸底')).toBeNull();
    expect(readDeadline('每月10日前报送进展情况')).toBeNull();
    expect(readDeadline('对2000年底前建成的老旧小区进行改造')).toBeNull();
    expect(readDeadline('秋季开学前投入使用')).toBeNull();
  });
});

describe('a date long past before what was done by it (62b probe round)', () => {
  it('should read no deadline in `摸排2000年底前建成、需改造的老旧小区`, and the one after it', () => {
    expect(readDeadline('摸排2000年底前建成、需改造的老旧小区，2024年6月底前完成清单。')).toBe('2024年6月底前');
    expect(readDeadline('2025年底前建成10个示范村')).toBe('2025年底前');
  });
});
