// The HTML reader: charset, main content, block lines with source line numbers, tables as grids.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isJunkLine, readLayout } from '../../src/extractors/layout.js';
import { readMeta } from '../../src/extractors/meta.js';
import { readHtml } from '../../src/readers/html.js';
import { extract } from '../../src/index.js';
import { foldLine, readTextLines, removeStraySpaces, type SourceLine } from '../../src/readers/text.js';
import type { TableCell } from '../../src/readers/types.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/html/${name}/input.html`, import.meta.url));
const corpus = (name: string): string => readFileSync(new URL(`../../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8');
const utf8 = (html: string): Uint8Array => new TextEncoder().encode(html);
const texts = (html: string): string[] => readHtml(utf8(html), {}).lines.map((line) => line.text);
const page = (body: string): string => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>`;
const nonEmpty = (text: string): string[] => readTextLines(text).filter((line) => line.text !== '').map((line) => line.text);
const meta = (lines: SourceLine[]) => readMeta(lines, readLayout(lines));
const cell = (text: string, fromAbove = false, fromLeft = false): TableCell => ({ text, fromAbove, fromLeft });
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('readHtml: charset', () => {
  it('should read a GBK page that declares charset=gb2312 in http-equiv as gb18030', () => {
    const result = readHtml(fixture('gbk-page-declaring-gb2312-is-read-as-gb18030'), { path: 'input.html' });
    expect(result).toMatchObject({ format: 'html', encoding: 'gb18030', bom: false });
    expect(result.diagnostics.filter((d) => d.code !== 'html-main-content')).toEqual([]);
    expect(result.lines.map((line) => line.text)).toEqual([
      '双营乡乡村建设行动实施方案',
      '发布时间:2022-11-14 10:45',
      '来源:双营乡',
      '长双双府〔2022〕42号',
      '为深入贯彻落实《中共中央办公厅、国务院办公厅关于印发〈乡村建设行动实施方案〉的通知》精神,按照区乡村振兴总体安排部署,扎实稳妥推进我乡乡村建设行动,结合我乡实际,制定本实施方案。',
      '一、指导思想和基本原则',
      '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,把乡村建设摆在社会主义现代化建设的重要位置,建设宜居宜业美丽乡村,为我乡乡村全面振兴奠定基础。',
      '(一)实施乡村规划建设管理推进行动。明确村庄分类布局,细化分类标准,有序推进村庄规划编制。(自然资源服务科牵头、执法保障科、农业服务科、民政办公室等按职责分工负责)',
    ]);
  });

  it('should trust UTF-8 bytes over a gb2312 declaration and say so', () => {
    const result = readHtml(fixture('utf8-page-declaring-gb2312-is-read-as-utf8'), {});
    expect(result.encoding).toBe('utf-8');
    expect(result.diagnostics).toContainEqual({ code: 'charset-mismatch', severity: 'info', message: 'the page declares charset=gb2312, but its bytes read as utf-8', line: null });
    expect(result.lines.map((line) => line.text)).toEqual([
      '关于做好2022年示范镇建设工作的通知',
      '各县(市)党委、政府,州直有关部门:',
      '1.完善园区基础设施。加快推进园区道路、供水、供电等基础设施建设。(责任单位:各县市党委、政府;州发改委按职责分工负责)',
    ]);
  });

  it('should trust GBK bytes over a utf-8 declaration', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8"><p>（一）完善园区基础设施。（责任单位：州住建局）</p>'), 'gbk');
    const result = readHtml(bytes, {});
    expect(result.encoding).toBe('gb18030');
    expect(result.lines.map((line) => line.text)).toEqual(['(一)完善园区基础设施。(责任单位:州住建局)']);
  });

  it('should decode a big5 declaration as big5', () => {
    const bytes = iconv.encode('<html><head><meta charset="big5"></head><body><p>（一）臺灣鐵路管理局負責。</p></body></html>', 'big5');
    expect(readHtml(bytes, {})).toMatchObject({ encoding: 'big5', lines: [{ text: '(一)臺灣鐵路管理局負責。' }] });
  });

  it('should detect GBK bytes on a page that declares no charset', () => {
    const bytes = iconv.encode('<html><body><p>各县（市）党委、政府：</p></body></html>', 'gbk');
    expect(readHtml(bytes, {})).toMatchObject({ encoding: 'gb18030', lines: [{ text: '各县(市)党委、政府:' }] });
  });

  it('should let a UTF-8 byte order mark win over a gbk declaration', () => {
    const bytes = utf8('\ufeff<html><head><meta charset="gbk"></head><body><p>一、总体要求</p></body></html>');
    expect(readHtml(bytes, {})).toMatchObject({ encoding: 'utf-8', bom: true, lines: [{ text: '一、总体要求' }] });
  });

  it('should let options.encoding win over the page', () => {
    const bytes = iconv.encode('<html><head><meta charset="utf-8"></head><body><p>一、总体要求</p></body></html>', 'gbk');
    const result = readHtml(bytes, { encoding: 'gbk' });
    expect(result).toMatchObject({ encoding: 'gb18030', lines: [{ text: '一、总体要求' }] });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('charset-mismatch');
  });

  it('should throw E_EMPTY on an empty file, as the text reader does', () => {
    expect(() => readHtml(new Uint8Array(0), { path: 'empty.html' })).toThrow(expect.objectContaining({ code: 'E_EMPTY', path: 'empty.html' }));
  });
});

describe('readHtml: main content', () => {
  const portal = 'portal-furniture-around-the-trs-editor-is-dropped';

  it('should keep the title, metadata and every paragraph of a portal page and none of its furniture', () => {
    const result = readHtml(fixture(portal), {});
    expect(result.lines.map((line) => line.text)).toEqual([
      '发文机关:延安市人民政府办公室',
      '成文日期:2025年04月22日',
      '发布时间:2025-04-27',
      '延安市人民政府办公室关于印发2025年镇区强功能工作方案的通知',
      // 发文字号 from the metadata table is left out: the content's first line repeats it
      ...nonEmpty(corpus('yanan-2025-town-functions')),
    ]);
    expect(result.lines.map((line) => line.raw).join('\n')).not.toMatch(/首页|政务公开|字体|分享|打印|关闭|版权|ICP|索引号|主题分类|搜索|延安市大数据中心/);
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([{ code: 'html-main-content', severity: 'info', message: '正文取自 <div.TRS_Editor>', line: 37 }]);
  });

  it('should give the text pipeline the same metadata as the scraped text of the page', () => {
    const fromHtml = meta(readHtml(fixture(portal), {}).lines);
    const fromText = meta(readTextLines(corpus('yanan-2025-town-functions')));
    expect(fromHtml).toEqual(fromText);
    expect(fromHtml).toMatchObject({ title: '2025年镇区强功能工作方案', docNumber: '延政办函〔2025〕37号', date: '2025-04-22' });
  });

  it("should keep the metadata field nearest the content, not a sidebar's", () => {
    const lines = texts(page(`<div class="list"><ul><li><a href="/1">关于做好春耕生产的通知</a><span>发布时间：2021-03-01</span></li></ul></div>
<div class="info">发布时间：2022-11-14 10:45</div><div class="zw"><p>为推进示范镇建设，助推乡村振兴，制定本方案。</p><p>一、总体要求</p></div>`));
    expect(lines).toEqual(['发布时间:2022-11-14 10:45', '为推进示范镇建设,助推乡村振兴,制定本方案。', '一、总体要求']);
  });

  it('should emit a 发文字号 printed above the content as a line of its own', () => {
    const lines = texts(page(`<table class="xxgk"><tr><td>发文字号：</td><td>延市政办发〔2025〕3号</td></tr><tr><td>发布日期：</td><td>2025-03-01</td></tr></table>
<div class="TRS_Editor"><p>为进一步加强镇区建设，制定本方案。</p></div>`));
    expect(lines).toEqual(['延市政办发〔2025〕3号', '发布日期:2025-03-01', '为进一步加强镇区建设,制定本方案。']);
  });

  it('should read a 发文字号 printed in a span right before the next field (probe h07)', () => {
    const lines = texts(page(`<div class="detail-box"><div class="detail-title">株洲市人民政府办公室关于印发《株洲市城市道路挖掘管理实施办法》的通知</div>
<div class="detail-info"><span>株政办发〔2023〕15号</span><span>发布日期：2023-09-01</span></div>
<div class="pages_content"><p>各县市区人民政府，市政府各局委办、各直属机构：</p><p>　　《株洲市城市道路挖掘管理实施办法》已经市人民政府同意，现印发给你们，请认真遵照执行。</p></div></div>`));
    expect(lines.slice(0, 3)).toEqual(['株洲市人民政府办公室关于印发《株洲市城市道路挖掘管理实施办法》的通知', '株政办发〔2023〕15号', '发布日期:2023-09-01']);
  });

  it('should take the deepest element holding most of the text when the container is unknown', () => {
    const lines = texts(page(`<div class="wrap"><div class="left"><h3>政策文件</h3><ul><li><a href="/1">关于做好春耕生产的通知</a></li></ul></div>
<div class="right"><div class="detail"><div class="detail-title"><h2>双营乡乡村建设行动实施方案</h2></div><div class="detail-time">发布时间：2022-11-14 10:45　来源：双营乡</div>
<div class="detail-text"><p>一、指导思想</p><p>以习近平新时代中国特色社会主义思想为指导，建设宜居宜业美丽乡村。</p><p>（一）实施乡村规划建设管理推进行动。（自然资源服务科牵头）</p></div></div></div></div>`));
    expect(lines).toEqual([
      '双营乡乡村建设行动实施方案',
      '发布时间:2022-11-14 10:45',
      '来源:双营乡',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导,建设宜居宜业美丽乡村。',
      '(一)实施乡村规划建设管理推进行动。(自然资源服务科牵头)',
    ]);
  });

  it('should not go down past a salutation that stands beside the plan', () => {
    const lines = texts(page(`<div id="zoom"><p>各县（市、区）人民政府，市级有关部门：</p>
<div class="plan"><p>一、总体要求</p><p>以镇区建设管理为抓手，全面开展镇区强功能工作，切实增强镇区基础设施的完备性。</p><p>二、工作目标</p><p>到年底，镇区功能基本完善，服务“三农”综合能力显著提升。</p></div></div>`));
    expect(lines[0]).toBe('各县(市、区)人民政府,市级有关部门:');
    expect(lines).toHaveLength(5);
  });

  it("should take the page's <title> only when the page has no <h1>", () => {
    const body = '<div class="content"><p>为推进示范镇建设，制定本方案。</p><p>一、总体要求</p></div>';
    const titled = '<html><head><meta charset="utf-8"><title>延边州示范镇建设方案_延边州人民政府</title></head><body>';
    expect(texts(`${titled}${body}</body></html>`)).toEqual(['延边州示范镇建设方案', '为推进示范镇建设,制定本方案。', '一、总体要求']);
    expect(texts(`${titled}<div class="content"><h1>关于印发示范镇建设方案的通知</h1><p>为推进示范镇建设，制定本方案。</p></div></body></html>`))
      .toEqual(['关于印发示范镇建设方案的通知', '为推进示范镇建设,制定本方案。']);
    // TRS portals name the article in the head; their <title> is often the site's
    const named = '<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="延边州示范镇建设方案"><title>首页</title></head><body>';
    expect(texts(`${named}${body}</body></html>`)).toEqual(['延边州示范镇建设方案', '为推进示范镇建设,制定本方案。', '一、总体要求']);
  });

  it('should not repeat a title that the content starts with', () => {
    const lines = texts(page(`<h1 class="title">双营乡乡村建设行动实施方案</h1>
<div class="TRS_Editor"><p style="text-align:center">双营乡乡村建设行动实施方案</p><p>为扎实稳妥推进我乡乡村建设行动，制定本实施方案。</p></div>`));
    expect(lines).toEqual(['双营乡乡村建设行动实施方案', '为扎实稳妥推进我乡乡村建设行动,制定本实施方案。']);
  });

  it('should keep an element with a furniture class name when it holds most of the text', () => {
    const lines = texts(page(`<div class="nav"><a href="/">首页</a></div><div class="share-page-body"><p>一、总体要求</p><p>全面开展镇区强功能工作，切实增强镇区基础设施的完备性。</p></div>`));
    expect(lines).toEqual(['一、总体要求', '全面开展镇区强功能工作,切实增强镇区基础设施的完备性。']);
  });

  it('should keep numbered task lines that name footer words, and drop the footer (probe h08)', () => {
    const lines = texts(page(`<div class="TRS_Editor"><p style="text-indent:2em"><strong>三、加强政务公开平台建设</strong></p>
<p style="text-indent:2em">7.规范政府网站备案管理。督促全市政府网站完成ICP备案和公安联网备案，备案信息在网站底部显著位置展示。（责任单位：市政务服务中心、市公安局）</p>
<p style="text-indent:2em">8.强化平台技术支持：由市大数据中心负责政府网站集约化平台运维和安全防护。（责任单位：市大数据中心）</p>
<p>版权所有：宁乡市人民政府　湘ICP备05012345号</p></div>`));
    expect(lines).toEqual([
      '三、加强政务公开平台建设',
      '7.规范政府网站备案管理。督促全市政府网站完成ICP备案和公安联网备案,备案信息在网站底部显著位置展示。(责任单位:市政务服务中心、市公安局)',
      '8.强化平台技术支持:由市大数据中心负责政府网站集约化平台运维和安全防护。(责任单位:市大数据中心)',
    ]);
  });

  it('should keep bullet lines as text without their glyph, as a <ul> item is read (probe h12)', () => {
    const lines = texts(page(`<div class="article-content"><p>（二）长桌宴。11月20日中午举办千人长桌宴。</p>
<p style="text-indent:2em">●食品安全保障由县市场监管局负责；</p>
<p class="MsoNormal"><span style="font-family:Symbol">·</span><span>&nbsp;&nbsp;&nbsp;&nbsp;</span><span>现场秩序维护由县公安局负责。</span></p>
<p class="MsoNormal"><span style="font-family:Wingdings">l</span><span>&nbsp;</span><span>医疗保障由县卫健局负责。</span></p></div>`));
    expect(lines).toEqual(['(二)长桌宴。11月20日中午举办千人长桌宴。', '食品安全保障由县市场监管局负责;', '现场秩序维护由县公安局负责。', '医疗保障由县卫健局负责。']);
  });

  it('should drop hidden elements and furniture lines inside the content', () => {
    const lines = texts(page(`<div class="TRS_Editor"><div style="display: none">延边州 示范镇 乡村振兴 关键词</div>
<p>一、总体要求</p><p>以镇区建设管理为抓手，全面开展镇区强功能工作，切实增强镇区基础设施的完备性、公共服务的可及性。</p>
<p>【打印本页】　【关闭窗口】</p><p>责任编辑：村镇处</p></div>`));
    expect(lines).toEqual(['一、总体要求', '以镇区建设管理为抓手,全面开展镇区强功能工作,切实增强镇区基础设施的完备性、公共服务的可及性。']);
  });
});

describe('readHtml: block text', () => {
  it('should end lines at blocks and <br> but not at inline elements', () => {
    expect(texts(page(`<div><p><span style="font-family:仿宋">（一）</span><font color="red"><b>加强</b>组织</font><a href="#">领导</a>。</p>
<div>各县（市）政府要建立工作机制。<br>明确责任分工<br/>确保落实</div><ul><li>附件1</li><li>附件2</li></ul><h2>二、工作目标</h2></div>`)))
      .toEqual(['(一)加强组织领导。', '各县(市)政府要建立工作机制。', '明确责任分工', '确保落实', '附件1', '附件2', '二、工作目标']);
  });

  it('should join the spans Word splits a word into, as the text reader joins scraped words', () => {
    expect(texts(page('<p><span>充分发</span>\n<span>挥</span> <span lang="EN-US">PPP</span> 模式</p>'))).toEqual(['充分发挥PPP模式']);
  });

  it('should number each line with the source line where its block starts', () => {
    const html = '<html>\n<body>\n<div class="content">\n<p>一、总体要求</p>\n<p>\n  以镇区建设管理为抓手。\n</p><p>二、工作目标</p>\n<div>到年底<br>\n镇区功能基本完善</div>\n</div>\n</body>\n</html>';
    expect(readHtml(utf8(html), {}).lines.map((line) => `${line.line}:${line.text}`))
      .toEqual(['4:一、总体要求', '5:以镇区建设管理为抓手。', '7:二、工作目标', '8:到年底', '9:镇区功能基本完善']);
  });

  it('should keep the raw text as the browser shows it, with U+3000 indents and NBSPs', () => {
    const [line] = readHtml(utf8(page('<p>\n　　1．完善园区&nbsp;基础设施。\n</p>')), {}).lines;
    expect(line).toMatchObject({ raw: '　　1．完善园区\u00a0基础设施。', text: '1.完善园区基础设施。' });
  });

  it('should keep the line breaks of <pre>', () => {
    expect(texts(page('<pre>一、总体要求\n二、工作目标\n\n三、工作原则</pre>'))).toEqual(['一、总体要求', '二、工作目标', '三、工作原则']);
  });

  it('should keep the line breaks of a block styled white-space:pre-line or pre-wrap, as of <pre> (probe h18)', () => {
    expect(texts(page(`<div class="detail-content" style="white-space:pre-line">
为加快推进城乡供水一体化建设，制定本方案。
一、工作目标
（一）推进水源工程建设。（责任单位：县水利局、县城投公司）

隆回县水利局
</div>`))).toEqual(['为加快推进城乡供水一体化建设,制定本方案。', '一、工作目标', '(一)推进水源工程建设。(责任单位:县水利局、县城投公司)', '隆回县水利局']);
    expect(texts(page('<div style="WHITE-SPACE: pre-wrap">一、总体要求\n二、工作目标</div><div>三、工作原则\n（一）坚持统筹</div>')))
      .toEqual(['一、总体要求', '二、工作目标', '三、工作原则(一)坚持统筹']);
  });

  it('should drop the Chinese text of <script>, <style> and <noscript> and decode entities', () => {
    expect(texts(fixture('script-text-is-dropped-and-entities-decoded').toString('utf8')))
      .toEqual(['(一)坚持“一县一策”一二三——推进<示范镇>建设&管理。', '(二)完善设施。(责任单位:州住建局)']);
  });

  it('should read 5,000 nested unclosed <div>s without overflowing the stack', () => {
    const result = readHtml(fixture('five-thousand-unclosed-divs-keep-their-text'), {});
    expect(result.lines.map((line) => `${line.line}:${line.text}`)).toEqual(['2:(一)加强组织领导。(责任单位:市住建局)', '5003:(二)强化要素保障。(责任单位:市财政局)']);
  });

  it('should read a page whose only content sits 5,000 <div>s deep', () => {
    expect(texts(`<body>${'<div class="c">'.repeat(5000)}<p>（一）加强组织领导。</p><p>（二）强化要素保障。</p></body>`)).toEqual(['(一)加强组织领导。', '(二)强化要素保障。']);
  });

  // 1.6 million of them never finished parsing: the parser shifts an array of open elements at every tag
  it('should read 200,000 nested unclosed <div>s, ignoring the tags past 256 deep and saying where they start', () => {
    const result = readHtml(utf8(`<body>\n<p>一、重点任务</p>\n${'<div>'.repeat(200000)}<p>1.推进工作。(责任单位:州住建局)</p></body>`), {});
    expect(result.lines.map((line) => line.text)).toEqual(['一、重点任务', '1.推进工作。(责任单位:州住建局)']);
    expect(result.diagnostics.filter((d) => d.code === 'html-too-deep')).toMatchObject([{ severity: 'warning', line: 3 }]);
  });

  it('should keep the source lines of text between the tags it ignores past 256 deep', () => {
    const html = `<body>\n${'<div>（一）推进工作。\n'.repeat(300)}<p>1.推进工作。(责任单位:州住建局)</p>${'</div>\n'.repeat(300)}<p>二、保障措施</p></body>`;
    const result = readHtml(utf8(html), {});
    expect(result.lines.slice(-2).map((line) => `${line.line}:${line.text}`)).toEqual(['302:1.推进工作。(责任单位:州住建局)', '602:二、保障措施']);
    expect(result.diagnostics.filter((d) => d.code === 'html-too-deep')).toMatchObject([{ line: 258, message: expect.stringContaining('超过 256 层的 88 个标签已忽略') }]);
  });

  it('should keep every tag of a page nested 256 deep, and count no unclosed <p> as depth', () => {
    const nested = readHtml(utf8(`<body>${'<div>'.repeat(256)}<p>1.推进工作。</p></body>`), {});
    const paragraphs = readHtml(utf8(`<body>${'<p>推进工作。'.repeat(1000)}</body>`), {});
    expect([...nested.diagnostics, ...paragraphs.diagnostics].filter((d) => d.code === 'html-too-deep')).toEqual([]);
    expect(paragraphs.lines).toHaveLength(1000);
  });
});

describe('readHtml: tables', () => {
  it('should read an appendix table with rowspan and colspan into a grid', () => {
    const result = readHtml(fixture('appendix-table-with-rowspan-becomes-a-grid'), {});
    expect(result.lines.map((line) => line.text)).toEqual(['附件2', '延边州示范镇建设重点任务清单']);
    const section = (text: string) => [cell(text), cell(text, false, true), cell(text, false, true), cell(text, false, true), cell(text, false, true)];
    expect(result.tables).toEqual([{
      at: 2,
      line: 7,
      rowLines: [8, 15, 18, 25, 30, 33],
      rows: [
        // the header's cells are set in bold: their runs kept, as a unit's would be for a legend
        ['序号', '重点工作', '牵头单位', '配合单位', '完成时限'].map((text) => ({ ...cell(text), emphasized: [text] })),
        section('(一)推进市政设施建设,提升承载能力'),
        [cell('1'), cell('推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。'), cell('州交通运输局'), cell('州住建局、州公安局'), cell('2025年底')],
        [cell('1', true), cell('完善路灯及信号灯、人行道铺装及镇区道路硬化、亮化、绿化。'), cell('州住建局'), cell('各县(市)党委、政府'), cell('2025年底', true)],
        section('(二)推进公共事业建设,提升服务水平'),
        [cell('2'), cell('提升养老育幼能力。\n推进适老、适幼化改造。'), cell('州民政局'), cell('州卫健委、州住建局'), cell('长期坚持')],
      ],
    }]);
  });

  it('should place a table between the lines around it and put its caption before it', () => {
    const result = readHtml(utf8(page(`<div class="TRS_Editor"><p>五、有关要求</p>
<table><caption>重点镇名单</caption><thead><tr><th>县区</th><th>镇</th></tr></thead><tbody><tr><td>宝塔区</td><td>河庄坪镇</td></tr></tbody></table>
<p>六、附则</p></div>`)), {});
    expect(result.lines.map((line) => line.text)).toEqual(['五、有关要求', '重点镇名单', '六、附则']);
    expect(result.lines.map((line) => line.line)).toEqual([3, 4, 5]);
    expect(result.tables).toEqual([{ at: 2, line: 4, rowLines: [4, 4], rows: [[cell('县区'), cell('镇')], [cell('宝塔区'), cell('河庄坪镇')]] }]);
  });

  it('should unwrap a single-cell layout table around the article', () => {
    const result = readHtml(utf8(page(`<div id="zoom"><table width="100%" border="0"><tr><td>
<p>一、总体要求</p><p>切实增强镇区基础设施的完备性。</p></td></tr></table></div>`)), {});
    expect(result.lines.map((line) => line.text)).toEqual(['一、总体要求', '切实增强镇区基础设施的完备性。']);
    expect(result.tables).toEqual([]);
  });

  it('should unwrap a layout table whose one cell holds the article', () => {
    const paragraph = '加强镇区基础设施建设，完善镇区交通路网，推进停车场、充电设施及强弱电落地工程，满足群众停车、充电等生产生活需求。';
    const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>${i + 1}．${paragraph}</p>`).join('\n');
    const result = readHtml(utf8(page(`<table width="1000"><tr><td><img src="logo.png"></td><td>延安市人民政府</td></tr>
<tr><td>相关链接</td><td>${paragraphs}</td></tr></table>`)), {});
    expect(result.tables).toEqual([]);
    expect(result.lines.map((line) => line.text)).toEqual(['延安市人民政府', ...Array.from({ length: 12 }, (_, i) => `${i + 1}.${removeStraySpaces(foldLine(paragraph))}`)]);
  });

  it('should keep a nested table inside its cell instead of emitting it twice', () => {
    const result = readHtml(utf8(page(`<div class="TRS_Editor"><table border="1"><tr><td>序号</td><td>责任单位</td></tr>
<tr><td>1</td><td><table><tr><td>牵头：</td><td>市住建局</td></tr><tr><td>配合：</td><td>市发改委</td></tr></table></td></tr></table></div>`)), {});
    expect(result.lines).toEqual([]);
    expect(result.tables[0]!.rows).toEqual([[cell('序号'), cell('责任单位')], [cell('1'), cell('牵头:\n市住建局\n配合:\n市发改委')]]);
  });

  it('should pad short rows and stop a rowspan at the last row', () => {
    const result = readHtml(utf8(page('<table><tr><td rowspan="5">牵头</td><td>市住建局</td><td>2025年</td></tr><tr><td>市发改委</td></tr></table>')), {});
    expect(result.tables[0]!.rows).toEqual([[cell('牵头'), cell('市住建局'), cell('2025年')], [cell('牵头', true), cell('市发改委'), cell('')]]);
  });

  it('should read a metadata table inside the content as lines, not as a grid', () => {
    const result = readHtml(utf8(page(`<div class="TRS_Editor"><table class="xxgk"><tr><td>标　　题：</td><td>关于印发示范镇建设方案的通知</td></tr>
<tr><td>发文字号：</td><td>延州办字〔2022〕4号</td><td>成文日期：</td><td>2022年05月07日</td></tr></table><p>为推进示范镇建设，制定本方案。</p></div>`)), {});
    expect(result.tables).toEqual([]);
    expect(result.lines.map((line) => line.text)).toEqual(['关于印发示范镇建设方案的通知', '延州办字〔2022〕4号', '成文日期:2022年05月07日', '为推进示范镇建设,制定本方案。']);
  });
});

describe('readHtml: the corpus as web pages', () => {
  const names = ['jilin-2022-county-towns-37-measures', 'jilin-2022-demo-towns-plan', 'shuangying-2022-rural-construction', 'yanan-2025-town-functions', 'yanbian-2022-demo-towns-tasks'];
  for (const name of names) {
    it(`should read ${name} wrapped in <p>s as the text reader reads the text`, () => {
      const text = corpus(name);
      const html = page(readTextLines(text).map((line) => `<p>${escape(line.raw)}</p>`).join('\n'));
      // the reader drops page furniture (breadcrumbs, 返回列表, copyright) that the text pipeline drops later
      const expected = readTextLines(text).filter((line) => line.text !== '' && !isJunkLine(line.text)).map((line) => line.text);
      expect(texts(html)).toEqual(expected);
    });
  }
});

describe('readHtml: probe round 12 (东至, 横琴, 鹰潭)', () => {
  const wordPage = (title: string): string => `<html><head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15"><title>${title}</title></head>
<body><div class=WordSection1>
<p class=MsoNormal align=center><b><span>东至县人民政府办公室文件</span></b></p>
<p class=MsoNormal align=center><span>东政办〔<span lang=EN-US>2024</span>〕<span lang=EN-US>12</span>号</span></p>
<p class=MsoNormal align=center><b><span>东至县人民政府办公室关于印发东至县<span lang=EN-US>2024</span>年城乡供水一体化工作实施方案的通知</span></b></p>
<p class=MsoNormal><span>各乡镇人民政府，县政府各部门、各直属机构：</span></p>
<p class=MsoNormal><span>《东至县<span lang=EN-US>2024</span>年城乡供水一体化工作实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。</span></p>
<p class=MsoNormal align=right><span>东至县人民政府办公室</span></p>
<p class=MsoNormal align=right><span lang=EN-US>2024</span><span>年<span lang=EN-US>3</span>月<span lang=EN-US>8</span>日</span></p>
<p class=MsoNormal align=center><b><span>东至县<span lang=EN-US>2024</span>年城乡供水一体化工作实施方案</span></b></p>
<p class=MsoNormal><span>为加快推进城乡供水一体化，保障农村居民饮水安全，结合我县实际，制定本方案。</span></p>
<p class=MsoNormal><span>一、工作目标</span></p>
</div></body></html>`;

  it("should not let a stale <title> of a Word-saved page, naming another year's plan, steer the title (东至 probe round 12)", () => {
    const lines = readHtml(utf8(wordPage('关于印发东至县2023年农村饮水安全巩固提升工作方案的通知')), {}).lines;
    // the red header over the 文号 is the page's furniture, as on every page of a PDF (probe round 34)
    expect(lines[0]!.text).toBe('东政办〔2024〕12号');
    expect(meta(lines)).toMatchObject({ title: '东至县2024年城乡供水一体化工作实施方案', docNumber: '东政办〔2024〕12号', date: '2024-03-08' });
    // as without a <title>, or with Word's 文档1
    expect(meta(readHtml(utf8(wordPage('文档1')), {}).lines).title).toBe('东至县2024年城乡供水一体化工作实施方案');
  });

  it('should keep a <title> that holds the title the body names, and one over a body that names none', () => {
    const lines = readHtml(utf8(wordPage('东至县2024年城乡供水一体化工作实施方案（印发稿）')), {}).lines;
    expect(lines[0]!.text).toBe('东至县2024年城乡供水一体化工作实施方案(印发稿)');
    expect(meta(lines).title).toBe('东至县2024年城乡供水一体化工作实施方案');
    const titled = '<html><head><meta charset="utf-8"><title>关于做好2022年示范镇建设工作的通知</title></head><body><div id="zoom"><p>各县（市）党委、政府，州直有关部门：</p><p>1．完善园区基础设施。（责任单位：州住建局）</p></div></body></html>';
    expect(texts(titled)[0]).toBe('关于做好2022年示范镇建设工作的通知');
  });

  it('should read a 文号 written in traditional characters in the info line, as written (横琴 probe round 12)', () => {
    const html = page(`<div class="article"><h1>橫琴粵澳深度合作區執行委員會關於印發《橫琴粵澳深度合作區2024年促進琴澳一體化發展工作要點》的通知</h1>
<div class="info">文號：琴執發〔2024〕5號　發布時間：2024-04-02　來源：經濟發展局　字號：<a>大</a> <a>中</a> <a>小</a>　【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_Editor"><p>各局、辦，各有關單位：</p><p>《橫琴粵澳深度合作區2024年促進琴澳一體化發展工作要點》已經執行委員會會議審議通過，現印發給你們，請結合實際認真貫徹落實。</p>
<p>一、推動琴澳規則銜接</p></div></div>`);
    const lines = readHtml(utf8(html), {}).lines;
    expect(lines.slice(1, 4).map((line) => line.text)).toEqual(['琴執發〔2024〕5號', '发布时间:2024-04-02', '来源:經濟發展局']);
    // the text reader gives 琴執發〔2024〕5號 on its own line as written too
    expect(meta(lines).docNumber).toBe('琴執發〔2024〕5號');
    expect(meta(readTextLines('橫琴粵澳深度合作區執行委員會關於印發工作要點的通知\n琴執發〔2024〕5號\n一、總體要求')).docNumber).toBe('琴執發〔2024〕5號');
    // the label alone in traditional characters, the number in simplified ones (s04h)
    expect(texts(page('<div class="info">文號：琴执发〔2024〕5号</div><div class="TRS_Editor"><p>一、推动琴澳规则衔接</p><p>推进规则衔接，制定本要点。</p></div>'))[0]).toBe('琴执发〔2024〕5号');
  });

  const wechat = (time: string, more = ''): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>重磅！鹰潭市2024年文旅消费提振行动方案印发</title></head><body id="activity-detail">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">重磅！鹰潭市2024年文旅消费提振行动方案印发</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <a id="js_name">鹰潭发布</a>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">${time}</em>${more}</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;"><section>
<p style="text-align:center;"><strong>鹰潭市2024年文旅消费提振行动方案</strong></p>
<p>为进一步释放文旅消费潜力，结合我市实际，制定本方案。</p>
<p><strong>1.推动龙虎山景区提档升级。</strong>加快龙虎山5A级景区智慧化改造。</p>
<p><span style="color:#7f7f7f;">责任单位：龙虎山风景名胜区管委会、市文广新旅局</span></p>
<p><span style="font-size:13px;color:#888;">点击“阅读原文”查看政策原文</span></p>
<p><span style="font-size:13px;color:#888;">👇👇👇 点个“在看”，让更多人看到 👇👇👇</span></p>
</section></div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#鹰潭文旅</span><span class="article-tag__item">#政策解读</span></div>
<div class="rich_media_tool"><a id="js_view_source" href="https://www.yingtan.gov.cn/">阅读原文</a><span>阅读 1.2万</span></div>
</div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
<div id="js_pc_qr_code"><p>微信扫一扫可打开此内容，<br>使用完整服务</p></div>
<div class="weui-dialog">预览时标签不可点</div>
<div>：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>
</body></html>`;

  it('should read a WeChat article from #js_content, its publication time from #publish_time (鹰潭 probe round 12)', () => {
    const result = readHtml(utf8(wechat('2024-03-18 18:30', '<em id="js_ip_wording_wrp"><span id="js_ip_wording">江西</span></em>')), {});
    expect(result.lines.map((line) => line.text)).toEqual([
      '重磅!鹰潭市2024年文旅消费提振行动方案印发',
      '发布时间:2024-03-18 18:30',
      '鹰潭市2024年文旅消费提振行动方案',
      '为进一步释放文旅消费潜力,结合我市实际,制定本方案。',
      '1.推动龙虎山景区提档升级。加快龙虎山5A级景区智慧化改造。',
      '责任单位:龙虎山风景名胜区管委会、市文广新旅局',
    ]);
    expect(meta(result.lines)).toMatchObject({ title: '鹰潭市2024年文旅消费提振行动方案', date: '2024-03-18' });
  });

  it('should not glue a WeChat publication date onto the title below it (鹰潭 probe round 12, s11b, s11d)', () => {
    for (const time of ['2024-03-18', '2024年3月18日 18:30']) {
      const lines = readHtml(utf8(wechat(time, '<em>江西</em>')), {}).lines;
      expect(meta(lines)).toMatchObject({ title: '鹰潭市2024年文旅消费提振行动方案', date: '2024-03-18' });
    }
  });

  it('should read a bare date printed alone above the content as the publication time', () => {
    const lines = texts(page('<div class="time">2024-03-18 18:30</div><div class="TRS_Editor"><p>鹰潭市2024年文旅消费提振行动方案</p><p>为进一步释放文旅消费潜力，制定本方案。</p><p>一、工作目标</p></div>'));
    expect(lines[0]).toBe('发布时间:2024-03-18 18:30');
  });
});

describe('readHtml: numbered lists, the markers a browser draws (德阳 probe round 13)', () => {
  it('should number a list of a typed item\'s points a rung below that item, not as its siblings', () => {
    const page = '<html><body><div><p>二、重点任务</p><p>1.推进老旧小区改造。（责任单位：县住建局）</p><p>主要包括：</p><ol><li>完成10个小区管网更新；</li><li>加装电梯20部。</li></ol><p>2.加强市场监管。（责任单位：县市场监管局）</p><p>3.加强宣传。（责任单位：县委宣传部）</p></div></body></html>';
    const document = extract(page, { path: 'plan.html' });
    // the points numbered (1), (2) under 1., which has the note, are its content (东安 probe round 21)
    expect(document.tasks.map((t) => t.path.join(''))).toEqual(['二、1.', '二、2.', '二、3.']);
    expect(document.tasks[0]!.text).toMatch(/\n\(1\)完成10个小区管网更新;\n\(2\)加装电梯20部。$/);
    expect(document.diagnostics.filter((d) => d.code === 'numbering-repeat')).toEqual([]);
  });

  // UEditor, the editor of many government CMSs, saves a numbered list as <ol><li><p>: the numbers are only on screen
  const ueditor = [
    '<div class="article-con" id="UCAP-CONTENT">',
    '<p style="text-indent: 2em; line-height: 1.75em;"><strong>二、重点任务</strong></p>',
    '<p style="text-indent: 2em; line-height: 1.75em;"><strong>（一）推进农村“三大革命”</strong></p>',
    '<ol class=" list-paddingleft-2" style="list-style-type: decimal;"><li><p style="text-indent: 2em; line-height: 1.75em;">推进农村生活污水治理。新建改造农村生活污水处理设施50座，农村生活污水治理率达到62%。（责任单位：市生态环境局、市住房和城乡建设局）</p></li><li><p style="text-indent: 2em; line-height: 1.75em;">深化农村厕所革命。新改建农村卫生户厕8000户，开展问题厕所“回头看”。（市农业农村局牵头，市卫生健康委、市乡村振兴局密切配合）</p></li></ol>',
    '<p style="text-indent: 2em; line-height: 1.75em;"><strong>（二）加强乡村规划建设管理</strong></p>',
    '<ol class=" list-paddingleft-2" style="list-style-type: decimal;"><li><p style="text-indent: 2em; line-height: 1.75em;">推进乡村规划编制。完成村庄规划编制120个，实现有条件、有需求的村庄规划应编尽编。（责任单位：市自然资源和规划局）</p></li></ol>',
    '</div>',
  ].join('\n');

  it('should give each <li> of a UEditor <ol> the number the browser draws, so each item is a task under the heading above the list', () => {
    expect(texts(page(ueditor)).map((text) => text.split('。')[0])).toEqual(['二、重点任务', '(一)推进农村“三大革命”', '1.推进农村生活污水治理', '2.深化农村厕所革命', '(二)加强乡村规划建设管理', '1.推进乡村规划编制']);
    const document = extract(utf8(page(ueditor)), { path: 'deyang.html' });
    expect(document.tasks.map((task) => `${task.id} ${task.path.join('')} ${task.units.map((unit) => unit.name).join('、')}`)).toEqual([
      '2.1.1 二、(一)1. 市生态环境局、市住房和城乡建设局',
      '2.1.2 二、(一)2. 市农业农村局、市卫生健康委、市乡村振兴局',
      '2.2.1 二、(二)1. 市自然资源和规划局',
    ]);
  });

  it('should count from start, down when reversed, from a <li value>, and draw the list-style-type or type of the list', () => {
    expect(texts(page('<ol start="4"><li>推进农村生活污水治理。</li><li>深化农村厕所革命。</li></ol>'))).toEqual(['4.推进农村生活污水治理。', '5.深化农村厕所革命。']);
    expect(texts(page('<ol reversed><li>甲</li><li>乙</li></ol><ol><li value="7">丙</li><li>丁</li></ol>'))).toEqual(['2.甲', '1.乙', '7.丙', '8.丁']);
    expect(texts(page('<ol style="list-style-type: cjk-ideographic;"><li>工作目标</li><li>重点任务</li></ol>'))).toEqual(['一、工作目标', '二、重点任务']);
    // the space CSS draws after the stop keeps an item opening with a year a numbered item
    expect(texts(page('<ol><li>2024年底前完成农村电网改造升级项目100个。</li></ol>'))).toEqual(['1. 2024年底前完成农村电网改造升级项目100个。']);
    expect(texts(page('<ol type="a"><li>甲</li></ol><ol style="list-style: upper-roman inside"><li>乙</li></ol><ol type="1" style="list-style-type:none"><li>丙</li></ol>'))).toEqual(['a.甲', 'I.乙', '丙']);
  });

  it('should number a nested list one level deeper, as a plan types it: (1) under 1., 1. under 一、', () => {
    expect(texts(page('<ol><li>推进农村生活污水治理。<ol><li>新建处理设施50座。</li><li>改造管网30公里。<ol><li>城区</li></ol></li></ol></li></ol>'))).toEqual(['1.推进农村生活污水治理。', '(1)新建处理设施50座。', '(2)改造管网30公里。', '①城区']);
    expect(texts(page('<div class="TRS_Editor"><p>为扎实推进农村人居环境整治提升，制定本方案。</p><ol style="list-style-type: cjk-ideographic;"><li>重点任务<ol><li>推进农村生活污水治理。</li></ol></li></ol></div>'))).toEqual(['为扎实推进农村人居环境整治提升,制定本方案。', '一、重点任务', '1.推进农村生活污水治理。']);
    // a <ul> between them draws bullets and is no level
    expect(texts(page('<ol><li>推进<ul><li>甲<ol><li>乙</li></ol></li></ul></li></ol>'))).toEqual(['1.推进', '甲', '(1)乙']);
  });

  it('should leave a <ul> unnumbered, an item typed with its marker as it is, and give an empty item no marker', () => {
    expect(texts(page('<ul><li>推进农村生活污水治理。</li></ul>'))).toEqual(['推进农村生活污水治理。']);
    expect(texts(page('<ol><li>1．推进农村生活污水治理。</li><li>★2．加快新能源汽车推广应用。</li><li></li><li>发展智能网联汽车。</li></ol>'))).toEqual(['1.推进农村生活污水治理。', '★2.加快新能源汽车推广应用。', '4.发展智能网联汽车。']);
  });

  it('should number the items of a list inside a table cell, one a line of the cell', () => {
    const table = readHtml(utf8(page('<table><tr><th>序号</th><th>主要任务</th><th>责任单位</th></tr><tr><td>1</td><td><ol><li>推进乡村规划编制。</li><li>加强农房风貌管控。</li></ol></td><td>市自然资源和规划局</td></tr></table>')), {}).tables[0]!;
    expect(table.rows[1]![1]!.text).toBe('1.推进乡村规划编制。\n2.加强农房风貌管控。');
  });
});

describe('a short page laid out in a table (宁德 probe round 39)', () => {
  it('should read through the layout table whose cell holds the article and its own table', () => {
    const html = page(`<table class="layout"><tr><td class="logo">宁德市人民政府</td><td class="nav">首页</td></tr>
<tr><td colspan="2" class="zw"><p>宁德市2024年优化营商环境重点任务分工方案</p><p>一、重点任务</p><p>1．推行企业开办一网通办。（责任单位：市市场监管局）</p>
<p>附件</p><p>重点任务清单</p><table border="1"><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr><tr><td>1</td><td>推行企业开办一网通办</td><td>市市场监管局</td></tr></table></td></tr></table>`);
    const document = extract(html, { path: 'ningde.html' });
    expect([document.tasks.map((task) => task.units.map((u) => u.name).join('、')), document.tables.map((table) => table.rows.length)]).toEqual([['市市场监管局'], [1]]);
  });
});

describe('a title outside the main content (霍邱 probe round 42)', () => {
  it('should keep an <h1> outside the content that a longer line of it only begins with (the table titled …计划表)', () => {
    const page = [
      '<html><head><title>霍邱县2024年重点项目建设计划_霍邱县人民政府</title></head><body>',
      '<div class="wzy_title"><h1>霍邱县2024年重点项目建设计划</h1><span>发布时间：2024-03-12</span></div>',
      '<div class="wzy_content" id="zoom"><p>为深入实施“项目建设攻坚年”行动，确定2024年县级重点项目2个。</p><p>霍邱县2024年重点项目建设计划表</p>',
      '<table><tr><td>序号</td><td>项目名称</td><td>责任单位</td></tr><tr><td>1</td><td>霍邱经开区标准化厂房项目</td><td>霍邱经开区管委会</td></tr></table></div></body></html>',
    ].join('\n');
    expect(extract(Buffer.from(page), { path: 'huoqiu.html' }).meta.title).toBe('霍邱县2024年重点项目建设计划');
  });
});

describe('metadata tables of East China portals (probe round 61: 湖州 Hanweb, 吴中 TRS)', () => {
  const docNumber = (row: string): string | null => extract(Buffer.from(page([
    `<table class="xxgk">${row}<tr><th>发布机构</th><td>某某区人民政府办公室</td></tr></table>`,
    '<div class="TRS_Editor"><p>某某区2024年营商环境优化提升工作方案</p><p>一、重点任务</p><p>（一）优化审批服务。（责任单位：区行政审批局）</p></div>'].join('\n'))), { path: 'page.html' }).meta.docNumber;

  it('should read the 文号 of a row that also says how the document is published (`公开方式 | 主动公开`)', () => {
    expect(docNumber('<tr><th>文号</th><td>湖政办发〔2024〕9号</td><th>公开方式</th><td>主动公开</td></tr>')).toBe('湖政办发〔2024〕9号');
  });

  it('should read labels spaced out to the width of the longest (`文&nbsp;&nbsp;&nbsp;&nbsp;号：`, `时　　效：`)', () => {
    expect(docNumber('<tr><td>文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>吴政办〔2024〕11号</td><td>时&nbsp;&nbsp;&nbsp;&nbsp;效：</td><td>有效</td></tr>')).toBe('吴政办〔2024〕11号');
    expect(docNumber('<tr><td>文　　号：</td><td>吴政办〔2024〕11号</td><td>时　　效：</td><td>有效</td></tr>')).toBe('吴政办〔2024〕11号');
  });
});

describe('WeChat reposts as HTML (湘潭, 建阳 probe round 75)', () => {
  it('should give the units a body note sets in bold the lead, where the plan says its bold units lead', () => {
    const html = page(`<div class="rich_media_content"><p>湘潭县2024年农村人居环境整治提升实施方案</p><p>（注：责任单位中加粗的为牵头单位）</p>
<p><strong>一、重点任务</strong></p>
<p><span>1.新（改）建农村户用卫生厕所3000户。（责任单位：<strong>县农业农村局</strong>、县卫生健康局、各镇人民政府）</span></p>
<p><span>2.开展农村黑臭水体排查整治。（责任单位：<strong>市生态环境局湘潭县分局</strong>、<b>县水利局</b>、各镇人民政府）</span></p></div>`);
    const document = extract(html, { path: 'xiangtan.html' });
    expect(document.tasks.map((task) => task.units.map((u) => `${u.name}:${u.role}`).join(' '))).toEqual([
      '县农业农村局:lead 县卫生健康局:responsible 各镇人民政府:responsible',
      '市生态环境局湘潭县分局:lead 县水利局:lead 各镇人民政府:responsible',
    ]);
  });

  it('should read the plan\'s title and number from the news lead-in, and the time printed bare before the page\'s fields', () => {
    const html = page(`<h1 class="article-title">建阳区出台2025年优化营商环境攻坚行动方案</h1>
<div class="article-info"><span>2025-02-27 10:21:36</span>　<span>来源：建阳发布</span>　<span>责任编辑：陈婧</span></div>
<div class="article-content"><p>东南网2月27日讯 近日，南平市建阳区印发《建阳区2025年优化营商环境攻坚行动方案》（潭政办〔2025〕11号），部署12项攻坚举措。现将方案全文转发如下：</p>
<p style="text-align:center"><strong>建阳区2025年优化营商环境攻坚行动方案</strong></p><p>为持续优化营商环境，制定本方案。</p>
<p>一、提升政务服务效能</p><p>1.推行“高效办成一件事”。（责任单位：区数据管理局）</p><p>2.深化“一网通办”改革，提升网上办件率。（责任单位：区行政服务中心）</p></div>`);
    const { meta } = extract(html, { path: 'jianyang.html' });
    expect([meta.title, meta.docNumber, meta.date]).toEqual(['建阳区2025年优化营商环境攻坚行动方案', '潭政办〔2025〕11号', '2025-02-27']);
  });
});
