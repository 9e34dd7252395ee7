import { describe, expect, it } from 'vitest'
import { instantiateChecklist } from './classChecklist'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import { checklistTable, formatDepartments } from './tableLayout'
import type { ResponsibleDepartment } from './types'

describe('checklistTable: the seed’s layout with merged 事项 cells', () => {
  it('draws the key-class table as 000 附1 does', () => {
    const blocks = checklistTable(KEY_CLASS_TEMPLATE.items)
    expect(blocks.map((b) => [b.label, b.groups.map((g) => `${g.matter}×${g.rows.length}`)])).toEqual([
      ['开班准备（开班前）', ['开班准备工作×3', '布置教室×1']],
      [
        '班级事务（培训中）',
        [
          '开班仪式×1',
          '入学教育×1',
          '班级工作安排×3',
          '宣传工作×1',
          '学员服务×1',
          '课前准备×1',
          '服务教师×1',
          '现场教学×1',
          '小组讨论×1',
          '班级交流\n学员论坛×1',
          '外出考察×3',
          '学员评优×2',
          '结业仪式×1',
          '挂职锻炼×1',
        ],
      ],
      ['班级收尾（结业后）', ['资料归档×3', '总结归纳×1']],
      ['其他注意事项', ['从严治学×1', '跟踪报道×1']],
    ])
  })

  it('works on a class’s copy and leaves out retired rows and empty parts', () => {
    const copy = instantiateChecklist(ORDINARY_CLASS_TEMPLATE, {
      startDate: '2025-05-12',
      endDate: '2025-05-16',
    })
    const items = copy.items.map((it) => (it.code === 'ordinary.prep.02' ? { ...it, retired: true } : it))
    const blocks = checklistTable(items)
    expect(blocks.map((b) => b.phase)).toEqual(['prep', 'during', 'closing'])
    expect(blocks[0]?.groups.map((g) => g.rows.map((r) => r.code))).toEqual([
      ['ordinary.prep.01', 'ordinary.prep.03'],
      ['ordinary.prep.04'],
    ])
  })
})

describe('formatDepartments: the 责任人 cell as text', () => {
  const lead = (department: ResponsibleDepartment['department']) => ({ department, role: 'lead' as const })
  const assist = (department: ResponsibleDepartment['department']) => ({
    department,
    role: 'assist' as const,
  })
  const table: [ResponsibleDepartment[], string, string][] = [
    [[lead('教务科')], '★教务科', '000 附1 开班准备工作'],
    [
      [lead('班主任'), lead('临时党支部'), assist('学员工作科')],
      '★班主任、临时党支部 ☆学员工作科',
      '000 附1 宣传工作',
    ],
    [
      [{ department: '学员工作科', role: 'listed' }, lead('班主任')],
      '学员工作科 ★班主任',
      '000 附1 学员评优',
    ],
    [[], '', 'an item the school added without offices'],
  ]
  it.each(table)('%o → %s (%s)', (departments, text) => {
    expect(formatDepartments(departments)).toBe(text)
  })
})
