import { createHash, randomUUID } from 'node:crypto';

/**
 * Deterministic ids from natural keys: the same article, figure or discrepancy always gets the same id,
 * so a retried job or a second worker upserts instead of inserting twice.
 */
export function stableId(prefix: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p ?? '')).update('\u0000');
  return `${prefix}_${h.digest('base64url').slice(0, 22)}`;
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export const nowIso = (): string => new Date().toISOString();
