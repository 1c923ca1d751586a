import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** y-websocket message types (the first varuint of every frame). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** A decoded frame; `write` is an update or sync step 2 (what gets stored). */
export type Message =
  | { readonly kind: 'write' | 'syncStep1' | 'awareness'; readonly payload: Uint8Array }
  | { readonly kind: 'queryAwareness' | 'auth' }

/** Decodes a frame's envelope; throws on anything malformed or unknown. */
export function readMessage(data: Uint8Array): Message {
  const decoder = decoding.createDecoder(data)
  switch (decoding.readVarUint(decoder)) {
    case MESSAGE.sync: {
      const step = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (step === syncProtocol.messageYjsSyncStep1) return { kind: 'syncStep1', payload }
      if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) return { kind: 'write', payload }
      throw new Error('unknown sync step')
    }
    case MESSAGE.awareness:
      return { kind: 'awareness', payload: decoding.readVarUint8Array(decoder) }
    case MESSAGE.queryAwareness:
      return { kind: 'queryAwareness' }
    case MESSAGE.auth:
      return { kind: 'auth' }
    default:
      throw new Error('unknown message type')
  }
}

/** The decode-check of a write (throws when malformed); true when it carries nothing. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update)
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0
}

/** Messages are built once and the same bytes sent to every peer (a Buffer, which ws sends as is). */
export function syncMessage(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  write(e)
  return asBuffer(encoding.toUint8Array(e))
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.awareness)
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return asBuffer(encoding.toUint8Array(e))
}

/** A view, not a copy: ws would otherwise wrap a plain Uint8Array anew for each peer. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
