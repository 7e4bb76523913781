/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { SuggestedEntry, VocabularySuggestions } from '@parallax/core';
import { CsrfField, type Viewer } from './layout.js';

/** How often the reference names it, and its other names: "2 times; also Espagne, Spanien". */
const detailOf = (e: SuggestedEntry) =>
  `${e.mentions === 1 ? 'once' : `${e.mentions} times`}${e.aliases.length > 0 ? `; also ${e.aliases.join(', ')}` : ''}`;

function SuggestionChoices({ legend, name, entries }: { legend: string; name: string; entries: SuggestedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {entries.map((e) => (
        <label class="check">
          <input type="checkbox" name={name} value={e.key} />
          <span>
            {e.name} <span class="muted small">{detailOf(e)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The places the reference names and the authorities its figures credit that the story's settings lack, each to
 * tick; the form adds the ticked ones to the settings (editors and admins). Nothing when nothing is left to add.
 */
export function SuggestionsBox({
  action,
  suggestions,
  viewer,
}: {
  action: string;
  suggestions: VocabularySuggestions | null;
  viewer: Viewer;
}) {
  if (!suggestions || (suggestions.places.length === 0 && suggestions.authorities.length === 0)) return null;
  return (
    <section class="panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggested from the reference</h2>
      <p class="muted">
        Places the reference names and authorities its figures credit that this story's settings do not hold yet. Tick
        those that belong to the story: they are added to its settings, and its articles are analysed again.
      </p>
      <form method="post" action={action} class="stack" id="suggestions-form">
        <CsrfField viewer={viewer} />
        <SuggestionChoices legend="Places" name="place" entries={suggestions.places} />
        <SuggestionChoices legend="Authorities" name="authority" entries={suggestions.authorities} />
        <button type="submit">Add the ticked ones to the settings</button>
      </form>
    </section>
  );
}
