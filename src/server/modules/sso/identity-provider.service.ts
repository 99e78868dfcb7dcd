import type { Db } from '#server/db/client.js';
import type { AppDeps, Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { piiCipher } from '#server/lib/pii.js';
import { updateAudited } from '#server/lib/versioned.js';
import { findSignInSettings } from '#server/modules/auth/sign-in-settings.repository.js';
import { identityProviderPolicy } from '#server/policies/identity-providers.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type {
  LoginOptions,
  ProviderDetail,
  ProviderInput,
  ProviderList,
  ProviderUpdate,
  SignInSettings,
  SignInSettingsUpdate,
} from '#shared/schemas/sso.js';
import { ssoPaths } from '#shared/sso.js';
import * as repo from './identity-provider.repository.js';
import { forgetProvider, isLoopback } from './provider-clients.js';
import { configOf, fromEnv, fromRow, isCertificate, type Provider, toDetail } from './providers.js';

const ENTITY = 'identity_provider';

/** Every provider: the environment's first (they win a slug), then the database's. */
export async function allProviders(deps: Pick<AppDeps, 'db' | 'env'>): Promise<Provider[]> {
  const fromEnvironment = deps.env.SSO_PROVIDERS.map(fromEnv);
  const taken = new Set(fromEnvironment.map((p) => p.slug));
  const stored = (await repo.findProviders(deps.db)).filter((r) => !taken.has(r.slug)).map((r) => fromRow(deps.env, r));
  return [...fromEnvironment, ...stored];
}

/** An active provider by slug, or undefined. */
export async function activeProvider(deps: Pick<AppDeps, 'db' | 'env'>, slug: string): Promise<Provider | undefined> {
  const found = (await allProviders(deps)).find((p) => p.slug === slug);
  return found?.active ? found : undefined;
}

/** The login page's buttons (public): active providers, in order. */
export async function loginOptions(deps: AppDeps): Promise<LoginOptions> {
  const providers = (await allProviders(deps)).filter((p) => p.active);
  return {
    providers: providers.map((p) => ({
      slug: p.slug,
      protocol: p.protocol,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      startUrl: ssoPaths.start(p.slug),
    })),
  };
}

export async function listProviders(ctx: Ctx): Promise<ProviderList> {
  authorizeAny(identityProviderPolicy, ctx.actor, 'update', ctx.units);
  return { items: (await allProviders(ctx)).map((p) => toDetail(ctx.env, p)) };
}

async function storedDetail(ctx: Ctx, db: Db, id: number): Promise<ProviderDetail> {
  const row = await repo.findProviderById(db, id);
  if (!row) throw AppError.notFound();
  return toDetail(ctx.env, fromRow(ctx.env, row));
}

/** Field errors no schema can see: a slug the environment holds, a bad certificate, unknown units. */
async function checkInput(ctx: Ctx, input: ProviderInput) {
  const problems: FieldProblem[] = [];
  if (ctx.env.SSO_PROVIDERS.some((p) => p.slug === input.slug))
    problems.push({ path: 'slug', key: 'provider_slug_taken' });
  const address = input.protocol === 'oidc' ? input.issuer : input.entryPoint;
  if (address.startsWith('http:') && !isLoopback(address))
    problems.push({ path: input.protocol === 'oidc' ? 'issuer' : 'entryPoint', key: 'provider_https_required' });
  if (input.protocol === 'saml' && !isCertificate(input.idpCert))
    problems.push({ path: 'idpCert', key: 'provider_cert_invalid' });
  const unitIds = [...new Set(input.roleMap.map((m) => m.unitId))];
  const known = await repo.findExistingUnitIds(ctx.db, unitIds);
  input.roleMap.forEach((m, i) => {
    if (!known.has(m.unitId)) problems.push({ key: 'provider_unit_unknown', path: `roleMap.${i}.unitId` });
  });
  if (input.roleMap.length > 0 && !input.roleClaim)
    problems.push({ path: 'roleClaim', key: 'provider_role_claim_required' });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

const columns = (input: ProviderInput) => ({
  slug: input.slug,
  protocol: input.protocol,
  name_zh: input.nameZh,
  name_en: input.nameEn,
  active: input.active ? 1 : 0,
  config_json: JSON.stringify(configOf(input)),
});

/** The audit entry never holds a secret, only whether one is set. */
const audited = (d: ProviderDetail | null) => d;

export async function createProvider(ctx: Ctx, input: ProviderInput): Promise<ProviderDetail> {
  authorizeAny(identityProviderPolicy, ctx.actor, 'update', ctx.units);
  await checkInput(ctx, input);
  const secret =
    input.protocol === 'oidc' && input.clientSecret ? piiCipher(ctx.env).encrypt(input.clientSecret) : null;
  return uniqueAsFieldError('slug', 'provider_slug_taken', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertProvider(trx, {
        ...columns(input),
        secret_enc: secret,
        created_at: ctx.now,
        updated_at: ctx.now,
        updated_by: ctx.actor.id,
      });
      const after = await storedDetail(ctx, trx, id);
      await recordAudit(
        trx,
        changeEntry(
          ctx,
          'create',
          ENTITY,
          id,
          auditSummary('auditSummaries.identityProvider', { slug: input.slug }),
          null,
          audited(after),
        ),
      );
      return after;
    }),
  );
}

