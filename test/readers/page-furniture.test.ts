// Page furniture: a footer's words inside a numbered task or a sentence do not make it furniture.
import { describe, expect, it } from 'vitest';
import { isJunkLine } from '../../src/readers/page-furniture.js';
import { makeLine } from '../../src/readers/text.js';

const junk = (raw: string): boolean => isJunkLine(makeLine(raw, 1).text);

describe('isJunkLine', () => {
  it('should keep numbered task lines that hold footer words (probe h08, h12)', () => {
    expect(junk('7.规范政府网站备案管理。督促全市政府网站完成ICP备案和公安联网备案，备案信息在网站底部显著位置展示。（责任单位：市政务服务中心、市公安局）')).toBe(false);
    expect(junk('8.强化平台技术支持：由市大数据中心负责政府网站集约化平台运维和安全防护。（责任单位：市大数据中心）')).toBe(false);
    expect(junk('9.规范网页版权声明和隐私说明。在网站显著位置设置版权声明、隐私声明链接。（责任单位：市政务服务中心）')).toBe(false);
    expect(junk('（一）主办单位：中共江华瑶族自治县委员会、江华瑶族自治县人民政府')).toBe(false);
    expect(junk('（二）承办单位：县委宣传部、县文旅广体局、县民族宗教事务局')).toBe(false);
  });

  it('should drop a bar of bracketed page actions, a scan prompt and a site\'s address (probe round 28)', () => {
    for (const line of ['【打印】 【关闭】', '【我要纠错】【打印本页】【关闭窗口】', '扫一扫在手机打开当前页', '手机扫码阅读', '相关附件:', '地址:太平川镇兴业大街88号  联系电话:0436-7291005']) expect(junk(line), line).toBe(true);
    // how the document was published and printed, and whom to call (probe round 31)
    for (const line of ['（此件公开发布）', '(此件主动公开)', '信息公开选项：主动公开', '共印50份', '联系人：市商务局流通业发展科 向丽君，联系电话：0745-2714035。']) expect(junk(line), line).toBe(true);
    expect(junk('5.公开联系人和联系电话。各村公布便民服务联系人。')).toBe(false);
    // a task that names a 地址 or an action in its text stays
    expect(junk('3.完善便民服务。公开办事地址、联系电话，方便群众办事。')).toBe(false);
    expect(junk('【重点】推进打印服务进社区')).toBe(false);
  });

  it('should drop the same furniture in traditional characters, and a line of related documents (广州 probe round 32)', () => {
    for (const line of ['主辦：廣州市人民政府辦公廳　承辦：廣州市政務服務和數據管理局', '公開方式：主動公開', '【打印本頁】【關閉窗口】', '相關文件：《廣州市促進夜間經濟高質量發展工作方案》政策解讀', '相关链接：']) expect(junk(line), line).toBe(true);
    expect(junk('（三）強化宣傳推廣。利用各類媒體平台宣傳推介“羊城夜色”品牌，營造良好夜間消費氛圍。')).toBe(false);
  });

  it('should drop the red header a PDF prints on every page, and keep a sentence naming such a file (probe round 34)', () => {
    for (const line of ['宜宾市人民政府办公室文件', '中共衡水市委文件', '德州市人民政府文件', '————————————————————']) expect(junk(line), line).toBe(true);
    expect(junk('认真贯彻落实市人民政府办公室文件精神。')).toBe(false);
  });

  it('should keep a sentence of the body that names a footer word', () => {
    expect(junk('督促全市政府网站完成ICP备案和公安联网备案，备案信息在网站底部显著位置展示。')).toBe(false);
  });

  it('should still drop the footers and printing lines of a page', () => {
    expect(junk('版权所有：临武县人民政府　湘ICP备05009999号')).toBe(true);
    expect(junk('主办单位：江华瑶族自治县人民政府　承办单位：县政府办　技术支持：某某科技有限公司')).toBe(true);
    expect(junk('Copyright © 浏阳市人民政府 版权所有')).toBe(true);
    expect(junk('版权声明:本网站所刊内容未经本网站及作者本人许可,不得下载、转载或建立镜像等,违者本网站将追究其法律责任。备案号:渝ICP备2021002381号-1')).toBe(true);
    expect(junk('某县人民政府办公室　　2023年3月16日印发')).toBe(true);
    expect(junk('您现在的位置：首页 > 政务公开 > 通知公告')).toBe(true);
    // a site's registration and builder, written as sentences (review of probe round two: t09)
    expect(junk('本站由桑植县人民政府办公室主办，县数据中心承办。技术支持：湖南某某信息技术有限公司。')).toBe(true);
    expect(junk('建议使用1366×768分辨率浏览本站。版权所有：桑植县人民政府　湘ICP备05001234号-1')).toBe(true);
    expect(junk('联系电话：0744-1234567。网站标识码：4308220001　湘公网安备43082202000123号')).toBe(true);
  });

  it('should keep bullet lines that hold a sentence (probe h12) and drop bullet menus and contacts', () => {
    expect(junk('●食品安全保障由县市场监管局负责；')).toBe(false);
    expect(junk('●现场秩序维护由县公安局负责。')).toBe(false);
    expect(junk('· 落实属地责任，各乡镇负责辖区内的组织工作')).toBe(false);
    // the contact lines a reposted page opens with (corpus: jilin-2022-county-towns-37-measures)
    expect(junk('• 重庆沙坪坝区融汇温泉城童话里D区5栋1905')).toBe(true);
    expect(junk('  • 王总: 13708368233')).toBe(true);
  });
});

describe('a breadcrumb without 首页, and a menu opened by 首页 and bars (太平镇 probe round 25)', () => {
  it('should read them as furniture, and a sentence with a > in it as text', () => {
    expect(isJunkLine('政务公开 > 乡镇政府信息公开 > 太平镇 > 规划计划')).toBe(true);
    expect(isJunkLine('首页 | 政务公开 | 乡镇动态')).toBe(true);
    expect(isJunkLine('确保PM2.5浓度>35微克的天数减少,空气质量优良天数比例>85%。')).toBe(false);
  });
});

describe('a breadcrumb after the site\'s name (长白 probe round 91)', () => {
  it('should read it as furniture, so that the title under it stands alone', () => {
    expect(isJunkLine('长白朝鲜族自治县人民政府 网站首页 > 信息公开 > 部门文件')).toBe(true);
    expect(isJunkLine('在政府网站首页开设专栏，及时发布工作动态。')).toBe(false);
  });
});

