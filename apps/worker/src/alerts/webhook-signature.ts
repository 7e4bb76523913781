import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Parallax-Signature';
export const TIMESTAMP_HEADER = 'X-Parallax-Timestamp';
/** How old a signed request a receiver should still accept: bounds the window for replaying one. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * HMAC-SHA256 over `<timestamp>.<body>`, as Stripe does: the timestamp is signed with the body, so a
 * captured request cannot be replayed later with a fresh timestamp.
 */
export function signWebhookBody(secret: string, body: string, timestampSeconds: number): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}

export function webhookSignatureHeaders(secret: string, body: string, now: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1_000);
  return { [SIGNATURE_HEADER]: signWebhookBody(secret, body, timestamp), [TIMESTAMP_HEADER]: String(timestamp) };
}

/** What a receiver runs: true only for an untampered body signed with the secret within the tolerance. */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  signature: string | null | undefined;
  timestamp: string | null | undefined;
  toleranceSeconds?: number;
  now?: Date;
}): boolean {
  if (!input.signature || !input.timestamp || !/^\d{1,12}$/.test(input.timestamp)) return false;
  const ts = Number(input.timestamp);
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1_000);
  if (Math.abs(nowSeconds - ts) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signWebhookBody(input.secret, input.body, ts));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
