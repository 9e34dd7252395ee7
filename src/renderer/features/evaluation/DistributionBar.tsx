import type { QuestionResult } from '@shared/evaluation/results'

/** Greens to reds, best point first (the scale's order). */
const COLORS = ['#2e7d32', '#81c784', '#fdd835', '#fb8c00', '#c62828', '#6d4c41', '#455a64']

/** The distribution of one question's answers as one stacked bar, the count in each part. */
export function DistributionBar({ result }: { result: QuestionResult }) {
  const total = result.answered
  return (
    <div
      className="distribution-bar"
      role="img"
      aria-label={result.counts.map((c) => `${c.label} ${c.count}`).join('，')}
      style={{ display: 'flex', width: '100%', height: 16, background: '#eee', printColorAdjust: 'exact' }}
    >
      {total > 0 &&
        result.counts.map((c, i) =>
          c.count > 0 ? (
            <div
              key={c.value}
              title={`${c.label}：${c.count}`}
              style={{
                width: `${(c.count / total) * 100}%`,
                background: COLORS[i % COLORS.length],
                color: i === 2 ? '#000' : '#fff',
                fontSize: 11,
                lineHeight: '16px',
                textAlign: 'center',
                overflow: 'hidden',
                printColorAdjust: 'exact',
              }}
            >
              {c.count}
            </div>
          ) : null,
        )}
    </div>
  )
}

export function DistributionLegend({ labels }: { labels: readonly string[] }) {
  return (
    <span style={{ fontSize: 12 }}>
      {labels.map((l, i) => (
        <span key={l} style={{ marginRight: 10, whiteSpace: 'nowrap' }}>
          <span
            style={{
              display: 'inline-block',
              width: 10,
              height: 10,
              marginRight: 3,
              background: COLORS[i % COLORS.length],
              printColorAdjust: 'exact',
            }}
          />
          {l}
        </span>
      ))}
    </span>
  )
}
