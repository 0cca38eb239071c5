/** The report's workload chart and gap lists: who carries the load, and where no unit or no lead does. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/document.js';
import { buildMatrix } from '../../src/views/matrix.js';
import { writeHtmlReport } from '../../src/writers/html/report.js';
import { renderWorkload } from '../../src/writers/html/workload.js';
import { makeDocument, makeTask, makeUnit } from '../writers/make-document.js';

describe('renderWorkload', () => {
  it('should chart a task of 200,000 units (a hostile page) without passing them all as arguments to one call', () => {
    const document = makeDocument();
    document.tasks = [makeTask({
      id: '1', path: ['一、'], headings: [], text: '推进园区基础设施建设。',
      units: Array.from({ length: 200_000 }, (_, i) => makeUnit(`第${i + 1}办公室`, 'support')),
    })];
    const html = renderWorkload(buildMatrix([document]));
    expect(html.match(/<li>/g)).toHaveLength(200_000);
    const $ = load(html.slice(0, html.indexOf('</li>') + 5));
    expect($('li .counts').text()).toBe('1：配合 1');
    expect($('li .bar span').attr('style')).toBe('width:100.00%');
  });
});

describe('renderGaps', () => {
  /** A task of yanbian's shape whose units have the roles given. */
  function task(id: string, roles: Role[]) {
    const names = ['州住建局', '州发改委', '州财政局'];
    return makeTask({ id, path: [`${id}.`], headings: ['二、工作分工'], title: `第${id}项`, text: `第${id}项。`, units: roles.map((role, i) => makeUnit(names[i]!, role)) });
  }

  it('should list as without a lead a task whose only unit supports, and one of several responsible units with none leading', () => {
    const document = makeDocument();
    document.tasks = [
      task('1', ['support']),
      task('2', ['responsible']),
      task('3', ['responsible', 'support', 'support']),
      task('4', ['responsible', 'responsible']),
      task('5', ['lead', 'support']),
      task('6', ['support', 'support']),
      task('7', []),
    ];
    const $ = load(writeHtmlReport([document]));
    const lists = $('section.gaps details');
    const ids = (i: number) => lists.eq(i).find('li .id').map((_, id) => $(id).text()).get();
    expect(lists.eq(0).find('summary').text()).toBe('没有责任单位（1）');
    expect(ids(0)).toEqual(['7']);
    expect(lists.eq(1).find('summary').text()).toBe('几个单位负责或只有配合单位、没有牵头单位（3）');
    expect(ids(1)).toEqual(['1', '4', '6']);
  });
});
