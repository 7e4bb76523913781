import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

/** One sentence per form field that was refused, keyed by the field's name. */
export type FieldErrors = Record<string, string>;

/**
 * Input refused field by field: pages show each sentence next to its field (keeping what was typed), the JSON API
 * answers 400 (or `status`) with `{ error, fields }`.
 */
export class FieldInputError extends HTTPException {
  constructor(
    readonly fields: FieldErrors,
    status: 400 | 409 = 400,
  ) {
    super(status, { message: Object.values(fields).join(' ') });
  }
}

/** A message as a sentence: capital first letter, full stop at the end. */
export function asSentence(message: string): string {
  const text = message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A zod error as one sentence per top-level field (the first problem of each). Schemas give their own messages as
 * sentences; zod's generic ones ("Invalid input") are replaced by a plain one naming the field.
 */
export function fieldErrorsOf(error: z.ZodError, labels: Record<string, string> = {}): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (fields[field]) continue;
    const generic = /^(invalid input|invalid option|expected|too (small|big)|invalid (string|url|type))/i.test(
      issue.message,
    );
    fields[field] = generic ? `${labels[field] ?? 'This field'} is not valid: ${issue.message}` : issue.message;
    fields[field] = asSentence(fields[field]);
  }
  return fields;
}
