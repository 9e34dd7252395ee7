import { useState } from 'react'
import Alert from '@mui/material/Alert'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import { describeLeaveRules } from '@shared/attendance/leaveRuleSettings'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { useSnapshotPolicy } from '../../db/core/schoolSettingsHooks'
import { useAttendanceStatuses, useLeaveRuleSettings } from '../../db/attendance/attendanceSettingsHooks'

/**
 * 本校规则 in 设置: the settings that are the school's, not this PC's (issue 12, point 8). They
 * apply in every office and travel in every snapshot; the attendance statuses and the leave rules
 * are edited where they are used (考勤, 请假), 只接受加密快照 here.
 */
export function SchoolRulesSection() {
  const { schoolSettings } = useData()
  const notify = useNotify()
  const policy = useSnapshotPolicy()
  const statuses = useAttendanceStatuses()
  const leaveRules = useLeaveRuleSettings()
  const [askOff, setAskOff] = useState(false)

  const save = async (encryptedOnly: boolean) => {
    await schoolSettings.saveSnapshotPolicy({ encryptedOnly })
    notify(encryptedOnly ? '已设为只接受加密快照' : '已允许导入未加密快照（导入前仍需确认）')
  }

  return (
    <Paper sx={{ p: 3 }} data-testid="school-rules">
      <Typography variant="h6" gutterBottom>
        本校规则
      </Typography>
      <Stack spacing={2}>
        <Alert severity="info">
          {
            '以下规则适用于全校，不只是本机：它们随快照同步到其他办公室，任何一处修改后，对方导入快照即采用同样的规则，各办公室对同一学员的判断因此一致。两个办公室同时改了同一项时，以较晚的修改为准，另一方的值记入“冲突记录”，可以恢复。'
          }
        </Alert>
        <div>
          <Typography variant="subtitle2">考勤状态</Typography>
          <Typography variant="body2" color="text.secondary">
            {statuses
              ? statuses
                  .filter((s) => !s.hidden)
                  .map((s) => s.label)
                  .join('、')
              : '正在读取…'}
            。在班次的“考勤”页点“状态设置”修改名称、简称、颜色和快捷键。
          </Typography>
        </div>
        <div>
          <Typography variant="subtitle2">请假规则（第九条）</Typography>
          <Typography variant="body2" color="text.secondary">
            {leaveRules ? describeLeaveRules(leaveRules) : '正在读取…'}
            在班次的“请假”页点“请假规则设置”修改。
          </Typography>
        </div>
        <div>
          <FormControlLabel
            control={
              <Switch
                checked={policy?.encryptedOnly ?? true}
                disabled={!policy}
                onChange={(e) => {
                  if (e.target.checked)
                    void save(true).catch((err: unknown) => notify(errorMessage(err), 'error'))
                  else setAskOff(true)
                }}
              />
            }
            label="只接受加密快照"
          />
          <Typography variant="body2" color="text.secondary">
            {
              '开启时（默认），未加密的快照文件一律不能导入：这样的文件任何人都可以编写或改动，其校验值不是签名。关闭后仍可导入，但每次都要先确认风险。'
            }
          </Typography>
        </div>
      </Stack>
      <ConfirmDialog
        open={askOff}
        title="允许导入未加密快照？"
        message="未加密的快照文件任何人都可以编写或改动，无法确认它来自哪个办公室、内容是否被改过。关闭后，全校各办公室都可以导入未加密文件（每次导入前仍需确认）。确定关闭“只接受加密快照”吗？"
        confirmLabel="关闭"
        onCancel={() => setAskOff(false)}
        onConfirm={async () => {
          await save(false)
          setAskOff(false)
        }}
      />
    </Paper>
  )
}
