import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { RowClassification } from '@shared/roster/classifyAgainstExisting'
import type { RosterField } from '@shared/roster/fields'
import { mapHeaders, type HeaderMapping } from '@shared/roster/headerMap'
import type { ParsedWorkbook } from '@shared/roster/parseWorkbook'
import { validateRows, type RosterValidation } from '@shared/roster/validateRows'
import { errorMessage } from '../../../ui/Notifier'
import { useData } from '../../../db/core/DataProvider'
import { classifyRosterRows, type ImportChoices, type ImportSummary } from '../../../db/roster/rosterImport'
import { parseRosterFile } from '../../../workers/rosterParseClient'
import type { RosterParseResult } from '../../../workers/rosterParseProtocol'

export interface ChosenFile {
  name: string
  bytes: Uint8Array
}

/** Where the import screen is. Nothing is written before 'committing'. */
export type ImportStage =
  | { step: 'reading'; fraction: number }
  | { step: 'failed'; message: string }
  | { step: 'sheet' }
  | { step: 'mapping' }
  | { step: 'checking' }
  | { step: 'preview' }
  | { step: 'committing' }
  | { step: 'done'; summary: ImportSummary }

export const DEFAULT_CHOICES: ImportChoices = { includeWarnings: true, alreadyInClass: 'skip' }

/** Sheets worth choosing between: those with something in them. */
export function sheetsToChoose(workbook: ParsedWorkbook) {
  return workbook.sheets.filter((s) => s.rowCount > 0)
}

/**
 * The import screen's state: read the file in the worker (with progress, cancellable), choose
 * the sheet, review the column mapping, preview and classify every row, then commit.
 */
export function useRosterImport(classId: string, file: ChosenFile) {
  const data = useData()
  const [stage, setStage] = useState<ImportStage>({ step: 'reading', fraction: 0 })
  const [workbook, setWorkbook] = useState<ParsedWorkbook>()
  /** The header row and mapping the worker found in `workbook`; null when it found none. */
  const [detected, setDetected] = useState<HeaderMapping | null>(null)
  const [sheetName, setSheetName] = useState<string>()
  const [headerRow, setHeaderRow] = useState<number>()
  const [overrides, setOverrides] = useState<Record<number, RosterField | null>>({})
  const [validation, setValidation] = useState<RosterValidation>()
  const [classifications, setClassifications] = useState<RowClassification[]>([])
  const [choices, setChoices] = useState<ImportChoices>(DEFAULT_CHOICES)
  const reading = useRef<AbortController | null>(null)

  /** What a finished read means for the screen: an error, the sheet choice, or the mapping. */
  const apply = useCallback((result: RosterParseResult, sheet: string | undefined) => {
    if (!result.ok) {
      setStage({ step: 'failed', message: result.error.message })
      return
    }
    setWorkbook(result.workbook)
    setDetected(result.mapping)
    setSheetName(result.workbook.sheet.name)
    setHeaderRow(undefined)
    setOverrides({})
    const choosing = sheet === undefined && sheetsToChoose(result.workbook).length > 1
    setStage({ step: choosing ? 'sheet' : 'mapping' })
  }, [])

  /** Reads the file (or one sheet of it) in the worker; the caller shows the 'reading' stage first. */
  const parse = useCallback(
    (sheet?: string) => {
      reading.current?.abort()
      const controller = new AbortController()
      reading.current = controller
      // The worker takes the buffer; a copy keeps the file for reading another sheet.
      parseRosterFile(file.bytes.slice().buffer, file.name, {
        ...(sheet !== undefined ? { sheetName: sheet } : {}),
        onProgress: (p) => setStage({ step: 'reading', fraction: p.fraction }),
        signal: controller.signal,
      })
        .then(
          (result) => apply(result, sheet),
          (e: unknown) => {
            if (!(e instanceof DOMException && e.name === 'AbortError')) {
              setStage({ step: 'failed', message: errorMessage(e) })
            }
          },
        )
        .finally(() => {
          if (reading.current === controller) reading.current = null
        })
    },
    [file, apply],
  )

  // The first read starts with the dialog, whose stage starts as 'reading'.
  useEffect(() => {
    parse()
    return () => reading.current?.abort()
  }, [parse])

  const mapping: HeaderMapping | null = useMemo(() => {
    if (!workbook) return null
    const chosenRow = headerRow ?? detected?.headerRowIndex
    if (chosenRow === undefined) return null
    // The worker's mapping as it came, until the user moves the header row or changes a column.
    if (detected && chosenRow === detected.headerRowIndex && Object.keys(overrides).length === 0)
      return detected
    return mapHeaders(workbook.sheet.text, {
      overrides,
      headerRowIndex: chosenRow,
      headerRowCount: chosenRow === detected?.headerRowIndex ? detected.headerRowCount : 1,
    })
  }, [workbook, headerRow, overrides, detected])

  /** From the sheet step: read the chosen sheet unless it is the one already read. */
  const confirmSheet = useCallback(
    (name: string) => {
      if (workbook && name === workbook.sheet.name) setStage({ step: 'mapping' })
      else {
        setStage({ step: 'reading', fraction: 0 })
        parse(name)
      }
    },
    [workbook, parse],
  )

  const toPreview = useCallback(async () => {
    if (!workbook || !mapping) return
    setStage({ step: 'checking' })
    try {
      const checked = validateRows(workbook.sheet, mapping)
      const found = await classifyRosterRows(data, classId, checked.rows)
      setValidation(checked)
      setClassifications(found)
      setStage({ step: 'preview' })
    } catch (e) {
      setStage({ step: 'failed', message: errorMessage(e) })
    }
  }, [workbook, mapping, data, classId])

  const commit = useCallback(async () => {
    if (!validation) return
    setStage({ step: 'committing' })
    try {
      const summary = await data.rosterWrites.commitImport(classId, validation.rows, classifications, choices)
      setStage({ step: 'done', summary })
    } catch (e) {
      setStage({ step: 'failed', message: `导入未完成，花名册没有改动：${errorMessage(e)}` })
    }
  }, [validation, classifications, choices, data, classId])

  return {
    stage,
    setStage,
    workbook,
    sheetName,
    setSheetName,
    confirmSheet,
    mapping,
    detectedHeaderRow: detected?.headerRowIndex,
    setHeaderRow,
    overrides,
    setOverrides,
    toPreview,
    validation,
    classifications,
    choices,
    setChoices,
    commit,
  }
}

export type RosterImport = ReturnType<typeof useRosterImport>
