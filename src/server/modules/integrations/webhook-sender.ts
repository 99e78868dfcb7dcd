import type { AppDeps } from '#server/http/context.js';
import { iso } from '#server/lib/clock.js';
import { piiCipher } from '#server/lib/pii.js';
import { WEBHOOK_HEADERS } from '#shared/integrations.js';
import * as repo from './webhook.repository.js';
import { signDelivery } from './webhook-signature.js';

/** After the n-th failed attempt the next waits 2^(n-1) minutes (1, 2, 4 … 64); after MAX_ATTEMPTS it is 'failed'. */
export const MAX_ATTEMPTS = 8;
export const backoffMs = (attempts: number) => 2 ** (attempts - 1) * 60_000;
/** A claimed delivery stays ours this long; a sender that crashed mid-send loses it and it is tried again. */
const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;
const EXCERPT = 500;

export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;
export type DeliveryResult = { delivered: number; retrying: number; failed: number };
type Deps = Pick<AppDeps, 'db' | 'env' | 'clock'>;

/**
 * Posts what is due, like the mail sender: each delivery is claimed (pending → sending, one instance wins),
 * signed afresh with the time of this attempt, posted, and its answer kept (status and the first 500
 * characters). A 2xx delivers it; anything else, or no answer, retries with exponential backoff.
 */
export async function deliverDueWebhooks(deps: Deps, post: WebhookFetch = fetch, batch = 20): Promise<DeliveryResult> {
  const result: DeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  let ids: number[];
  do {
    ids = await repo.findDueDeliveries(deps.db, iso(deps.clock.now()), batch);
    for (const id of ids) await deliverOne(deps, post, id, result);
  } while (ids.length === batch);
  return result;
}

async function deliverOne(deps: Deps, post: WebhookFetch, id: number, result: DeliveryResult) {
  const now = deps.clock.now();
  const later = (ms: number) => iso(new Date(deps.clock.now().getTime() + ms));
  const claim = later(LEASE_MS);
  const d = await repo.claimDelivery(deps.db, id, iso(now), claim);
  if (!d) return;
  let status: number | null = null;
  let excerpt: string | null = null;
  let error: string | null = null;
  if (d.active !== 1) error = 'subscription inactive';
  else {
    const timestamp = Math.floor(now.getTime() / 1000);
    const secret = piiCipher(deps.env).decrypt(d.secret_enc);
    try {
      const res = await post(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Meridian-Webhooks/1',
          [WEBHOOK_HEADERS.event]: d.event_kind,
          [WEBHOOK_HEADERS.delivery]: d.event_id,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signDelivery(secret, timestamp, d.payload),
        },
        body: d.payload,
      });
      status = res.status;
      excerpt = (await res.text().catch(() => '')).slice(0, EXCERPT);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, EXCERPT);
    }
  }
  const answer = { response_status: status, response_excerpt: excerpt, last_error: error };
  if (error === null) {
    await repo.finishDelivery(deps.db, id, claim, { ...answer, status: 'delivered', delivered_at: later(0) });
    result.delivered++;
  } else if (d.attempts >= MAX_ATTEMPTS) {
    await repo.finishDelivery(deps.db, id, claim, { ...answer, status: 'failed' });
    result.failed++;
  } else {
    const next = later(backoffMs(d.attempts));
    await repo.finishDelivery(deps.db, id, claim, { ...answer, status: 'pending', next_attempt_at: next });
    result.retrying++;
  }
}
