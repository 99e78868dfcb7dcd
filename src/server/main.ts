import { buildApp } from './app.js';
import { startBackgroundWork } from './background.js';
import { DEMO_PASSWORD, UNIT_SEEDS, USER_SEEDS } from './demo/index.js';
import { envWarnings, loadEnv } from './env.js';
import { deleteExpiredSessions } from './modules/auth/session.repository.js';
import { firstRunHint } from './modules/users/first-admin.js';
import { warmPdf } from './pdf/render.js';
import { openAndMigrate, seed } from './setup.js';

/** Starts Meridian: validate env → migrate → seed → listen, and shut down cleanly on a signal. */
async function main() {
  const env = loadEnv();
  const database = await openAndMigrate(env);
  const { demo } = await seed(database, env);
  const app = await buildApp({ env, database });
  await app.listen({ port: env.PORT, host: env.HOST });
  const port = (app.server.address() as { port: number }).port;
  const lines = [
    '',
    `  Meridian is running: http://localhost:${port}`,
    `  Database: ${database.dialect} (${database.describe}), schema ${database.migration}${demo ? ', demo data loaded' : ''}`,
    `  API docs: http://localhost:${port}/api/docs`,
  ];
  if (env.SEED_DEMO) {
    lines.push(`  Demo accounts (password: ${DEMO_PASSWORD}):`);
    // Each account with the division, college or office it works for, as README lists them.
    const unitName = new Map(UNIT_SEEDS.map((u) => [u.code, u.en]));
    for (const u of USER_SEEDS)
      lines.push(`    ${u.role.padEnd(20)} ${u.email.padEnd(30)} ${unitName.get(u.unit) ?? u.unit}`);
  }
  lines.push(...(await firstRunHint(database.db)));
  console.log(`${lines.join('\n')}\n`);
  for (const warning of envWarnings(env)) app.log.warn(warning);

  // Expired sessions are refused on use anyway; this just keeps the table small.
  const sweep = () => deleteExpiredSessions(database.db, new Date().toISOString()).catch((err) => app.log.warn(err));
  void sweep();
  const sweeper = setInterval(sweep, 3_600_000);
  sweeper.unref();

  const background = startBackgroundWork(app);
  void warmPdf().catch((err) => app.log.warn(err, 'PDF fonts could not be loaded at start-up'));

  const stop = async (signal: string) => {
    clearInterval(sweeper);
    await Promise.all(background.map((loop) => loop.stop()));
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
