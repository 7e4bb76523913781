import type { AlertChannelName } from '@parallax/shared';
import { z } from 'zod';

/**
 * The channel forms. A secret field left blank keeps the stored secret (it is never shown back, so a blank is the
 * normal case when changing something else); `required` below is checked against what is stored.
 */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const enabledField = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `Keep the ${what} under 2000 characters.`)
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), `Give the ${what} as an http(s) address.`);

const emailList = z
  .string()
  .trim()
  .max(2000, 'Keep the recipients under 2000 characters.')
  .refine(
    (list) => list.split(',').every((a) => z.email().safeParse(a.trim()).success),
    'Give the recipients as e-mail addresses separated by commas.',
  );

export const ChannelForms = {
  webhook: z.object({
    enabled: enabledField,
    url: httpUrl("receiver's URL"),
    signingSecret: z.preprocess(
      blankToUndefined,
      z.string().min(16, 'Make the signing secret at least 16 characters long.').max(512).optional(),
    ),
  }),
  slack: z.object({
    enabled: enabledField,
    url: z.preprocess(blankToUndefined, httpUrl('Slack webhook URL').optional()),
  }),
  email: z.object({
    enabled: enabledField,
    smtpUrl: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .refine(
          (u) => URL.canParse(u) && /^smtps?:$/.test(new URL(u).protocol),
          'Give the mail server as smtp://user:password@host:587 or smtps://….',
        )
        .optional(),
    ),
    from: z.email('Give the sender as an e-mail address.'),
    to: emailList,
  }),
} satisfies Record<AlertChannelName, z.ZodType>;

/** Settings that need a value once saved: a blank secret is fine only when one is stored already. */
export const REQUIRED_SECRETS: Record<AlertChannelName, Record<string, string>> = {
  webhook: {},
  slack: { url: 'Give the Slack webhook URL.' },
  email: { smtpUrl: 'Give the mail server.' },
};
