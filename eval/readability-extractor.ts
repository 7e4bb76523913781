// Readability (Firefox Reader View's extractor) on linkedom's DOM: the reference system scored beside Parallax
// by `npm run eval -- text`. A devDependency only: the product never runs it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function extractWithReadability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}
