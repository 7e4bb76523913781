import { z } from 'zod';
import { Qualifier } from './figure.js';

/** A name or alias as an operator writes it: "Port Arvel", "Arvel*" (a trailing `*` matches any ending). */
const VocabularyName = z.string().trim().min(1).max(80);

/**
 * A place the general vocabulary (every country) does not know, or more names for a country: its name,
 * other spellings (in any language), and the place it lies in (a country by any of its names, or a place
 * of this list), which makes it a region: two regions are never the same place.
 */
export const StoryPlace = z.object({
  name: VocabularyName,
  aliases: z.array(VocabularyName).max(50).default([]),
  within: VocabularyName.optional(),
});
export type StoryPlace = z.infer<typeof StoryPlace>;

/** An authority a figure may be credited to, with the other ways sources name it ("the MoD"). */
export const StoryAuthority = z.object({
  name: VocabularyName,
  aliases: z.array(VocabularyName).max(50).default([]),
});
export type StoryAuthority = z.infer<typeof StoryAuthority>;

/**
 * The comparison part of a story's settings: how wide a plausible interval each qualifier implies
 * ({"approximate": 0.1} reads "around 11,000" as 9,900-12,100), and the story's own places and
 * authorities, added to the general ones (every country). Unknown keys are ignored so the alert rules can
 * live beside it; a wrong width, place or authority is refused with its path.
 */
export const ComparisonSettings = z.object({
  widths: z.partialRecord(Qualifier, z.number().min(0).max(10)).default({}),
  places: z.array(StoryPlace).max(500).default([]),
  authorities: z.array(StoryAuthority).max(500).default([]),
});
export type ComparisonSettings = z.infer<typeof ComparisonSettings>;

/** The comparison keys of a story's settings, as ComparisonSettings reads them (other keys left out). */
export function comparisonPartOf(settings: Record<string, unknown>): Record<string, unknown> {
  return {
    widths: settings.widths ?? {},
    places: settings.places ?? [],
    authorities: settings.authorities ?? [],
  };
}

export function comparisonSettingsOf(settings: Record<string, unknown>): ComparisonSettings {
  return ComparisonSettings.parse(comparisonPartOf(settings));
}
