import { HTTPException } from 'hono/http-exception';

/** Redis (sessions, queues) cannot be reached: the request may work again shortly. */
export class ServiceUnavailable extends HTTPException {
  constructor(message: string) {
    super(503, { message });
  }
}

export const badRequest = (message: string) => new HTTPException(400, { message });
export const notFound = (what: string) => new HTTPException(404, { message: `No such ${what}.` });
export const forbidden = (message = 'Your role does not allow this.') => new HTTPException(403, { message });
export const unauthorized = (message = 'Sign in first.') => new HTTPException(401, { message });
