import { useEffect, useMemo, useState } from 'react'

/** Scores a passphrase 0–4 (zxcvbn), with the school's and office's names as known words. */
export type StrengthEstimator = (passphrase: string, knownWords: readonly string[]) => number

let loading: Promise<StrengthEstimator> | null = null

/**
 * The strength estimator, loaded on first use: its dictionaries are about 1 MB, and only the
 * export panel needs them, so they stay out of the first screen's bundle.
 */
export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
      })
      return (passphrase, knownWords) => zxcvbn.check(passphrase, [...knownWords]).score
    },
  )
  loading.catch(() => {
    loading = null
  })
  return loading
}

/**
 * The score of `passphrase` while it is typed: null while the estimator loads (or failed to load:
 * then `failed` says so), and for the empty field.
 */
export function usePassphraseScore(
  passphrase: string,
  knownWords: readonly string[],
): { score: number | null; failed: boolean } {
  const [estimator, setEstimator] = useState<StrengthEstimator | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    loadStrengthEstimator().then(
      (e) => live && setEstimator(() => e),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [])
  const words = knownWords.join('\n')
  const score = useMemo(
    () => (estimator && passphrase !== '' ? estimator(passphrase, words.split('\n')) : null),
    [estimator, passphrase, words],
  )
  return { score, failed }
}
