import { z } from 'zod';
import type { Db } from '#server/db/client.js';
import { recordAudit } from '#server/lib/audit.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { hashPassword } from '#server/modules/auth/auth.service.js';
import { checkNewPassword } from '#server/modules/auth/password-rules.js';
import { countUnits, findRootUnit, insertUnit } from '#server/modules/units/unit.repository.js';
import { invalidateUnitTrees } from '#server/modules/units/unit-tree.loader.js';
import { PASSWORD_MIN } from '#shared/enums.js';
import { requiredText } from '#shared/schemas/common.js';
import * as repo from './user.repository.js';

/**
 * The first administrator of an installation without demo data (`npm run admin:create`, see
 * src/server/cli.ts), and the university (the root unit) when there is no unit yet. Later
 * administrators can be made the same way (e.g. when every admin has lost their password).
 */
export const AdminBootstrap = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  nameZh: requiredText(120),
  nameEn: requiredText(120),
  password: z.string().min(PASSWORD_MIN).max(200),
  universityZh: requiredText(200).optional(),
  universityEn: requiredText(200).optional(),
  universityCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]*$/)
    .max(40)
    .default('UNIV'),
});
export type AdminBootstrap = z.infer<typeof AdminBootstrap>;

/** Creates the administrator (and, first, the university) in one transaction; throws AppError. */
export async function createFirstAdmin(db: Db, input: AdminBootstrap, now: string) {
  checkNewPassword(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction().execute(async (trx) => {
    if (await repo.emailTaken(trx, input.email)) throw AppError.field('email', 'duplicate_email');
    const university = await universityFor(trx, input, now);
    const id = await repo.insertUser(trx, {
      email: input.email,
      password_hash: passwordHash,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      locale: 'zh-TW',
      active: 1,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceRoles(trx, id, [{ role: 'admin', unitId: university.id }]);
    const after = { email: input.email, nameZh: input.nameZh, nameEn: input.nameEn, roles: ['admin'] };
    await recordAudit(trx, { at: now, actorId: null, action: 'create', entityType: 'user', entityId: id, after });
    return { userId: id, university };
  });
  if (created.university.created) invalidateUnitTrees();
  return created;
}

/** The root unit: the one there is, or the university named on the command line when there is none. */
async function universityFor(trx: Db, input: AdminBootstrap, now: string) {
  const root = await findRootUnit(trx);
  const named = input.universityZh !== undefined || input.universityEn !== undefined;
  if (root) {
    if (named) throw problems([{ path: 'universityZh', key: 'university_exists' }]);
    return { id: root.id, code: root.code, created: false };
  }
  if ((await countUnits(trx)) > 0) throw problems([{ path: 'universityZh', key: 'unit' }]);
  const missing: FieldProblem[] = [];
  if (!input.universityZh) missing.push({ path: 'universityZh', key: 'required' });
  if (!input.universityEn) missing.push({ path: 'universityEn', key: 'required' });
  if (missing.length) throw problems(missing);
  const id = await insertUnit(trx, {
    code: input.universityCode,
    name_zh: input.universityZh as string,
    name_en: input.universityEn as string,
    kind: 'university',
    parent_id: null,
    created_at: now,
    updated_at: now,
  });
  const after = { code: input.universityCode, nameZh: input.universityZh, nameEn: input.universityEn };
  await recordAudit(trx, { at: now, actorId: null, action: 'create', entityType: 'unit', entityId: id, after });
  return { id, code: input.universityCode, created: true };
}

const problems = (fields: FieldProblem[]) => new AppError('VALIDATION_FAILED', { fields });

/** What start-up prints on an installation that has no active administrator yet (else nothing). */
export async function firstRunHint(db: Db): Promise<string[]> {
  if ((await repo.countActiveAdmins(db)) > 0) return [];
  const noUnits = (await countUnits(db)) === 0;
  const university = noUnits
    ? ' \\\n      --university-zh 南方子午科技大學 --university-en "Southern Meridian University"'
    : '';
  return [
    '  No administrator yet. Create the first one (the password is read from stdin, or generated and shown once):',
    `    npm run admin:create -- --email you@university.edu --name-zh 王小明 --name-en "Wang Hsiao-ming"${university}`,
    ...(noUnits ? ['  The university becomes the root unit; colleges and departments are added under /units.'] : []),
  ];
}
