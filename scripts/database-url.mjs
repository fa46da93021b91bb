// The one test of "DATABASE_URL names a PostgreSQL server", shared by the data layer
// (db/engine.ts, which also checks the rest of the address) and the plain-Node server scripts.

/**
 * True for `postgres://…` and `postgresql://…` (any case).
 * @param {string | undefined} value
 */
export function isPostgresUrl(value) {
  return /^postgres(ql)?:\/\//i.test((value ?? '').trim());
}
