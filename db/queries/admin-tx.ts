import 'server-only';
import type { FieldErrors } from '@/lib/validation/story';
import { transaction, type Db } from '../client';

export type Tx = Db;

/** An expected refusal inside an admin write: rolls the transaction back, becomes field errors. */
export class Refused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('refused');
  }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Runs `fn` in one transaction; a `Refused` thrown inside writes nothing and is returned as data. */
export async function attempt<T>(fn: (tx: Tx) => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await transaction(fn) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, errors: error.errors };
    throw error;
  }
}
