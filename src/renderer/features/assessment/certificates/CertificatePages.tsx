import { memo, type ReactNode } from 'react'
import {
  certificateBody,
  CERTIFICATE_FIELDS,
  PAPER_MM,
  placedAt,
  type CertificateLayout,
  type CertificateText,
} from '@shared/assessment/certificateLayout'

/** One certificate on plain A4 with the full design (landscape); memoised: pages already shown are not redrawn while the rest are prepared. */
export const PlainCertificate = memo(function PlainCertificate({ t }: { t: CertificateText }) {
  const body = certificateBody(t)
  return (
    <section className="certificate-page plain" data-testid="certificate">
      <div className="cert-frame">
        <div className="cert-inner">
          <div className="cert-title">结业证书</div>
          <div className="cert-number">证书编号：{t.number}</div>
          <p className="cert-body">
            <b>{t.name}</b>
            {body.slice(t.name.length)}
          </p>
          <p className="cert-closing">特发此证。</p>
          <div className="cert-sign">
            <div>{t.school}</div>
            <div>{t.issueDate}</div>
          </div>
        </div>
      </div>
    </section>
  )
})

/** One certificate's fields placed in millimetres, for pre-printed stock (套打). */
export function OverlayCertificate(props: {
  t: CertificateText
  layout: CertificateLayout
  children?: ReactNode
}) {
  const { layout } = props
  return (
    <section
      className={`certificate-page overlay${layout.orientation === 'portrait' ? ' portrait' : ''}`}
      data-testid="certificate"
    >
      {props.children}
      {CERTIFICATE_FIELDS.filter((f) => layout.fields[f.code].show).map((f) => {
        const at = placedAt(layout, f.code)
        return (
          <span
            key={f.code}
            className="cert-field"
            style={{ left: `${at.x}mm`, top: `${at.y}mm`, fontSize: `${layout.fields[f.code].size}pt` }}
          >
            {props.t[f.code]}
          </span>
        )
      })}
    </section>
  )
}

/**
 * The test page: a millimetre grid (a line every 5 mm, numbered every 10 mm) under the fields and a
 * mark at each field's corner, to lay over a sheet of stock against the light and read the offset.
 */
export function GridCertificate(props: { t: CertificateText; layout: CertificateLayout }) {
  const { layout } = props
  const paper = PAPER_MM[layout.orientation]
  const xs = Array.from({ length: Math.floor(paper.width / 5) + 1 }, (_, i) => i * 5)
  const ys = Array.from({ length: Math.floor(paper.height / 5) + 1 }, (_, i) => i * 5)
  return (
    <OverlayCertificate t={props.t} layout={layout}>
      <svg
        className="cert-grid"
        width={`${paper.width}mm`}
        height={`${paper.height}mm`}
        viewBox={`0 0 ${paper.width} ${paper.height}`}
        aria-hidden
      >
        {xs.map((x) => (
          <line
            key={`x${x}`}
            x1={x}
            y1={0}
            x2={x}
            y2={paper.height}
            stroke={x % 10 ? '#ccc' : '#888'}
            strokeWidth={x % 10 ? 0.1 : 0.2}
          />
        ))}
        {ys.map((y) => (
          <line
            key={`y${y}`}
            x1={0}
            y1={y}
            x2={paper.width}
            y2={y}
            stroke={y % 10 ? '#ccc' : '#888'}
            strokeWidth={y % 10 ? 0.1 : 0.2}
          />
        ))}
        {xs
          .filter((x) => x % 10 === 0 && x > 0)
          .map((x) => (
            <text key={`tx${x}`} x={x + 0.5} y={3} fontSize={2.2} fill="#555">
              {x}
            </text>
          ))}
        {ys
          .filter((y) => y % 10 === 0 && y > 0)
          .map((y) => (
            <text key={`ty${y}`} x={0.8} y={y - 0.6} fontSize={2.2} fill="#555">
              {y}
            </text>
          ))}
      </svg>
      {CERTIFICATE_FIELDS.filter((f) => layout.fields[f.code].show).map((f) => {
        const at = placedAt(layout, f.code)
        return (
          <div key={f.code} className="cert-origin" style={{ left: `${at.x}mm`, top: `${at.y}mm` }}>
            <span>
              {f.label}（{at.x}, {at.y}）
            </span>
          </div>
        )
      })}
    </OverlayCertificate>
  )
}
