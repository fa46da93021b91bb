import 'server-only';
import type { FieldErrors } from '@/lib/validation/story';
import { db } from '../client';
import { WRITE_TRANSACTION } from '../write-transaction';

export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** An expected refusal inside an admin write: rolls the transaction back, becomes field errors. */
export class Refused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('refused');
  }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Runs `fn` in one transaction; a `Refused` thrown inside writes nothing and is returned as data. */
export function attempt<T>(fn: (tx: Tx) => T): Attempt<T> {
  try {
    return { ok: true, value: db.transaction(fn, WRITE_TRANSACTION) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, errors: error.errors };
    throw error;
  }
}
