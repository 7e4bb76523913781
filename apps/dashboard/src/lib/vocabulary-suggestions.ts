import type { SuggestedEntry, VocabularySuggestions } from '@parallax/core';
import { comparisonSettingsOf, contentHash, type Logger, type Store, type Story } from '@parallax/shared';
import { badRequest, ServiceUnavailable } from './errors.js';
import { describeIssues, StoryEditInput } from './inputs.js';
import type { PageReader } from './page-reader.js';
import type { QueueAccess } from './queues.js';
import type { ReferenceFetcher } from './reference-fetch.js';
import { editStory, requireStoryById } from './story-actions.js';

/** Reads a story's reference for the places and authorities its settings lack, in the page reader's thread. */
export interface ReferenceSuggester {
  /** What the reference suggests that the settings do not hold; null when it could not be read. */
  suggestionsFor(story: Story): Promise<VocabularySuggestions | null>;
}

/** Suggestions kept, by reference and settings: a story's page is opened far more often than either changes. */
const KEPT = 32;

export function createReferenceSuggester(reader: PageReader, logger: Logger): ReferenceSuggester {
  const kept = new Map<string, VocabularySuggestions>();
  return {
    async suggestionsFor(story) {
      const { places, authorities } = comparisonSettingsOf(story.settings);
      const reference = { text: story.referenceText, title: story.title, language: story.language };
      const key = contentHash(JSON.stringify([reference, places, authorities]));
      const cached = kept.get(key);
      if (cached) return cached;
      try {
        const suggestions = await reader.suggestVocabulary(reference, { places, authorities });
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
        kept.set(key, suggestions);
        return suggestions;
      } catch (err) {
        // The page shows without suggestions; the reference is read again next time.
        logger.warn({ err, storyId: story.id }, 'could not read the reference for suggestions');
        return null;
      }
    },
  };
}

/** Which suggestions an editor ticked, by key. */
export interface ChosenSuggestions {
  places: readonly string[];
  authorities: readonly string[];
}

/** Settings hold names of 80 characters at most and 50 aliases each. */
const asSetting = (e: SuggestedEntry) => ({
  name: e.name,
  aliases: e.aliases.filter((a) => a.length <= 80).slice(0, 50),
});
const chosen = (entries: readonly SuggestedEntry[], keys: readonly string[]) =>
  entries.filter((e) => keys.includes(e.key) && e.name.length <= 80).map(asSetting);

/**
 * Adds the ticked suggestions to the story's settings.places and settings.authorities through the edit path, so
 * its stored articles are analysed again as when the settings are edited. The suggestions are read again here:
 * only what the reference suggests can be added, whatever the form sent.
 */
export async function addSuggestions(
  store: Store,
  id: string,
  picked: ChosenSuggestions,
  deps: { references: ReferenceFetcher; queues: QueueAccess; suggester: ReferenceSuggester },
): Promise<{ added: number; reanalysing: number }> {
  const story = await requireStoryById(store, id);
  const suggestions = await deps.suggester.suggestionsFor(story);
  if (!suggestions) throw new ServiceUnavailable('The reference could not be read for suggestions; try again.');
  const places = chosen(suggestions.places, picked.places);
  const authorities = chosen(suggestions.authorities, picked.authorities);
  const added = places.length + authorities.length;
  if (added === 0) throw badRequest('Tick at least one suggested place or authority to add.');
  const stored = story.settings as { places?: unknown[]; authorities?: unknown[] };
  const settings = {
    ...story.settings,
    places: [...(stored.places ?? []), ...places],
    authorities: [...(stored.authorities ?? []), ...authorities],
  };
  const input = StoryEditInput.safeParse({ settings });
  if (!input.success) throw badRequest(describeIssues(input.error));
  const { reanalysing } = await editStory(store, id, input.data, deps);
  return { added, reanalysing };
}
