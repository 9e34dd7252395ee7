import { useEffect, useReducer } from 'react'
import { readSnapshotHeader } from '@shared/sync/snapshotFile'
import { errorMessage } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { platform } from '../../platform'
import {
  canApply,
  canCheck,
  canChoose,
  importFlowReducer,
  INITIAL_IMPORT_FLOW,
  withConfirmation,
  type ConfirmCode,
} from './importFlow'
import { usePassphraseMemory } from './passphraseMemory'
import { useSyncServices } from './useSyncServices'

/**
 * The import screen's async work — the file dialog, the worker's decode, the repository's dry run
 * and import, the backup before it — reporting to the pure flow in importFlow.ts, which decides
 * what is shown and what may be done next.
 */
export function useImportFlow() {
  const { sync } = useData()
  const { codec, backups } = useSyncServices()
  const [state, dispatch] = useReducer(importFlowReducer, INITIAL_IMPORT_FLOW)
  const { stage } = state

  const memory = usePassphraseMemory()
  useEffect(() => {
    let live = true
    void memory?.read().then((p) => {
      if (live && p !== null) dispatch({ type: 'remembered', passphrase: p })
    })
    return () => {
      live = false
    }
  }, [memory])

  const choose = async () => {
    if (!canChoose(stage)) return
    dispatch({ type: 'choose' })
    const opened = await platform.openFiles({ filters: [{ name: '班务通快照', extensions: ['banwu'] }] })
    if (!opened.ok) {
      dispatch({ type: 'fileFailed', message: opened.error.message })
      return
    }
    const [picked] = opened.value
    if (!picked) return
    try {
      const header = await readSnapshotHeader(picked.bytes)
      // A file cut short (a stick pulled while writing) shows whose it is, and why it cannot be imported.
      const damage = await readSnapshotHeader(picked.bytes, { wholeFile: true }).then(
        () => null,
        (e: unknown) => errorMessage(e),
      )
      const refusals = damage ? [] : await sync.refusalsOf(header)
      dispatch({ type: 'fileRead', file: { ...picked, header, damage, refusals } })
    } catch (e) {
      dispatch({ type: 'fileFailed', message: errorMessage(e) })
    }
  }

  const check = async () => {
    if (!canCheck(stage)) return
    const { file } = stage
    const { passphrase, remember } = state
    dispatch({ type: 'check' })
    try {
      const decoded = await codec.decode(file.bytes, file.header.encryption ? passphrase : null, (fraction) =>
        dispatch({ type: 'decodeProgress', fraction }),
      )
      // Any passphrase that opens the file is accepted here, older short ones too: the rules of
      // passphraseRules apply to choosing one for an export.
      if (file.header.encryption) await memory?.remember(remember ? passphrase : null)
      dispatch({ type: 'checked', snapshot: decoded, plan: await sync.planImport(decoded, {}) })
    } catch (e) {
      dispatch({ type: 'checkFailed', message: errorMessage(e) })
    }
  }

  const confirm = async (code: ConfirmCode, value: boolean) => {
    if (stage.step !== 'dryRun' && stage.step !== 'applying') return
    const confirmed = withConfirmation(stage.confirmed, code, value)
    dispatch({ type: 'confirm', code, value })
    try {
      dispatch({ type: 'replanned', plan: await sync.planImport(stage.snapshot, confirmed), confirmed })
    } catch (e) {
      dispatch({ type: 'replanFailed', message: errorMessage(e) })
    }
  }

  const apply = async () => {
    if (!canApply(stage)) return
    const { file, snapshot, plan, confirmed } = stage
    dispatch({ type: 'apply' })
    try {
      try {
        await backups.create('beforeImport', (fraction) =>
          dispatch({ type: 'applyProgress', phase: 'backup', fraction }),
        )
      } catch (e) {
        throw new Error(`导入前的自动备份失败，未导入任何内容：${errorMessage(e)}`)
      }
      // The data may have changed since the dry run (another window): then plan again.
      const fresh = (await sync.isUnchangedSince(plan)) ? plan : await sync.planImport(snapshot, confirmed)
      if (!fresh.canApply) {
        dispatch({
          type: 'applyFailed',
          message: '数据在检查后发生了变化，请重新查看试运行结果后再导入。',
          plan: fresh,
        })
        return
      }
      dispatch({ type: 'applyProgress', phase: 'import', fraction: 0 })
      const outcome = await sync.applyImport(fresh, {
        fileName: file.name,
        onProgress: (fraction) => dispatch({ type: 'applyProgress', phase: 'import', fraction }),
      })
      dispatch({ type: 'applied', plan: fresh, outcome })
    } catch (e) {
      dispatch({ type: 'applyFailed', message: errorMessage(e) })
    }
  }

  return {
    state,
    choose,
    check,
    confirm,
    apply,
    cancel: () => dispatch({ type: 'cancel' }),
    /** 我了解风险，继续 / 不导入 under the warning about an unencrypted file. */
    acceptUnencrypted: () => dispatch({ type: 'acceptUnencrypted' }),
    declineUnencrypted: () => dispatch({ type: 'declineUnencrypted' }),
    setPassphrase: (passphrase: string) => dispatch({ type: 'passphraseChanged', passphrase }),
    setRemember: (remember: boolean) => dispatch({ type: 'rememberChanged', remember }),
    /** Where 记住密码 keeps it (undefined while that is being found out). */
    keeping: memory?.keeping,
  }
}
