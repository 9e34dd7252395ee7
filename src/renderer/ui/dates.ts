import dayjs from 'dayjs'

/** Today as YYYY-MM-DD in the PC's local time zone. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD')
}

/** An HLC stamp or epoch ms as a local date-time for display. */
export function formatDateTime(ms: number): string {
  return dayjs(ms).format('YYYY-MM-DD HH:mm')
}
