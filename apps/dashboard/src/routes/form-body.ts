import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { FormState } from '../views/form-fields.js';

/** A posted form's fields as typed: a string, or every value of a field sent more than once (checkboxes). */
export async function formValuesOf(c: Context<AppEnv>): Promise<FormState['values']> {
  const body = await c.req.parseBody({ all: true });
  const values: FormState['values'] = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue;
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}
