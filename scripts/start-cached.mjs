// @ts-check
// `npm run start:cached`: the production front with one app instance behind it, the cluster of
// scripts/start-cluster.mjs with INSTANCES=1 (nginx on PORT, the app on 127.0.0.1:PORT+1).
process.env.INSTANCES = '1';
await import('./start-cluster.mjs');
