import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Typography from '@mui/material/Typography'

/** The 具体工作 lines of a checklist item, each with its tick: the class's checklist and 我的待办. */
export function TaskTicks(props: {
  tasks: readonly { text: string; done: boolean }[]
  onTick: (index: number, done: boolean) => void
}) {
  return props.tasks.map((task, i) => (
    <FormControlLabel
      key={i}
      sx={{ display: 'flex', alignItems: 'flex-start', mr: 0, mb: 0.5 }}
      control={
        <Checkbox
          size="small"
          sx={{ p: 0.5, mt: -0.25 }}
          checked={task.done}
          onChange={(e) => props.onTick(i, e.target.checked)}
        />
      }
      label={
        <Typography
          variant="body2"
          sx={{
            textDecoration: task.done ? 'line-through' : undefined,
            color: task.done ? 'text.secondary' : undefined,
          }}
        >
          {task.text}
        </Typography>
      }
    />
  ))
}
