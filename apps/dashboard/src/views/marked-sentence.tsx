/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Figure } from '@parallax/shared';

/** Where a figure's text stands in its sentence: at its own offsets if they point at it, else its first occurrence. */
function figureSpan(figure: Figure): [number, number] | null {
  const { sentence, text, start, end } = figure;
  if (sentence.slice(start, end) === text) return [start, end];
  const at = sentence.indexOf(text);
  return at >= 0 ? [at, at + text.length] : null;
}

/** A figure's sentence with the figure marked; all of it outside text, escaped by JSX. */
export function MarkedSentence({ figure }: { figure: Figure }) {
  const span = figureSpan(figure);
  if (!span) return <>{figure.sentence}</>;
  const [from, to] = span;
  return (
    <>
      {figure.sentence.slice(0, from)}
      <mark class="figure">{figure.sentence.slice(from, to)}</mark>
      {figure.sentence.slice(to)}
    </>
  );
}
