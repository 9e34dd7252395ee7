#!/usr/bin/env node
// Electronegativity on the built app (`out/`), offline. Exits 1 on any HIGH
// finding, on a file it could not parse, or if it tried to use the network.
// Expected findings and why they are accepted: docs/electron-shell.md.
//
//   npm run build && node scripts/electronegativity.mjs
//
// Offline by construction (read in node_modules/@doyensec/electronegativity/src):
// - runner.js always fetches translations with `got` (locales/i18n.js) before
//   scanning; `got` is replaced below by a stub that answers "unavailable", so
//   the built-in English texts are used.
// - AvailableSecurityFixesGlobalCheck downloads Electron's release list from
//   GitHub; it is excluded (Electron upgrades are a dependency decision, not a
//   property of our code).
// - `electronVersionOverride` gives the Electron version, so nothing is looked up.
// A tripwire on sockets and DNS makes any remaining attempt fail the run.

import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import Module, { createRequire } from 'node:module'
import dns from 'node:dns'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const OUT_DIR = join(ROOT, 'out')
const ELECTRON_VERSION = '45.0.0'
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const require = createRequire(import.meta.url)

const networkAttempts = []
function installNetworkTripwire() {
  const trip = (what) =>
    function () {
      networkAttempts.push(what)
      throw new Error(`electronegativity tried to use the network (${what})`)
    }
  net.Socket.prototype.connect = trip('net.Socket.connect')
  dns.lookup = trip('dns.lookup')
  dns.promises.lookup = trip('dns.promises.lookup')
}

/** Puts an offline `got` into the require cache where Electronegativity will look for it. */
function stubGot() {
  const engineRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'))
  const gotPath = engineRequire.resolve('got')
  const unavailable = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' })
  unavailable.head = unavailable
  const stub = new Module(gotPath)
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = Object.assign(unavailable, { default: unavailable })
  require.cache[gotPath] = stub
}

/**
 * Electronegativity only reads .js/.jsx/.ts/.tsx/.html/.htm, so the preload
 * (out/preload/index.cjs) would be skipped. Scan a copy where .cjs/.mjs are .js.
 */
async function stageForScan(from, to) {
  const renamed = new Map()
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const source = join(dir, entry.name)
      const target = join(to, relative(from, source)).replace(/\.(cjs|mjs)$/, '.js')
      if (entry.isDirectory()) {
        await mkdir(target, { recursive: true })
        await walk(source)
      } else {
        await copyFile(source, target)
        renamed.set(target, join('out', relative(from, source)))
      }
    }
  }
  await mkdir(to, { recursive: true })
  await walk(from)
  return renamed
}

async function main() {
  try {
    await readdir(join(OUT_DIR, 'main'))
  } catch {
    console.error('out/ is not built: run `npm run build` (electron-vite build) first.')
    process.exit(1)
  }

  installNetworkTripwire()
  stubGot()
  // English check descriptions whatever the machine's locale.
  process.env.LANG = 'en-US'
  const run = require('@doyensec/electronegativity')

  const work = await mkdtemp(join(tmpdir(), 'banwu-electronegativity-'))
  try {
    const staged = join(work, 'out')
    const originalPath = await stageForScan(OUT_DIR, staged)
    const csv = join(work, 'electronegativity.csv')
    const result = await run(
      {
        input: staged,
        output: csv,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        severitySet: 'informational',
        confidenceSet: 'tentative',
        isRelative: false,
        isVerbose: false,
        electronVersionOverride: ELECTRON_VERSION,
        parserPlugins: [],
      },
      false,
    )
    report(result, (file) => originalPath.get(file) ?? file)
    const high = result.issues.filter((i) => i.severity.name === 'HIGH')
    const fatal = result.errors.filter((e) => !e.tolerable)
    if (networkAttempts.length > 0)
      console.error(`\nFAIL: network access attempted: ${networkAttempts.join(', ')}`)
    if (fatal.length > 0) console.error(`\nFAIL: ${fatal.length} file(s) could not be parsed`)
    if (high.length > 0) console.error(`\nFAIL: ${high.length} HIGH finding(s)`)
    if (networkAttempts.length > 0 || fatal.length > 0 || high.length > 0) process.exitCode = 1
    else console.log('\nOK: no HIGH findings.')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']

function report(result, originalPath) {
  console.log(
    `Electronegativity ${require('@doyensec/electronegativity/package.json').version} on out/ ` +
      `(Electron ${ELECTRON_VERSION}; ${result.atomicChecks} atomic + ${result.globalChecks} global checks; ` +
      `excluded: ${EXCLUDED_CHECKS.join(', ')})`,
  )
  for (const error of result.errors) {
    const kind = error.tolerable ? 'parser warning' : 'PARSE ERROR'
    console.log(`  ${kind}: ${originalPath(error.file)}: ${error.message}`)
  }
  const sorted = [...result.issues].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity.name) - SEVERITY_ORDER.indexOf(b.severity.name),
  )
  const counts = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, 0]))
  for (const issue of sorted) {
    counts[issue.severity.name]++
    const where =
      issue.file === 'N/A'
        ? '(global)'
        : `${originalPath(issue.file)}:${issue.location.line}:${issue.location.column}`
    const review = issue.manualReview ? ' [review]' : ''
    console.log(
      `  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}${review}\n` +
        `      ${where}\n      ${issue.description}`,
    )
  }
  console.log(`Findings: ${SEVERITY_ORDER.map((s) => `${s} ${counts[s]}`).join(', ')}`)
}

await main()
