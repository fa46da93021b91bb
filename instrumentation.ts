import type { Instrumentation } from 'next';

// The response cache of `npm start` stamps pages with the database's content token: it reads the
// token through the data layer, registered here once the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { registerContentStateReader } = await import('./lib/content-state-hook');
  await registerContentStateReader();
  // The wire service's push deliverer (issue 12) runs in every server process, never in a build.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startDeliveryInProcess } = await import('./lib/wire/deliverer');
    startDeliveryInProcess();
    // WebSub: announces each committed change to the feeds to the hub, when WEBSUB_HUB_URL names one.
    const { startHubNotifierInProcess } = await import('./lib/feeds/websub');
    startHubNotifierInProcess();
  }
}

// Errors as one JSON line with the request id our server assigned (scripts/server.mjs), so an
// error can be matched with its access-log line. Only method, path and route are logged: never
// headers, cookies, query strings or bodies, which can carry passwords and tokens.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const err = error as Error & { digest?: string };
  const id = request.headers['x-request-id'];
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'request failed',
      time: new Date().toISOString(),
      id: typeof id === 'string' ? id : undefined,
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      kind: context.routeType,
      digest: err.digest,
      error: err.message,
      stack: err.stack?.split('\n').slice(0, 6).join('\n'),
    }),
  );
};
