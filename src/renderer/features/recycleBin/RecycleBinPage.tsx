import { classTypeLabel } from '@shared/domain/trainingClass'
import { PageHeader } from '../../ui/PageHeader'
import { useData } from '../../db/core/DataProvider'
import { useDeletedClasses } from '../../db/classes/classHooks'
import { PeopleRecycleBin } from '../people'
import { RecycleBinTable } from '../../ui/RecycleBinTable'

/** Deleted records wait here; restoring is one click and syncs like any edit. */
export function RecycleBinPage() {
  const deleted = useDeletedClasses()
  const { classes } = useData()
  return (
    <>
      <PageHeader
        title="回收站"
        subtitle="删除的班次和学员保存在这里，可随时恢复；学员的个人信息可以“彻底清除”（不能撤销）。同步到其他电脑时，删除、恢复和清除都会一并同步。"
      />
      <RecycleBinTable
        label="回收站"
        nameHeader="名称"
        empty="回收站是空的"
        rows={(deleted ?? []).map((c) => ({
          id: c.id,
          what: `班次（${classTypeLabel(c.type)}）`,
          name: c.name,
          deletedStamp: c._hlc.deleted,
          restore: () => classes.restore(c.id),
        }))}
      />
      <PeopleRecycleBin />
    </>
  )
}
