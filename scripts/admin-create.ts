/**
 * Creates the first administrator of a fresh installation (no demo data, no default password):
 *   npm run admin:create -- --email you@example.org --name "Your Name" [--password-stdin]
 * With --password-stdin the password is read from standard input; otherwise a strong one is
 * generated and printed once. Refuses an email that already has an account.
 */
import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { runMigrations } from '../db/migrate';
import { openDatabase, resolveDatabaseFile } from '../db/open';
import { auditLog, users } from '../db/schema';

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('--email must be a valid email address.')),
  name: z.string().trim().min(1, '--name is required.').max(120),
  'password-stdin': z.boolean().optional(),
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } }, strict: true });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => i.message).join(' ')}\nUsage: npm run admin:create -- --email you@example.org --name "Your Name" [--password-stdin]`);
  const { email, name } = parsed.data;
  const generated = !parsed.data['password-stdin'];
  const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
  if (password.length < 12) throw new Error('The password must have at least 12 characters.');

  const file = resolveDatabaseFile(process.env.DATABASE_URL);
  runMigrations(file);
  const { db, sqlite } = openDatabase(file);
  try {
    const passwordHash = await hash(password);
    db.transaction((tx) => {
      if (tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).get()) {
        throw new Error(`An account with the email ${email} already exists.`);
      }
      const user = tx.insert(users).values({ email, name, role: 'admin', passwordHash }).returning({ id: users.id }).get();
      tx.insert(auditLog).values({ actorId: null, action: 'staff.invite', targetType: 'user', targetId: user.id, details: { email, role: 'admin', via: 'admin:create' } }).run();
    });
  } finally {
    sqlite.close();
  }
  console.log(`Administrator ${email} created in ${file}.`);
  if (generated) console.log(`Password (shown only now; change it under Profile after signing in): ${password}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
