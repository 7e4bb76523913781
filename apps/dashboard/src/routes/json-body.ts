import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../context.js';
import { badRequest } from '../lib/errors.js';
import { FieldInputError, fieldErrorsOf } from '../lib/form-errors.js';

/** The request's JSON body; 400 when it is not JSON. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw badRequest('The body must be JSON.');
  }
}

/** A JSON body checked field by field: a refusal answers 400 with a sentence per field in `fields`. */
export async function fieldsBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(c));
  if (!parsed.success) throw new FieldInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
