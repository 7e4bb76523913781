import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Seals short secrets (a webhook's signing secret, an SMTP password) for storage, with AES-256-GCM under a key
 * derived from PARALLAX_SECRET_KEY. A sealed value names what it belongs to (`context`, bound as additional data),
 * so a sealed secret copied onto another row does not open there.
 */
export interface SecretBox {
  seal(plain: string, context: string): string;
  /** The plain text; throws when the key is not the one that sealed it or the value was altered. */
  open(sealed: string, context: string): string;
}

const VERSION = 'v1';

export class SecretKeyMismatch extends Error {
  override name = 'SecretKeyMismatch';
}

export function createSecretBox(keyMaterial: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', keyMaterial, 'parallax', 'stored secrets v1', 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretKeyMismatch('not a sealed secret');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretKeyMismatch('a stored secret does not open with PARALLAX_SECRET_KEY (was the key changed?)');
      }
    },
  };
}
