// Made-up article pages for the text extraction tests: every sentence is written for the tests.
export const ARTICLE = [
  'The regional council voted on Tuesday to rebuild the old river bridge, ending a debate that lasted three years.',
  'Engineers had warned that the steel frame, installed in 1958, could no longer carry lorries safely, and the council closed it to heavy traffic last spring.',
  'The new bridge will cost about 42 million euros, of which the national government will pay roughly half, according to the council’s budget papers.',
  'Local shop owners, who said the closure had cut their trade by a third, welcomed the vote but asked for a faster timetable.',
  'Work is due to start in March and should take two years, the council said, with a temporary footbridge open during construction.',
];

export const NAV = `<nav><ul>${['Home', 'News', 'Sport', 'Culture', 'Weather']
  .map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`)
  .join('')}</ul></nav>`;

const FOOTER = '<footer><p>© 2024 The Riverside Courier. All rights reserved.</p></footer>';

/** A body with navigation, the article's paragraphs in a container, and a footer. */
export function furnishedBody(paragraphs: readonly string[], wrapArticle = (body: string) => body): string {
  const article = `<div class="story"><h1>Council backs new river bridge</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
  return `<header>${NAV}</header>${wrapArticle(article)}${FOOTER}`;
}

export function articlePage(paragraphs: readonly string[], wrapArticle?: (body: string) => string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs new river bridge</title></head><body>${furnishedBody(paragraphs, wrapArticle)}</body></html>`;
}
