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
import { connect, explainConnectionError } from '../db/connect';
import { describeEngine, parseDatabaseUrl } from '../db/engine';
import { migrateConnection } from '../db/migrate';
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

  const engine = parseDatabaseUrl(process.env.DATABASE_URL);
  const connection = connect(process.env.DATABASE_URL);
  try {
    try {
      await migrateConnection(connection);
    } catch (error) {
      throw new Error(explainConnectionError(error, engine));
    }
    const passwordHash = await hash(password);
    await connection.transaction(async (tx) => {
      if (await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).then((found) => found[0])) {
        throw new Error(`An account with the email ${email} already exists.`);
      }
      const user = await tx.insert(users).values({ email, name, role: 'admin', passwordHash }).returning({ id: users.id }).then((found) => found[0]!);
      await tx.insert(auditLog).values({ actorId: null, action: 'staff.invite', targetType: 'user', targetId: user.id, details: { email, role: 'admin', via: 'admin:create' } });
    });
  } finally {
    await connection.close();
  }
  console.log(`Administrator ${email} created in ${describeEngine(engine)}.`);
  if (generated) console.log(`Password (shown only now; change it under Profile after signing in): ${password}`);
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
