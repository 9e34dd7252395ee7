import type { ClassRecord } from '../../../db/core/database'

/** The line under a sheet's title: class, dates, head count. */
export function ClassPrintMeta({ cls, count }: { cls: ClassRecord; count: number }) {
  return (
    <>
      <span>班次：{cls.name}</span>
      <span>
        {cls.startDate} 至 {cls.endDate}
      </span>
      <span>共 {count} 人</span>
    </>
  )
}
