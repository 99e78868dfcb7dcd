import { loadEnv } from './env.js';
import { openAndMigrate, seed } from './setup.js';

/** Operator commands: `npm run db:migrate`, `npm run db:seed` (both honour DATABASE_URL / DATA_DIR). */
async function run(command: string | undefined) {
  const env = loadEnv();
  const database = await openAndMigrate(env);
  try {
    if (command === 'migrate') {
      console.log(`Migrated ${database.dialect} (${database.describe}) to ${database.migration}`);
    } else if (command === 'seed') {
      const { demo } = await seed(database, { ...env, SEED_DEMO: true });
      console.log(demo ? 'Reference and demo data loaded.' : 'Reference data checked; demo data already present.');
    } else {
      throw new Error(`Unknown command "${command}". Use: migrate | seed`);
    }
  } finally {
    await database.db.destroy();
  }
}

run(process.argv[2]).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
