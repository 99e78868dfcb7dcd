import type { Locale, Role } from '#shared/roles';
import type { User } from '#shared/schemas/users';

export type RoleRow = { key: string; role: Role | null; unitId: number | null };

export type UserFormState = {
  email: string;
  nameZh: string;
  nameEn: string;
  locale: Locale;
  active: boolean;
  roles: RoleRow[];
  password: string;
  /** The linked person record's id, as typed ('' = none). */
  personId: string;
};

let nextKey = 0;
export const newRole = (role: Role | null = null, unitId: number | null = null): RoleRow => ({
  key: `r${++nextKey}`,
  role,
  unitId,
});

export const emptyUser = (): UserFormState => ({
  email: '',
  nameZh: '',
  nameEn: '',
  locale: 'zh-TW',
  active: true,
  roles: [newRole()],
  password: '',
  personId: '',
});

export const fromUser = (u: User): UserFormState => ({
  email: u.email,
  nameZh: u.nameZh ?? '',
  nameEn: u.nameEn ?? '',
  locale: u.locale,
  active: u.active,
  roles: u.roles.map((r) => newRole(r.role, r.unitId)),
  password: '',
  personId: u.personId === null ? '' : String(u.personId),
});

/** The request body; an empty password means "keep the current one" on edit, "mail an invitation" on create. */
export function toBody(s: UserFormState) {
  return {
    email: s.email,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    locale: s.locale,
    active: s.active,
    roles: s.roles.map((r) => ({ role: r.role as Role, unitId: r.unitId as number })),
    personId: s.personId.trim() ? Number(s.personId) : null,
    ...(s.password ? { password: s.password } : {}),
  };
}
export type UserBody = ReturnType<typeof toBody>;

export function missingRequired(s: UserFormState): string[] {
  const missing: string[] = [];
  if (!s.email.trim()) missing.push('email');
  s.roles.forEach((r, i) => {
    if (!r.role) missing.push(`roles.${i}.role`);
    if (!r.unitId) missing.push(`roles.${i}.unitId`);
  });
  return missing;
}
