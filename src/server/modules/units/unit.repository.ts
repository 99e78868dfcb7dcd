import type { Db } from '#server/db/client.js';

/** Every unit's place in the tree (a university has tens of units). */
export function findUnitTreeRows(db: Db) {
  return db.selectFrom('units').select(['id', 'parent_id', 'code']).execute();
}

export function findUnits(db: Db) {
  return db.selectFrom('units').selectAll().orderBy('id').execute();
}

/** Which region each country belongs to (reference data for the forms and reports). */
export const findCountryRegions = (db: Db) =>
  db.selectFrom('country_regions').select(['country', 'region']).orderBy('country').execute();
