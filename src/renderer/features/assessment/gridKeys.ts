import type { KeyboardEvent } from 'react'

/**
 * Keyboard moves between the inputs of an entry table: Enter and ↓ go to the next row, ↑ to the
 * row above, and ← / → (at the text's edge) to the neighbouring column. Inputs carry
 * `data-grid`, `data-row` and `data-col`; the caller saves on blur, so moving saves.
 */
export function gridKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const input = e.currentTarget as HTMLInputElement
  const grid = input.dataset.grid
  const row = Number(input.dataset.row)
  const col = Number(input.dataset.col)
  let to: [number, number] | null = null
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0
  const atEnd = input.selectionStart === input.value.length
  if (e.key === 'Enter' || e.key === 'ArrowDown') to = [row + (e.shiftKey && e.key === 'Enter' ? -1 : 1), col]
  else if (e.key === 'ArrowUp') to = [row - 1, col]
  else if (e.key === 'ArrowRight' && atEnd) to = [row, col + 1]
  else if (e.key === 'ArrowLeft' && atStart) to = [row, col - 1]
  if (!to) return
  const next = document.querySelector<HTMLInputElement>(
    `input[data-grid="${grid}"][data-row="${to[0]}"][data-col="${to[1]}"]`,
  )
  e.preventDefault()
  if (next) {
    next.focus()
    next.select()
  } else if (e.key === 'Enter') input.blur()
}

/** A typed score: '' clears, a number is taken, anything else is refused with a message. */
export function parsePoints(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim()
  if (t === '') return { ok: true, value: null }
  const v = Number(t)
  if (!Number.isFinite(v)) return { ok: false, message: `“${t}”不是数字` }
  return { ok: true, value: v }
}
