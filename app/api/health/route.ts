import { databaseHealth } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when the database answers and migrations are current, else 503. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(
    { status: health.ok ? 'ok' : 'unavailable', database: health.database, migrations: health.migrations },
    { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
