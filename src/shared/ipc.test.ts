import { describe, expect, it } from 'vitest'
import {
  fail,
  IPC_CHANNELS,
  isIpcChannel,
  MAX_FILE_BYTES,
  ok,
  parseIpcRequest,
  TOO_LARGE_MESSAGE,
  type IpcChannel,
} from './ipc'

const bytes = new Uint8Array([1, 2, 3])

describe('the IPC contract', () => {
  it('lists exactly the channels the app uses', () => {
    expect(IPC_CHANNELS).toEqual([
      'file:save',
      'file:open',
      'print:toPdf',
      'print:print',
      'app:info',
      'shell:openExternal',
      'snapshot:save',
      'backup:list',
      'backup:read',
      'backup:write',
      'backup:prune',
      'passphrase:status',
      'passphrase:read',
      'passphrase:remember',
    ])
  })

  it.each([
    ['file:save', true],
    ['app:info', true],
    ['fs:readAnything', false],
    ['toString', false],
    ['__proto__', false],
    [42, false],
    [undefined, false],
  ])('isIpcChannel(%s) is %s', (channel, known) => {
    expect(isIpcChannel(channel)).toBe(known)
  })
})

describe('parseIpcRequest accepts', () => {
  it.each<[string, IpcChannel, unknown, unknown]>([
    [
      'a save with defaults',
      'file:save',
      { suggestedName: '学员花名册.xlsx', bytes },
      { suggestedName: '学员花名册.xlsx', filters: [], bytes },
    ],
    [
      'a save with filters',
      'file:save',
      {
        suggestedName: '快照 2025-03-01.banwu',
        filters: [{ name: '班务通快照', extensions: ['banwu'] }],
        bytes,
      },
      {
        suggestedName: '快照 2025-03-01.banwu',
        filters: [{ name: '班务通快照', extensions: ['banwu'] }],
        bytes,
      },
    ],
    ['an open with defaults', 'file:open', {}, { filters: [], multiple: false }],
    [
      'an open of several Excel files',
      'file:open',
      { filters: [{ name: 'Excel', extensions: ['xlsx', 'xls', 'csv'] }], multiple: true },
      { filters: [{ name: 'Excel', extensions: ['xlsx', 'xls', 'csv'] }], multiple: true },
    ],
    [
      'a PDF with defaults',
      'print:toPdf',
      { suggestedName: '签到表.pdf' },
      { suggestedName: '签到表.pdf', landscape: false, pageSize: 'A4', printBackground: true },
    ],
    ['a landscape print', 'print:print', { landscape: true }, { landscape: true, pageSize: 'A4' }],
    ['app info without payload', 'app:info', undefined, undefined],
    [
      'a URL (the allow-list is main’s job)',
      'shell:openExternal',
      { url: 'https://x.example/' },
      { url: 'https://x.example/' },
    ],
    [
      'a snapshot save',
      'snapshot:save',
      { suggestedName: '班务通快照_本部_2025-11-20_001.banwu', bytes },
      { suggestedName: '班务通快照_本部_2025-11-20_001.banwu', bytes },
    ],
    ['a backup list without payload', 'backup:list', undefined, undefined],
    ['a backup read', 'backup:read', { name: 'b.BANWU' }, { name: 'b.BANWU' }],
    ['a backup write', 'backup:write', { name: 'b.banwu', bytes }, { name: 'b.banwu', bytes }],
    ['a prune', 'backup:prune', { keepDays: 14 }, { keepDays: 14 }],
    [
      'a passphrase to remember',
      'passphrase:remember',
      { passphrase: '松江分校每周二同步' },
      { passphrase: '松江分校每周二同步' },
    ],
    ['forgetting the passphrase', 'passphrase:remember', { passphrase: null }, { passphrase: null }],
  ])('%s', (_name, channel, payload, expected) => {
    expect(parseIpcRequest(channel, payload)).toEqual({ ok: true, value: expected })
  })

  it('a file of exactly the cap', () => {
    const atCap = new Uint8Array(MAX_FILE_BYTES)
    expect(parseIpcRequest('file:save', { suggestedName: 'a.banwu', bytes: atCap }).ok).toBe(true)
  })
})

