// Pure pieces of push delivery (issue 12), tested as a table: when to try again, what a push's
// idempotency key is, what a failure reads as on /admin/clients/{id}.

/** Wait before try n+1 after n failed tries: 5 s, 15 s, 45 s … tripling, at most an hour. */
export function backoffMs(failedTries: number): number {
  return Math.min(60 * 60_000, 5_000 * 3 ** Math.max(0, failedTries - 1));
}

/**
 * The same for every try of one version to one client, and different for any other pair, so a
 * client that got a push twice (we crashed after its 2xx, before we wrote it down) drops the copy.
 */
export function idempotencyKey(clientId: number, itemUri: string, version: number): string {
  return `${clientId}:${itemUri}:${version}`;
}

/** A failure as one short line for the admin (no stack traces, no response bodies). */
export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `No answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 300);
}
