import { z } from 'zod';
import { PASSWORD_MIN } from '#shared/enums.js';
import { LOCALES, ROLES } from '#shared/roles.js';

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export { PASSWORD_MIN };
export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(PASSWORD_MIN).max(200),
});

export const ForgotPasswordBody = z.object({ email: z.string().trim().toLowerCase().email().max(200) }).strict();
/** The token from a one-time link (invitation or reset) and the new password. */
export const SetPasswordBody = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(PASSWORD_MIN).max(200) })
  .strict();

export const PreferencesBody = z.object({ locale: z.enum(LOCALES) }).strict();

export const RoleAssignment = z.object({ role: z.enum(ROLES), unitId: z.number().int().positive() });
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** Resource → action → allowed (for at least some records); the UI uses it to hide what a user cannot do. */
export const Capabilities = z.record(z.string(), z.record(z.string(), z.boolean()));

export const Me = z.object({
  id: z.number().int(),
  email: z.string(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  locale: z.enum(LOCALES),
  roles: z.array(RoleAssignment.extend({ unitNameZh: z.string(), unitNameEn: z.string() })),
  capabilities: Capabilities,
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof Me>;
