import { z } from 'zod';
import { LOCALES, ROLES } from '#shared/roles.js';
import { PASSWORD_MIN, RoleAssignment } from './auth.js';
import { KeysetPageQuery, keysetPageOf, optionalText, RecordPermissions, Timestamp, Version } from './common.js';

const userFields = {
  email: z.string().trim().toLowerCase().email().max(200),
  nameZh: optionalText(120),
  nameEn: optionalText(120),
  locale: z.enum(LOCALES).default('zh-TW'),
  active: z.boolean().default(true),
  roles: z.array(RoleAssignment).min(1).max(10),
  /** The user's own person record (a student's account is the student); null = none, absent = unchanged. */
  personId: z.number().int().positive().nullable().optional(),
};

/** Without a password the user is mailed an invitation to set their own. */
export const UserCreate = z
  .object({ ...userFields, password: z.string().min(PASSWORD_MIN).max(200).optional() })
  .strict();
export const UserUpdate = z
  .object({ ...userFields, version: Version, password: z.string().min(PASSWORD_MIN).max(200).optional() })
  .strict();
export type UserCreate = z.infer<typeof UserCreate>;
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserListQuery = KeysetPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

export const User = z.object({
  id: z.number().int(),
  version: Version,
  email: z.string(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  locale: z.enum(LOCALES),
  active: z.boolean(),
  roles: z.array(RoleAssignment),
  personId: z.number().int().nullable(),
  /** True while an invited user has not set their password yet. */
  invitePending: z.boolean(),
  lastLoginAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  permissions: RecordPermissions,
});
export type User = z.infer<typeof User>;
export const UserPage = keysetPageOf(User);