/** An edit; the client secret changes only when a new one is sent (it is never shown again). */
export async function updateProvider(ctx: Ctx, id: number, input: ProviderUpdate): Promise<ProviderDetail> {
  authorizeAny(identityProviderPolicy, ctx.actor, 'update', ctx.units);
  const before = await storedDetail(ctx, ctx.db, id);
  await checkInput(ctx, input);
  const secret =
    input.protocol === 'oidc' && input.clientSecret
      ? { secret_enc: piiCipher(ctx.env).encrypt(input.clientSecret) }
      : {};
  const out = await uniqueAsFieldError('slug', 'provider_slug_taken', () =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'identity_providers',
        id,
        version: input.version,
        values: { ...columns(input), ...secret, updated_at: ctx.now, updated_by: ctx.actor.id },
        current: () => repo.findProviderById(trx, id).then((r) => r && toDetail(ctx.env, fromRow(ctx.env, r))),
        after: () => storedDetail(ctx, trx, id),
        audit: (after) =>
          changeEntry(
            ctx,
            'update',
            ENTITY,
            id,
            auditSummary('auditSummaries.identityProvider', { slug: after.slug }),
            audited(before),
            audited(after),
          ),
      }),
    ),
  );
  forgetProvider(before.slug);
  return out;
}

const settingsOf = (row: Awaited<ReturnType<typeof findSignInSettings>>): SignInSettings => ({
  studentPasswords: row.student_passwords === 1,
  staffPasswords: row.staff_passwords === 1,
  version: row.version,
  updatedAt: row.updated_at,
});

export async function getSignInSettings(ctx: Ctx): Promise<SignInSettings> {
  authorizeAny(identityProviderPolicy, ctx.actor, 'update', ctx.units);
  return settingsOf(await findSignInSettings(ctx.db));
}

/** Turns local passwords off or on for students and for staff; administrators always keep theirs. */
export async function updateSignInSettings(ctx: Ctx, input: SignInSettingsUpdate): Promise<SignInSettings> {
  authorizeAny(identityProviderPolicy, ctx.actor, 'update', ctx.units);
  const before = settingsOf(await findSignInSettings(ctx.db));
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'sign_in_settings',
      id: 1,
      version: input.version,
      values: {
        student_passwords: input.studentPasswords ? 1 : 0,
        staff_passwords: input.staffPasswords ? 1 : 0,
        updated_at: ctx.now,
        updated_by: ctx.actor.id,
      },
      current: () => findSignInSettings(trx).then(settingsOf),
      after: () => findSignInSettings(trx).then(settingsOf),
      audit: (after) =>
        changeEntry(ctx, 'update', 'sign_in_settings', 1, auditSummary('auditSummaries.signInSettings'), before, after),
    }),
  );
}
