/** A class name made usable as a file name on every system (no \ / : * ? " < > |). */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || '花名册'
}
