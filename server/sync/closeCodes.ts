/**
 * WebSocket close codes the sync endpoint uses. The stock y-websocket client stops reconnecting
 * on 4400-4499 (a decision reconnecting cannot change) and retries on anything else, so auth and
 * protocol failures are 44xx, while overload (rate, size) uses the standard codes and lets an
 * honest client come back after its backoff.
 */
export const CLOSE = {
  /** Server shutting down: clients reconnect to the next process. */
  goingAway: 1001,
  /** Rate limit exceeded (policy violation). */
  rateLimited: 1008,
  /** Frame larger than the limit (sent by `ws` itself through maxPayload). */
  tooLarge: 1009,
  /** Storage failed: nothing was applied or broadcast; the client retries. */
  internalError: 1011,
  /** Malformed message, text frame or bad project id. */
  badRequest: 4400,
  /** No token, a bad signature, an expired token. */
  unauthorized: 4401,
  /** Valid token, but not for this project, or its invite was revoked. */
  forbidden: 4403,
  /** No such project (and the token may not create it). */
  notFound: 4404,
  /** The project was deleted (moved to the trash). */
  gone: 4410,
} as const

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE]
