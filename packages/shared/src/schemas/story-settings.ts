import { z } from 'zod';
import { Qualifier } from './figure.js';

/**
 * The comparison part of a story's settings: how wide a plausible interval each qualifier implies
 * ({"approximate": 0.1} reads "around 11,000" as 9,900-12,100). Unknown keys are ignored so the alert
 * rules can live beside it; a wrong width is refused with its path.
 */
export const ComparisonSettings = z.object({
  widths: z.partialRecord(Qualifier, z.number().min(0).max(10)).default({}),
});
export type ComparisonSettings = z.infer<typeof ComparisonSettings>;

export function comparisonSettingsOf(settings: Record<string, unknown>): ComparisonSettings {
  return ComparisonSettings.parse({ widths: settings.widths ?? {} });
}
