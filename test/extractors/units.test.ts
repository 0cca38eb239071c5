// Unit lists: splitting, compound actors, role words, generic units.
import { describe, expect, it } from 'vitest';
import { isGenericUnit, looksLikeUnit, readUnitList, unitKey } from '../../src/extractors/units.js';

const read = (body: string) => readUnitList(body, 'responsible', 'verb').units.map((u) => `${u.name}:${u.role}`);

describe('readUnitList', () => {
  it('should keep compound actors whole: 各县市党委、政府, 市、县级党委、政府, 各县(市、区)政府', () => {
    expect(read('各县市党委、政府;州住建局按职责分工负责')).toEqual(['各县市党委、政府:responsible', '州住建局:responsible']);
    expect(read('市、县级党委、政府')).toEqual(['市、县级党委、政府:responsible']);
    expect(read('市住建局,各县(市、区)政府')).toEqual(['市住建局:responsible', '各县(市、区)政府:responsible']);
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
  it('should know the placeholders of the corpus', () => {
    for (const name of ['相关部门', '有关科室', '省直相关部门', '各有关部门', '市直各有关部门', '有关部门']) expect(isGenericUnit(name), name).toBe(true);
    expect(isGenericUnit('部门')).toBe(false);
    expect(isGenericUnit('州住建局')).toBe(false);
  });
});

describe('unitKey', () => {
  it('should compare spellings of one unit: full-width brackets, traditional characters', () => {
    expect(unitKey('各县（市、区）政府')).toBe(unitKey('各县(市、区)政府'));
    expect(unitKey('縣衛生健康局')).toBe(unitKey('县卫生健康局'));
  });
});
