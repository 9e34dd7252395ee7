import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import SearchIcon from '@mui/icons-material/Search'
import InputAdornment from '@mui/material/InputAdornment'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { matchesClassFilter, sortClasses, yearsOf, type ClassFilter } from '@shared/domain/classFilter'
import { CLASS_STATUSES, CLASS_TYPES } from '@shared/domain/trainingClass'
import { CodeSelect } from '../../ui/CodeSelect'
import { PageHeader } from '../../ui/PageHeader'
import { useLiveClasses } from '../../db/classes/classHooks'
import { ClassTable } from './ClassTable'
import { NewClassButton } from './NewClassButton'

export function ClassListPage() {
  const classes = useLiveClasses()
  const navigate = useNavigate()
  const [filter, setFilter] = useState<ClassFilter>({ search: '' })
  const years = useMemo(() => yearsOf(classes ?? []), [classes])
  const shown = useMemo(
    () => sortClasses((classes ?? []).filter((c) => matchesClassFilter(c, filter))),
    [classes, filter],
  )

  return (
    <>
      <PageHeader
        title="班次"
        subtitle={
          classes
            ? `共 ${classes.length} 个班次${shown.length !== classes.length ? `，筛选出 ${shown.length} 个` : ''}`
            : ''
        }
        actions={<NewClassButton onCreated={(id) => void navigate(`/classes/${id}`)} />}
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField
            label="搜索"
            placeholder="班次名称、班主任、类型"
            value={filter.search}
            onChange={(e) => setFilter((f) => ({ ...f, search: e.target.value }))}
            sx={{ minWidth: 260 }}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <TextField
            select
            label="年度"
            value={filter.year ?? ''}
            onChange={(e) =>
              setFilter((f) => ({ ...f, year: e.target.value === '' ? null : Number(e.target.value) }))
            }
            sx={{ minWidth: 120 }}
          >
            <MenuItem value="">全部年度</MenuItem>
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {y}年
              </MenuItem>
            ))}
          </TextField>
          <CodeSelect
            label="类型"
            allLabel="全部类型"
            options={CLASS_TYPES}
            value={filter.type ?? null}
            onChange={(type) => setFilter((f) => ({ ...f, type }))}
            sx={{ minWidth: 180 }}
          />
          <CodeSelect
            label="状态"
            allLabel="全部状态"
            options={CLASS_STATUSES}
            value={filter.status ?? null}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
            sx={{ minWidth: 120 }}
          />
        </Stack>
      </Paper>
      {classes && classes.length === 0 ? (
        <Paper sx={{ p: 6, textAlign: 'center' }}>
          <Typography color="text.secondary" gutterBottom>
            还没有班次。新建一个班次，开始导入花名册、安排教学计划。
          </Typography>
          <NewClassButton onCreated={(id) => void navigate(`/classes/${id}`)} />
        </Paper>
      ) : (
        <ClassTable classes={shown} onOpen={(id) => void navigate(`/classes/${id}`)} />
      )}
    </>
  )
}
