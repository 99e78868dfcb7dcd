import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC text and flags are 0/1 integers in
 * both dialects, so rows read the same on SQLite and PostgreSQL (docs/decisions/0003-portable-schema.md).
 */
export interface Database {
  units: UnitsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  country_regions: CountryRegionsTable;
  partners: PartnersTable;
  partner_contacts: PartnerContactsTable;
}

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
  parent_id: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  name_zh: string | null;
  name_en: string | null;
  locale: string;
  active: number;
  version: Generated<number>;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  unit_id: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  /** Lower-cased e-mail, whether or not a user has it, so the answer is the same for both. */
  email: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: number | null;
  summary: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

export interface CountryRegionsTable {
  country: string;
  region: string;
  source: string | null;
  updated_at: string;
}

export interface PartnersTable {
  id: Generated<number>;
  code: string | null;
  name_en: string;
  name_zh: string | null;
  /** Lower-cased "name_en name_zh code city" for search in either language on both dialects. */
  search_text: string;
  country: string;
  city: string | null;
  city_zh: string | null;
  website: string | null;
  type: string;
  status: string;
  owning_unit_id: number | null;
  notes: string | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartnerContactsTable {
  id: Generated<number>;
  partner_id: number;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  sort_order: number;
}

export type PartnerRow = Selectable<PartnersTable>;
export type NewPartnerRow = Insertable<PartnersTable>;
export type PartnerRowUpdate = Updateable<PartnersTable>;
export type UserRow = Selectable<UsersTable>;
export type UnitRow = Selectable<UnitsTable>;