describe('parseIpcRequest refuses', () => {
  it.each<[string, IpcChannel, unknown, string]>([
    ['no payload', 'file:save', undefined, '请求参数无效'],
    ['a missing name', 'file:save', { bytes }, '请求参数无效（suggestedName）'],
    ['an empty name', 'file:save', { suggestedName: '', bytes }, '请求参数无效（suggestedName）'],
    ['a path as name', 'file:save', { suggestedName: '../a.xlsx', bytes }, '请求参数无效（suggestedName）'],
    [
      'a Windows path as name',
      'file:save',
      { suggestedName: 'C:\\a.xlsx', bytes },
      '请求参数无效（suggestedName）',
    ],
    ['a name of dots', 'file:save', { suggestedName: '..', bytes }, '请求参数无效（suggestedName）'],
    [
      'a control character',
      'file:save',
      { suggestedName: 'a\u0000.xlsx', bytes },
      '请求参数无效（suggestedName）',
    ],
    [
      'a name too long',
      'file:save',
      { suggestedName: 'a'.repeat(201), bytes },
      '请求参数无效（suggestedName）',
    ],
    ['bytes as an array', 'file:save', { suggestedName: 'a', bytes: [1, 2] }, '请求参数无效（bytes）'],
    ['bytes as a string', 'file:save', { suggestedName: 'a', bytes: 'AAEC' }, '请求参数无效（bytes）'],
    [
      'a filter extension with a dot',
      'file:save',
      { suggestedName: 'a', bytes, filters: [{ name: 'x', extensions: ['.xlsx'] }] },
      '请求参数无效（filters.0.extensions.0）',
    ],
    [
      'a filter without extensions',
      'file:open',
      { filters: [{ name: 'x', extensions: [] }] },
      '请求参数无效（filters.0.extensions）',
    ],
    ['an unknown key', 'file:open', { multiple: true, defaultPath: '/etc' }, '请求参数无效'],
    ['multiple as a string', 'file:open', { multiple: 'yes' }, '请求参数无效（multiple）'],
    [
      'an unknown page size',
      'print:toPdf',
      { suggestedName: 'a.pdf', pageSize: 'Letter' },
      '请求参数无效（pageSize）',
    ],
    ['a silent print', 'print:print', { silent: true }, '请求参数无效'],
    ['a payload for app:info', 'app:info', {}, '请求参数无效'],
    ['a URL that is not a string', 'shell:openExternal', { url: 42 }, '请求参数无效（url）'],
    [
      'a URL too long',
      'shell:openExternal',
      { url: `https://x.example/${'a'.repeat(2048)}` },
      '请求参数无效（url）',
    ],
    [
      'a snapshot path as name',
      'snapshot:save',
      { suggestedName: '../x.banwu', bytes },
      '请求参数无效（suggestedName）',
    ],
    [
      'filters on a snapshot save',
      'snapshot:save',
      { suggestedName: 'x.banwu', bytes, filters: [] },
      '请求参数无效',
    ],
    ['a backup path', 'backup:read', { name: '../../secrets.banwu' }, '请求参数无效（name）'],
    ['a backup that is not a snapshot', 'backup:read', { name: 'notes.txt' }, '请求参数无效（name）'],
    ['a backup write without bytes', 'backup:write', { name: 'b.banwu' }, '请求参数无效（bytes）'],
    ['zero days', 'backup:prune', { keepDays: 0 }, '请求参数无效（keepDays）'],
    ['fractional days', 'backup:prune', { keepDays: 1.5 }, '请求参数无效（keepDays）'],
    [
      'a passphrase that is not text',
      'passphrase:remember',
      { passphrase: 42 },
      '请求参数无效（passphrase）',
    ],
    [
      'a huge passphrase',
      'passphrase:remember',
      { passphrase: 'x'.repeat(1001) },
      '请求参数无效（passphrase）',
    ],
  ])('%s', (_name, channel, payload, message) => {
    const result = parseIpcRequest(channel, payload)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message.startsWith(message)).toBe(true)
  })

  it('a file over the cap, as too-large with the Chinese message', () => {
    const over = new Uint8Array(MAX_FILE_BYTES + 1)
    expect(parseIpcRequest('file:save', { suggestedName: 'a.banwu', bytes: over })).toEqual({
      ok: false,
      error: { code: 'too-large', message: TOO_LARGE_MESSAGE },
    })
  })
})

describe('results', () => {
  it('are plain values that survive structured cloning', () => {
    expect(structuredClone(ok({ path: '/a' }))).toEqual({ ok: true, value: { path: '/a' } })
    expect(structuredClone(fail('cancelled', '操作已取消'))).toEqual({
      ok: false,
      error: { code: 'cancelled', message: '操作已取消' },
    })
  })
})
