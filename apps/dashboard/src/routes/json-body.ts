import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../context.js';
import { badRequest } from '../lib/errors.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';

/** A JSON body checked field by field: a refusal answers 400 with a sentence per field in `fields`. */
export async function fieldsBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw badRequest('The body must be JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new FieldInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
