import { AsyncLocalStorage } from 'node:async_hooks';
import { type DatabaseConnection, type Driver, type Kysely, SqliteDialect, type TransactionSettings } from 'kysely';

/**
 * SQLite has one connection. A query sent to the database object (not to `trx`) from inside
 * `db.transaction().execute(cb)` waits for that connection, which the transaction holds until `cb`
 * ends: it would wait forever and, with it, every later request. This guard marks the transaction's
 * callback (AsyncLocalStorage) and makes such a query fail at once with a message naming the mistake,
 * so the transaction rolls back, the request gets an error, and the server keeps serving.
 * PostgreSQL has a pool, where the same code would only use a second connection.
 */
const insideTransaction = new AsyncLocalStorage<true>();

export const OUTSIDE_QUERY_MESSAGE =
  'A query used the database object inside an open transaction; use the transaction (trx) instead. ' +
  'On SQLite (one connection) it would wait forever.';

class GuardedDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init() {
    return this.inner.init();
  }
  acquireConnection(): Promise<DatabaseConnection> {
    if (insideTransaction.getStore()) return Promise.reject(new Error(OUTSIDE_QUERY_MESSAGE));
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
}

export class GuardedSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    return new GuardedDriver(super.createDriver());
  }
}

/** Runs every transaction callback of `db` inside the guard's marker. */
export function markTransactions<DB>(db: Kysely<DB>): Kysely<DB> {
  const transaction = db.transaction.bind(db);
  db.transaction = () => {
    const builder = transaction();
    const execute = builder.execute.bind(builder);
    builder.execute = (callback) => execute((trx) => insideTransaction.run(true, () => callback(trx)));
    return builder;
  };
  return db;
}
