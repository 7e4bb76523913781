/** Feeds and article pages written for the tests; every sentence here is our own. */

export interface FeedItemFixture {
  title: string;
  link: string;
  guid?: string;
  summary?: string;
  pubDate?: Date;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(
  items: FeedItemFixture[],
  options: { title?: string; ttl?: number; encoding?: string } = {},
): string {
  const head = options.encoding ? `<?xml version="1.0" encoding="${options.encoding}"?>` : '<?xml version="1.0"?>';
  return `${head}
<rss version="2.0"><channel><title>${esc(options.title ?? 'Test outlet')}</title><link>http://outlet.test/</link>
${options.ttl ? `<ttl>${options.ttl}</ttl>` : ''}
${items
  .map(
    (i, n) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.guid ?? i.link)}</guid>
<description>${esc(i.summary ?? '')}</description><pubDate>${(i.pubDate ?? new Date(Date.UTC(2024, 10, 1, 12, n))).toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atomFeed(items: FeedItemFixture[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom outlet</title><id>urn:test:atom</id><updated>2024-11-01T12:00:00Z</updated>
${items
  .map(
    (i, n) => `<entry><title>${esc(i.title)}</title><link href="${esc(i.link)}"/><id>${esc(i.guid ?? i.link)}</id>
<updated>${(i.pubDate ?? new Date(Date.UTC(2024, 10, 1, 12, n))).toISOString()}</updated><summary>${esc(i.summary ?? '')}</summary></entry>`,
  )
  .join('\n')}
</feed>`;
}

/** A news article about the story whose troop figure the test chooses. */
export function storyArticleText(troops: string): string[] {
  return [
    `South Korea's National Intelligence Service told lawmakers on Wednesday that ${troops} North Korean soldiers have been deployed to Russia's Kursk region after finishing acclimation training in the country's far east.`,
    'According to the intelligence briefing, some of the North Korean troops have already taken part in combat alongside Russian marines and airborne units, and they have been trained in drone countermeasures.',
    "The agency said Pyongyang has also shipped thousands of containers of munitions to Russia, along with howitzers and multiple rocket launchers, deepening its support for Moscow's war in Ukraine.",
    "Ukraine's ambassador in Seoul has warned that the number of North Korean soldiers sent to fight could rise to 15,000, and officials in Seoul fear that Russia may pay for the help with military technology.",
    'Analysts in Seoul said the deployment marks a new stage in the military partnership between Moscow and Pyongyang, which signed a mutual defence treaty earlier this year, and that it could reshape security on the Korean Peninsula for years.',
    'The briefing also covered the recent visit to Russia of North Korean foreign minister Choe Son Hui, who the agency said discussed sensitive matters with President Vladimir Putin.',
  ];
}

export const unrelatedArticleText = [
  'The city council approved a new budget for public libraries on Tuesday, adding evening opening hours at six branches and funding for a mobile library van that will visit outlying villages twice a week.',
  'Council members said the plan responds to a survey in which residents asked for more study space for students and better access to computers, and the library service will hire twelve new staff over the coming months.',
  'The changes take effect in January, and the council will review visitor numbers after one year to decide whether the extended hours should become permanent across the whole network of branches.',
];

export function articlePage(title: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer>Test outlet</footer></body></html>`;
}

export const RELEVANT_TITLE = 'North Korean soldiers deployed to Kursk front, South Korean intelligence says';
export const RELEVANT_SUMMARY =
  "Seoul's spy agency says thousands of North Korean troops are fighting for Russia in Kursk and munitions shipments continue.";
export const UNRELATED_TITLE = 'City council extends library opening hours';
