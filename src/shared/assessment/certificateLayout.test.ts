import { describe, expect, it } from 'vitest'
import {
  certificateBody,
  certificateLayoutSchema,
  DEFAULT_CERTIFICATE_LAYOUT,
  fieldsOffPaper,
  placedAt,
} from './certificateLayout'

describe('套打 positions in millimetres (issue 13)', () => {
  it('adds the printer offset to every field', () => {
    const layout = { ...DEFAULT_CERTIFICATE_LAYOUT, offsetX: 1.5, offsetY: -2 }
    expect(placedAt(layout, 'name')).toEqual({ x: 61.5, y: 78 })
    expect(placedAt(DEFAULT_CERTIFICATE_LAYOUT, 'number')).toEqual({ x: 200, y: 40 })
  })

  it.each([
    [{ offsetX: 0, offsetY: 0 }, 'landscape', []],
    [{ offsetX: 110, offsetY: 0 }, 'landscape', ['证书编号', '发证单位', '发证日期']],
    [{ offsetX: 10, offsetY: 0 }, 'portrait', ['证书编号']],
  ] as const)('offset %o on %s A4 puts off the sheet: %o', (offset, orientation, off) => {
    const layout = { ...DEFAULT_CERTIFICATE_LAYOUT, ...offset, orientation }
    expect(fieldsOffPaper(layout)).toEqual(off)
  })

  it('a hidden field is never off the sheet, and the schema refuses nonsense', () => {
    const layout = structuredClone(DEFAULT_CERTIFICATE_LAYOUT)
    layout.fields.number = { ...layout.fields.number, x: 400, show: false }
    expect(fieldsOffPaper(layout)).toEqual([])
    expect(certificateLayoutSchema.safeParse(layout).success).toBe(false)
    expect(certificateLayoutSchema.safeParse(DEFAULT_CERTIFICATE_LAYOUT).success).toBe(true)
  })
})

describe('the certificate’s wording', () => {
  it('says who, when, which class, the grade', () => {
    expect(
      certificateBody({
        name: '张三',
        className: '2026年春季中青年干部培训班',
        period: '2026年3月2日至7月3日',
        grade: '合格',
        number: '2026ZQ01-B001',
        school: '中共松江区委党校',
        issueDate: '2026年7月3日',
      }),
    ).toBe(
      '张三同志于2026年3月2日至7月3日参加中共松江区委党校2026年春季中青年干部培训班学习，完成规定课程，经考核合格，准予结业。',
    )
  })
})
