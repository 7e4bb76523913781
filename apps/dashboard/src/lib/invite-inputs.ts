import { MIN_PASSWORD_LENGTH, Role } from '@parallax/shared';
import { z } from 'zod';

/** How long an invitation link works. */
export const INVITE_TTL_HOURS = 72;

export const InviteInput = z.object({
  username: z
    .string()
    .trim()
    .min(2, 'Give a username of 2 to 64 characters.')
    .max(64, 'Give a username of 2 to 64 characters.')
    .regex(/^[a-zA-Z0-9._@-]+$/, 'A username has only letters, digits, dot, underscore, @ and hyphen.'),
  role: Role,
});

export const AcceptInviteInput = z
  .object({
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(1024, 'Keep the password under 1024 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] });
