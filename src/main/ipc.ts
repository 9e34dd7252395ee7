import {
  fail,
  isIpcChannel,
  parseIpcRequest,
  type IpcChannel,
  type IpcParsedRequest,
  type IpcResult,
} from '../shared/ipc'
import { toIpcError } from './errors'

/**
 * The one way main registers IPC handlers. Before a handler runs, the wrapper
 * refuses senders that are not our own page in its main frame (an injected
 * iframe or a page navigated elsewhere must not reach the file system) and
 * requests that do not match the channel's schema.
 *
 * Electron types are structural here so the checks run in the Node tests.
 */

/** The part of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

/** The part of Electron's `IpcMainInvokeEvent` the sender check reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null
}

export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void
}

export type IpcHandler<C extends IpcChannel, E> = (
  request: IpcParsedRequest<C>,
  event: E,
) => Promise<IpcResult<C>>

export type IpcRegistrar<E> = <C extends IpcChannel>(channel: C, handler: IpcHandler<C, E>) => void

export const FORBIDDEN_SENDER_MESSAGE = '拒绝来自未知来源的请求'

/**
 * `scheme://host[:port]`, lower-cased. Not `URL.origin`: for schemes Node does
 * not know (our `app:`) that is the string 'null', which would match nothing
 * or, worse, every other unknown scheme.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.host === '') return null
    return `${parsed.protocol}//${parsed.host}`.toLowerCase()
  } catch {
    return null
  }
}

export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  // No frame: it navigated away or was destroyed while the message was in flight.
  if (!frame) return false
  // Sub-frames never talk to main; only the top-level page does.
  if (frame.parent !== null) return false
  const origin = originOf(frame.url)
  return origin !== null && trustedOrigins.some((trusted) => originOf(trusted) === origin)
}

export interface IpcRegistrarOptions {
  /** Origins (or URLs, whose origin is taken) allowed to invoke handlers. */
  trustedOrigins: readonly string[]
  log?: (message: string) => void
}

export function createIpcRegistrar<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  { trustedOrigins, log = (message) => console.warn(message) }: IpcRegistrarOptions,
): IpcRegistrar<E> {
  const registered = new Set<string>()
  return function handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C, E>): void {
    if (!isIpcChannel(channel))
      throw new Error(`Refusing to register unknown IPC channel '${String(channel)}'`)
    if (registered.has(channel)) throw new Error(`IPC channel '${channel}' is already registered`)
    registered.add(channel)

    ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<C>> => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        log(`IPC '${channel}' refused: untrusted sender ${describeFrame(event.senderFrame)}`)
        return fail('forbidden', FORBIDDEN_SENDER_MESSAGE)
      }
      // Every channel takes at most one argument; extra ones mean the caller is not our preload.
      const parsed = args.length > 1 ? null : parseIpcRequest(channel, args[0])
      if (!parsed?.ok) {
        log(`IPC '${channel}' refused: invalid request`)
        return parsed ?? fail('invalid-request', '请求参数无效')
      }
      try {
        return await handler(parsed.value, event)
      } catch (error) {
        log(`IPC '${channel}' failed: ${String(error)}`)
        return { ok: false, error: toIpcError(error) }
      }
    })
  }
}

function describeFrame(frame: SenderFrame | null): string {
  if (!frame) return '(no frame)'
  return `${frame.url}${frame.parent === null ? '' : ' (sub-frame)'}`
}
