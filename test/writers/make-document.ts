/** Small hand-built documents for the writer tests, from real lines of the corpus. */
import type { PolicyDocument, Role, Task, UnitAssignment } from '../../src/model/document.js';
import { writtenUnit } from '../../src/extractors/units.js';

/** A unit as a note writes it (canonical = name; extract() would normalize it). */
export function makeUnit(name: string, role: Role, generic = false): UnitAssignment {
  return writtenUnit({ name, role, generic });
}

/** A task with the fields a test does not care about filled in. */
export function makeTask(overrides: Partial<Task> & Pick<Task, 'id' | 'path' | 'headings'>): Task {
  return {
    part: '正文',
    title: null,
    text: '',
    responsibility: null,
    units: [],
    deadline: null,
    line: 1,
    endLine: 1,
    ...overrides,
  };
}

/**
 * fixtures/corpus/yanbian-2022-demo-towns-tasks.txt cut down to three tasks: one with a title,
 * a deadline and two paragraphs, one with a generic unit, one with no title and no unit.
 */
export function makeDocument(): PolicyDocument {
  return {
    source: { path: 'fixtures/corpus/yanbian.txt', encoding: 'utf-8', bom: false, format: 'text', bytes: 17211, lines: 70 },
    meta: {
      title: '延边州开展示范镇建设助推乡村振兴工作任务分工方案',
      docNumber: '延州办字〔2022〕4号',
      issuers: ['中共延边州委办公室', '延边州人民政府办公室'],
      date: '2022-05-07',
      recipients: ['各县、市党委和人民政府', '州委各部、委、室'],
      attachments: ['延边州示范镇建设议事协调机制成员名单'],
      level: 'prefecture',
    },
    convention: null,
    tasks: [
      makeTask({
        id: '2.1.1',
        path: ['二、', '(一)', '1.'],
        headings: ['二、工作分工', '(一)推进产业项目建设,提升造血能力'],
        title: '完善园区基础设施',
        text: '完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。\n拓展园区发展空间,加大招商引资力度,不断壮大园区发展规模。',
        responsibility: '(责任单位:各县市党委、政府;州住建局按职责分工负责)',
        units: [
          makeUnit('各县市党委、政府', 'responsible'),
          makeUnit('州住建局', 'responsible'),
        ],
        deadline: '2025年8月底前',
        line: 25,
        endLine: 26,
      }),
      makeTask({
        id: '2.5.14',
        path: ['二、', '(五)', '14.'],
        headings: ['二、工作分工', '(五)推进体制机制建设,提升治理能力'],
        title: '建立长效帮扶机制',
        text: '建立长效帮扶机制。各部门和单位要坚持重心下移,充分发挥对示范镇的政策支持、业务指导和帮扶作用。',
        responsibility: '(责任单位:各县市党委、政府;相关部门按职责分工负责)',
        units: [
          makeUnit('各县市党委、政府', 'responsible'),
          makeUnit('相关部门', 'responsible', true),
        ],
        line: 38,
        endLine: 38,
      }),
      makeTask({
        id: '3.2',
        path: ['三、', '(二)'],
        headings: ['三、工作措施'],
        text: '2022年4月底前,围绕“一核、两极、多点支撑”区域发展格局,突出城市周边、省级乡村振兴重点帮扶县。',
        line: 43,
        endLine: 43,
      }),
    ],
    tables: [],
    diagnostics: [
      { code: 'role-convention-missing', severity: 'info', message: '未找到角色约定', line: null },
      { code: 'task-without-unit', severity: 'warning', message: '任务 3.2 未找到责任单位', line: 43 },
    ],
  };
}

/**
 * fixtures/corpus/shuangying-2022-rural-construction.txt, one task with a lead unit; no title
 * of its own, so listings fall back to the file name.
 */
export function makeLeadDocument(): PolicyDocument {
  return {
    source: { path: 'fixtures/corpus/shuangying.txt', encoding: 'gb18030', bom: false, format: 'text', bytes: 9120, lines: 90 },
    meta: { title: null, docNumber: '长双双府〔2022〕42号', issuers: [], date: null, recipients: [], attachments: [], level: 'township' },
    convention: null,
    tasks: [
      makeTask({
        id: '3.1',
        path: ['三、', '(一)'],
        headings: ['三、 主要任务'],
        title: '实施乡村规划建设管理推进行动',
        text: '实施乡村规划建设管理推进行动。明确村庄分类布局,细化分类标准,有序推进村庄规划编制。',
        responsibility: '(自然资源服务科牵头、执法保障科、民政办公室等按职责分工负责)',
        units: [
          makeUnit('执法保障科', 'responsible'),
          makeUnit('自然资源服务科', 'lead'),
          makeUnit('民政办公室', 'responsible'),
        ],
        line: 35,
        endLine: 35,
      }),
    ],
    tables: [],
    diagnostics: [{ code: 'duplicate-unit', severity: 'error', message: '单位“民政办公室”在同一任务中重复出现', line: 60 }],
  };
}
