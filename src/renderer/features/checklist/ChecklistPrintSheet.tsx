import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { checklistTable, formatDepartments, type ClassChecklistItem } from '@shared/checklist'
import { classTypeLabel } from '@shared/domain/trainingClass'
import { useClassChecklist } from '../../db/checklist/checklistHooks'
import type { ClassRecord } from '../../db/core/database'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { useReconcileChecklists } from './useReconcile'
import './checklistPrint.css'

/**
 * The class's 班务工作事项表 as the seed draws it (000 附1): per part a table 事项 / 具体工作 / 责任人 /
 * 完成, the 事项 cell merged over its rows, 完成 ticked with the date. Retired items are left out.
 */
export function ChecklistPrintSheet({ cls, schoolName }: { cls: ClassRecord; schoolName: string }) {
  const classList = useMemo(() => [cls], [cls])
  useReconcileChecklists(classList)
  const checklist = useClassChecklist(cls.id)
  const navigate = useNavigate()
  if (!checklist) return null
  return (
    <PrintView
      title={`${cls.name} 班务工作事项表`}
      fileName={`${cls.name}-班务工作事项表`}
      onBack={() => void navigate(`/classes/${cls.id}/checklist`)}
    >
      <PrintSheet
        schoolName={schoolName}
        title={checklist.templateName}
        meta={
          <>
            <span>
              班次：{cls.name}（{classTypeLabel(cls.type)}）
            </span>
            <span>
              {cls.startDate} 至 {cls.endDate}
            </span>
            <span>班主任：{cls.headTeachers.join('、')}</span>
          </>
        }
      >
        {checklistTable(checklist.items).map((block) => (
          <table key={block.phase} className="checklist-print-table">
            <colgroup>
              <col className="matter" />
              <col />
              <col className="departments" />
              <col className="done" />
            </colgroup>
            <thead>
              <tr>
                <th colSpan={4} className="phase">
                  {block.label}
                </th>
              </tr>
              <tr>
                <th>事项</th>
                <th>具体工作</th>
                <th>责任人</th>
                <th>完成</th>
              </tr>
            </thead>
            <tbody>
              {block.groups.flatMap((group) =>
                group.rows.map((item, i) => (
                  <tr key={item.code}>
                    {i === 0 && (
                      <td rowSpan={group.rows.length} className="matter">
                        {group.matter}
                      </td>
                    )}
                    <td className="tasks">{item.tasks.map((t) => t.text).join('\n')}</td>
                    <td className="departments">{formatDepartments(item.departments)}</td>
                    <td className="done">{doneCell(item)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        ))}
      </PrintSheet>
    </PrintView>
  )
}

/** ✓ and the date for 已完成; 不适用 written out; empty otherwise, to be ticked by hand. */
function doneCell(item: ClassChecklistItem): string {
  const date = item.completedAt?.slice(0, 10) ?? ''
  if (item.status === 'done') return `✓ ${date}`.trim()
  if (item.status === 'notApplicable') return '不适用'
  return ''
}
