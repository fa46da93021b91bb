/**
 * How every write transaction begins (the SQLite-specific part, kept here): `BEGIN IMMEDIATE`
 * takes the write lock first and waits for it (busy_timeout), instead of reading and then asking
 * to write. With several app processes on one file, a transaction that read first and then
 * wrote after another process committed failed at once with "database is locked"
 * (SQLITE_BUSY_SNAPSHOT, which no timeout retries). Within one process it made no difference.
 */
export const WRITE_TRANSACTION = { behavior: 'immediate' } as const;
