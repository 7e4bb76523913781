/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../lib/form-errors.js';

/** What a form re-shows after a refusal: the values as typed (one or several per field) and a sentence per field. */
export interface FormState {
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}

export const emptyForm = (values: FormState['values'] = {}): FormState => ({ values, errors: {} });

/** A field's typed value as one string. */
export function typedValue(form: FormState, name: string): string {
  const v = form.values[name];
  return Array.isArray(v) ? (v.at(-1) ?? '') : (v ?? '');
}

export const errorId = (name: string) => `${name}-error`;

/** The attributes that tie a field to its error sentence, for screen readers and the invalid style. */
export function invalidAttrs(form: FormState, name: string): Record<string, string> {
  return form.errors[name] ? { 'aria-invalid': 'true', 'aria-describedby': errorId(name) } : {};
}

/** The error sentence shown next to its field. */
export function FieldError({ form, name }: { form: FormState; name: string }) {
  const message = form.errors[name];
  return message ? (
    <span class="field-error" id={errorId(name)}>
      {message}
    </span>
  ) : null;
}

/** Errors about no field in particular (a queue that did not answer), above the form. */
export function FormAlert({ form, fields }: { form: FormState; fields: readonly string[] }) {
  const others = Object.entries(form.errors).filter(([name]) => !fields.includes(name));
  return others.length > 0 ? (
    <p class="form-error" role="alert">
      {others.map(([, message]) => message).join(' ')}
    </p>
  ) : null;
}

/** The input attributes the forms use. */
interface InputAttrs {
  type?: string;
  required?: boolean;
  maxlength?: number;
  min?: number;
  max?: number;
  pattern?: string;
  title?: string;
  placeholder?: string;
  inputmode?: 'decimal' | 'numeric';
  autocomplete?: string;
}

/** A labelled input showing what was typed, tied to its error sentence shown under it. */
export function TextField({
  form,
  name,
  label,
  class: labelClass,
  ...attrs
}: {
  form: FormState;
  name: string;
  label: Child;
  class?: string;
} & InputAttrs) {
  return (
    <label class={labelClass}>
      {label}
      <input name={name} value={typedValue(form, name)} {...attrs} {...invalidAttrs(form, name)} />
      <FieldError form={form} name={name} />
    </label>
  );
}
