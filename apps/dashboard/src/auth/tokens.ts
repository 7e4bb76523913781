import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares secrets in constant time whatever their lengths (both sides are hashed to the same size first). */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
