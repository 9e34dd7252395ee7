/**
 * Exact class hours (学时) as fractions.
 *
 * The leave limit is 1/7 of a class's total hours (seed 000 附2 第九条), so the allowance is
 * rarely a whole number (120 学时 → 17 1/7). Partial leave is counted in proportion to the
 * minutes missed, which adds more thirds and sevenths. Floats would put 17 1/7 on one side of
 * the line or the other by accident; fractions of bigints never do, and they cannot overflow.
 */
export interface Hours {
  /** Numerator; carries the sign. */
  readonly n: bigint
  /** Denominator; always positive, and coprime with `n`. */
  readonly d: bigint
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/** n/d in lowest terms. */
export function hoursOf(n: bigint | number, d: bigint | number = 1n): Hours {
  const nn = typeof n === 'bigint' ? n : toBigInt(n)
  const dd = typeof d === 'bigint' ? d : toBigInt(d)
  if (dd === 0n) throw new RangeError('denominator is zero')
  const sign = dd < 0n ? -1n : 1n
  const g = gcd(nn, dd) || 1n
  return { n: (sign * nn) / g, d: (sign * dd) / g }
}

function toBigInt(x: number): bigint {
  if (!Number.isSafeInteger(x)) throw new RangeError(`not a safe integer: ${x}`)
  return BigInt(x)
}

export const ZERO_HOURS: Hours = { n: 0n, d: 1n }

/**
 * A decimal as typed in a plan (3, 1.5, 0.75) → the exact fraction it denotes, read from its
 * shortest decimal form, so 0.1 is 1/10 and not the binary float underneath.
 */
export function hoursFromDecimal(x: number): Hours {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`)
  const text = String(x)
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text)
  if (!m) throw new RangeError(`cannot read ${text} as a decimal`)
  const [, sign = '', int = '0', frac = '', exp = '0'] = m
  let n = BigInt(sign + int + frac)
  let d = 10n ** BigInt(frac.length)
  const e = Number(exp)
  if (e > 0) n *= 10n ** BigInt(e)
  if (e < 0) d *= 10n ** BigInt(-e)
  return hoursOf(n, d)
}

export function addHours(a: Hours, b: Hours): Hours {
  return hoursOf(a.n * b.d + b.n * a.d, a.d * b.d)
}

export function subHours(a: Hours, b: Hours): Hours {
  return hoursOf(a.n * b.d - b.n * a.d, a.d * b.d)
}

export function mulHours(a: Hours, b: Hours): Hours {
  return hoursOf(a.n * b.n, a.d * b.d)
}

export function divHours(a: Hours, b: Hours): Hours {
  if (b.n === 0n) throw new RangeError('division by zero hours')
  return hoursOf(a.n * b.d, a.d * b.n)
}

export function sumHours(list: Iterable<Hours>): Hours {
  let total = ZERO_HOURS
  for (const h of list) total = addHours(total, h)
  return total
}

/** −1, 0 or 1, exactly. */
export function compareHours(a: Hours, b: Hours): -1 | 0 | 1 {
  const l = a.n * b.d
  const r = b.n * a.d
  return l < r ? -1 : l > r ? 1 : 0
}

export function isZeroHours(h: Hours): boolean {
  return h.n === 0n
}

export function maxHours(a: Hours, b: Hours): Hours {
  return compareHours(a, b) >= 0 ? a : b
}

export function minHours(a: Hours, b: Hours): Hours {
  return compareHours(a, b) <= 0 ? a : b
}

/** For charts and sorting only; never compare limits with this. */
export function hoursToNumber(h: Hours): number {
  return Number(h.n) / Number(h.d)
}

/**
 * Hours as people read them: whole or short decimals exactly ("17", "1.5", "2.25"),
 * anything else rounded to `digits` places ("17.14"). Use `formatHoursExact` where the
 * exact value matters on paper.
 */
export function formatHours(h: Hours, digits = 2): string {
  const scale = 10n ** BigInt(digits)
  const neg = h.n < 0n
  const abs = neg ? -h.n : h.n
  // Round half up on the absolute value, so -1.005 and 1.005 mirror each other.
  const scaled = (abs * scale * 2n + h.d) / (2n * h.d)
  const int = scaled / scale
  const frac = (scaled % scale).toString().padStart(digits, '0').replace(/0+$/, '')
  const body = frac ? `${int}.${frac}` : `${int}`
  return neg && scaled !== 0n ? `-${body}` : body
}

/** Exact mixed fraction: "17又1/7", "1/2", "18". */
export function formatHoursExact(h: Hours): string {
  const neg = h.n < 0n
  const abs = neg ? -h.n : h.n
  const int = abs / h.d
  const rem = abs % h.d
  const sign = neg ? '-' : ''
  if (rem === 0n) return `${sign}${int}`
  if (int === 0n) return `${sign}${rem}/${h.d}`
  return `${sign}${int}又${rem}/${h.d}`
}
