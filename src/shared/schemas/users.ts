import { z } from 'zod';
import { LOCALES, ROLES } from '#shared/roles.js';
import { PASSWORD_MIN, RoleAssignment } from './auth.js';
import { optionalText, PageQuery, pageOf, RecordPermissions, Timestamp, Version } from './common.js';

const userFields = {
  email: z.string().trim().toLowerCase().email().max(200),
  nameZh: optionalText(120),
  nameEn: optionalText(120),
  locale: z.enum(LOCALES).default('zh-TW'),
  active: z.boolean().default(true),
  roles: z.array(RoleAssignment).min(1).max(10),
};

export const UserCreate = z.object({ ...userFields, password: z.string().min(PASSWORD_MIN).max(200) }).strict();
export const UserUpdate = z
  .object({ ...userFields, version: Version, password: z.string().min(PASSWORD_MIN).max(200).optional() })
  .strict();
export type UserCreate = z.infer<typeof UserCreate>;
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserListQuery = PageQuery.extend({
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
  lastLoginAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  permissions: RecordPermissions,
});
export type User = z.infer<typeof User>;
export const UserPage = pageOf(User);
