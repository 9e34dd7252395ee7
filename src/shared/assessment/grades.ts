/**
 * The three grades of 附3 第十三条 (seed 000): 优秀, 合格, 不合格. 第十四条: 优秀 and 合格 earn the
 * 结业证书; 不合格 does not.
 */
export type Grade = 'excellent' | 'pass' | 'fail'

export const GRADES: readonly Grade[] = ['excellent', 'pass', 'fail']

export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  pass: '合格',
  fail: '不合格',
}

/** 附3 第十四条: a certificate only for 优秀 or 合格. */
export function earnsCertificate(grade: Grade | null | undefined): boolean {
  return grade === 'excellent' || grade === 'pass'
}
