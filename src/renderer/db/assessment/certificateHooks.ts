import { useLiveQuery } from 'dexie-react-hooks'
import {
  certificateLayoutSchema,
  DEFAULT_CERTIFICATE_LAYOUT,
  type CertificateLayout,
} from '@shared/assessment/certificateLayout'
import { useData } from '../core/DataProvider'
import { DEFAULT_NUMBER_TEMPLATE, type CertificateRecord } from './certificateRepository'

/** Live reads of 结业证书 for components; `undefined` while loading. */

export function useClassCertificates(classId: string): CertificateRecord[] | undefined {
  const { certificates } = useData()
  return useLiveQuery(() => certificates.listByClass(classId), [certificates, classId])
}

/** Every certificate of the school: duplicate numbers are found across classes. */
export function useAllCertificates(): CertificateRecord[] | undefined {
  const { certificates } = useData()
  return useLiveQuery(() => certificates.listAll(), [certificates])
}

/** This office's code ('' until set). */
export function useOfficeCode(): string | undefined {
  const { certificates } = useData()
  return useLiveQuery(() => certificates.officeCode(), [certificates])
}

export interface CertificateSettings {
  template: string
  layout: CertificateLayout
  /** Whether the school has saved its own template / layout (else the defaults stand). */
  templateSet: boolean
}

/** The school's numbering template and 套打 layout (schoolSettings group `certificates`). */
export function useCertificateSettings(): CertificateSettings | undefined {
  const { schoolSettings } = useData()
  return useLiveQuery(async () => {
    const g = await schoolSettings.group('certificates')
    const layout = certificateLayoutSchema.safeParse(g.certificateLayout)
    return {
      template: g.certificateNumberTemplate ?? DEFAULT_NUMBER_TEMPLATE,
      templateSet: typeof g.certificateNumberTemplate === 'string',
      layout: layout.success ? layout.data : DEFAULT_CERTIFICATE_LAYOUT,
    }
  }, [schoolSettings])
}
