import { createHmac, timingSafeEqual } from 'node:crypto';
import { REPLAY_WINDOW_SECONDS } from '#shared/integrations.js';

/**
 * A delivery's signature: HMAC-SHA256 with the subscription's secret over `${timestamp}.${body}` (the
 * timestamp in Unix seconds, as sent in x-meridian-timestamp), hex, sent as `v1=<hex>`. Signing the
 * timestamp with the body lets a receiver refuse an old delivery replayed to it (docs/decisions/0034).
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (README: Webhooks): the signature must match and the timestamp be recent. */
export function verifyDelivery(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  windowSeconds = REPLAY_WINDOW_SECONDS,
): 'ok' | 'bad_signature' | 'outside_window' {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || !headers.signature) return 'bad_signature';
  const expected = Buffer.from(signDelivery(secret, ts, body));
  const sent = Buffer.from(headers.signature);
  if (expected.length !== sent.length || !timingSafeEqual(expected, sent)) return 'bad_signature';
  return Math.abs(nowSeconds - ts) > windowSeconds ? 'outside_window' : 'ok';
}
