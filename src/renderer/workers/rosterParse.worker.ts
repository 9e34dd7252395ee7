/**
 * Web Worker that reads roster files off the UI thread (ARCHITECTURE.md: heavy work runs in a
 * worker with progress events). Started by rosterParseClient.ts; Vite bundles it as a module worker.
 */
import { handleRosterParseRequest } from './rosterParseHandler'
import type { RosterParseMessage, RosterParseRequest } from './rosterParseProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<RosterParseRequest>) => {
  handleRosterParseRequest(event.data, (message: RosterParseMessage) => scope.postMessage(message))
}
