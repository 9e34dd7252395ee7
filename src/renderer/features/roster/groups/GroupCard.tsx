import { useState, type DragEvent } from 'react'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import StarIcon from '@mui/icons-material/Star'
import StarBorderIcon from '@mui/icons-material/StarBorder'
import Box from '@mui/material/Box'
import Card from '@mui/material/Card'
import CardContent from '@mui/material/CardContent'
import CardHeader from '@mui/material/CardHeader'
import Checkbox from '@mui/material/Checkbox'
import IconButton from '@mui/material/IconButton'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemText from '@mui/material/ListItemText'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import type { RosterEntry } from '../../../db/roster/rosterQueries'

/** The drag payload: enrollment ids, one per line. */
export const DRAG_TYPE = 'application/x-banwu-enrollments'

export interface GroupCardProps {
  /** null for the 未分组 card. */
  groupId: string | null
  title: string
  leaderId: string | null
  members: readonly RosterEntry[]
  selected: ReadonlySet<string>
  onToggle: (enrollmentId: string) => void
  onDropMembers: (enrollmentIds: string[], groupId: string | null) => void
  dragIds: (enrollmentId: string) => string[]
  leaderLabel: string
  onSetLeader?: (enrollmentId: string | null) => void
  onRename?: () => void
  onDelete?: () => void
}

/**
 * One group as a card of its members. Members are moved by dragging them onto another card or,
 * from the keyboard, by ticking them and choosing 移到 (GroupsTab).
 */
export function GroupCard(p: GroupCardProps) {
  const [over, setOver] = useState(false)
  const men = p.members.filter((m) => m.person.gender === '男').length
  const women = p.members.filter((m) => m.person.gender === '女').length
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const ids = e.dataTransfer.getData(DRAG_TYPE).split('\n').filter(Boolean)
    if (ids.length > 0) p.onDropMembers(ids, p.groupId)
  }
  return (
    <Card
      variant="outlined"
      role="region"
      aria-label={p.title}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'move'
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        height: '100%',
        borderColor: over ? 'primary.main' : undefined,
        bgcolor: over ? 'action.hover' : undefined,
      }}
    >
      <CardHeader
        title={p.title}
        subheader={`${p.members.length} 人（男 ${men}，女 ${women}）`}
        slotProps={{
          title: { variant: 'subtitle1', sx: { fontWeight: 700, lineHeight: 1.5 } },
          subheader: { variant: 'caption', sx: { whiteSpace: 'nowrap' } },
        }}
        action={
          p.groupId && (
            <>
              <Tooltip title="改名">
                <IconButton size="small" aria-label={`${p.title}改名`} onClick={p.onRename}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title="删除">
                <IconButton size="small" aria-label={`删除${p.title}`} onClick={p.onDelete}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </>
          )
        }
        // Title and count share a line where the card is wide enough (issue 11: six groups to a row).
        sx={{
          px: 1,
          pt: 0.75,
          pb: 0,
          '& .MuiCardHeader-content': {
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'baseline',
            columnGap: 1,
          },
          '& .MuiCardHeader-action': { m: 0 },
        }}
      />
      <CardContent sx={{ px: 1, pt: 0, '&:last-child': { pb: 0.75 } }}>
        {p.members.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 0.5 }}>
            把学员拖到这里，或勾选学员后用上方的“移到”
          </Typography>
        ) : (
          <List dense disablePadding>
            {[...p.members]
              // The leader heads the list, as on the printed 分组名单.
              .sort((a, b) => Number(b.enrollment.id === p.leaderId) - Number(a.enrollment.id === p.leaderId))
              .map((m) => {
                const id = m.enrollment.id
                const isLeader = p.leaderId === id
                return (
                  <ListItem
                    key={id}
                    disableGutters
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, p.dragIds(id).join('\n'))
                      e.dataTransfer.effectAllowed = 'move'
                    }}
                    data-testid={`member-${m.person.name}`}
                    sx={{ cursor: 'grab', py: 0 }}
                    secondaryAction={
                      p.onSetLeader && (
                        <Tooltip title={isLeader ? `取消${p.leaderLabel}` : `设为${p.leaderLabel}`}>
                          <IconButton
                            edge="end"
                            size="small"
                            aria-label={`${isLeader ? '取消' : '设为'}${p.leaderLabel}：${m.person.name}`}
                            aria-pressed={isLeader}
                            onClick={() => p.onSetLeader?.(isLeader ? null : id)}
                          >
                            {isLeader ? (
                              <StarIcon fontSize="small" color="warning" />
                            ) : (
                              <StarBorderIcon fontSize="small" />
                            )}
                          </IconButton>
                        </Tooltip>
                      )
                    }
                  >
                    <Checkbox
                      size="small"
                      checked={p.selected.has(id)}
                      onChange={() => p.onToggle(id)}
                      slotProps={{ input: { 'aria-label': `选择${m.person.name}` } }}
                      sx={{ p: 0.25 }}
                    />
                    <ListItemText
                      // One line per member: the name, then sex and unit cut to fit.
                      sx={{
                        my: 0,
                        display: 'flex',
                        alignItems: 'baseline',
                        gap: 0.75,
                        minWidth: 0,
                        '& .MuiListItemText-secondary': {
                          minWidth: 0,
                          whiteSpace: 'nowrap',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                        },
                      }}
                      slotProps={{
                        primary: { sx: { whiteSpace: 'nowrap', flexShrink: 0 } },
                        secondary: { variant: 'caption' },
                      }}
                      primary={
                        <Box component="span">
                          {m.person.name}
                          {isLeader && (
                            <Typography
                              component="span"
                              variant="caption"
                              color="warning.main"
                              sx={{ ml: 0.5 }}
                            >
                              {p.leaderLabel}
                            </Typography>
                          )}
                        </Box>
                      }
                      secondary={[m.person.gender, m.person.unit || m.person.college]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </ListItem>
                )
              })}
          </List>
        )}
      </CardContent>
    </Card>
  )
}
