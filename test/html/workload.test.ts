/** The report's workload chart and gap lists: who carries the load, and where no unit or no lead does. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/views/matrix.js';
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
