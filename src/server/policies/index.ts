import { auditPolicy } from './audit.policy.js';
import { partnerPolicy } from './partners.policy.js';
import { type Actor, capabilities } from './policy.js';
import { userPolicy } from './users.policy.js';

/** Every resource's policy; /auth/me sends the resulting capabilities so the UI can hide what is not allowed. */
export const POLICIES = { partners: partnerPolicy, users: userPolicy, audit: auditPolicy } as const;

export function allCapabilities(actor: Actor): Record<string, Record<string, boolean>> {
  return Object.fromEntries(
    Object.entries(POLICIES).map(([name, p]) => [
      name,
      capabilities(p as unknown as { rules: Record<string, never> }, actor),
    ]),
  );
}
