import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParsedFeedItem, parseFeed } from '../src/feeds/parse-feed.js';

/**
 * Odd but legal feeds written for the project (test/feed-corpus), each with every item it must yield
 * and the items it must skip. Variants: RSS 0.90, 0.91 with its DOCTYPE, 1.0 (RDF), 2.0 without a
 * version, Atom 0.3 and 1.0, links as GUID permalinks, rdf:about, Atom text links and ids, unreadable
 * dates, escaped and CDATA markup.
 */
interface Expected {
  format: 'rss' | 'atom';
  title: string;
  items: Partial<ParsedFeedItem>[];
  skipped?: { position: number; title: string }[];
}

const corpus: Record<string, Expected> = {
  'rss-090.xml': {
    format: 'rss',
    title: 'Netscape 0.90',
    items: [
      { url: 'https://ninety.example/1', title: 'Ninety one' },
      { url: 'https://ninety.example/2', title: 'Ninety two' },
    ],
  },
  'rss-091-doctype.xml': {
    format: 'rss',
    title: 'Harbour Gazette',
    items: [
      {
        url: 'https://harbour.example/ferry',
        title: 'Ferry timetable changes',
        summary: 'The winter timetable starts on Monday.',
      },
    ],
  },
  'rss-no-version.xml': {
    format: 'rss',
    title: 'Versionless',
    items: [{ url: 'https://versionless.example/1', publishedAt: '2024-11-05T09:00:00.000Z' }],
  },
  'rss-cdata-doctype-html.xml': {
    format: 'rss',
    title: 'Pasted pages',
    items: [{ url: 'https://pasted.example/budget', summary: 'The council approved the budget.' }],
  },
  'rss-guid-permalink.xml': {
    format: 'rss',
    title: 'Permalinks',
    items: [
      { url: 'https://permalink.example/only-guid', guid: 'https://permalink.example/only-guid' },
      { url: 'https://permalink.example/explicit' },
      { url: 'https://permalink.example/linked', guid: 'tag:permalink.example,2024:3' },
    ],
    skipped: [{ position: 4, title: 'GUID not a permalink, no link' }],
  },
  'rdf-about-only.xml': {
    format: 'rss',
    title: 'RDF outlet',
    items: [
      { url: 'https://rdf.example/a', title: 'Identified by rdf:about', publishedAt: '2024-11-04T08:30:00.000Z' },
      { url: 'https://rdf.example/b?from=rss', title: 'With a link too' },
    ],
  },
  'rss-escaped-text.xml': {
    format: 'rss',
    title: 'Escapes',
    items: [
      {
        url: 'https://escapes.example/troops',
        title: 'Troops < 10,000 or > 5,000 said',
        summary: 'Officials said fewer than 10,000 & more than 5,000.',
      },
      // Relative, as written: the poller resolves it against the feed's own address.
      { url: '/relative/item', title: 'AT&T & partners', summary: 'Body with a link.' },
    ],
  },
  'atom-03.xml': {
    format: 'atom',
    title: 'Atom 0.3',
    items: [{ url: 'https://atom03.example/entry', publishedAt: '2024-11-05T06:00:00.000Z' }],
  },
  'atom-text-link.xml': {
    format: 'atom',
    title: 'Text links',
    items: [{ url: 'https://textlink.example/story', guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a' }],
  },
  'atom-odd-entries.xml': {
    format: 'atom',
    title: 'Odd entries',
    items: [
      { url: 'https://odd.example/by-id', title: 'Link without attributes, id is its address' },
      { url: 'https://odd.example/bold', title: 'Bold headline & more', summary: 'Summary in XHTML.' },
      { url: 'https://odd.example/undated', title: 'Date nobody can read', publishedAt: null },
    ],
    skipped: [{ position: 3, title: 'Nothing to follow' }],
  },
};

describe('the feed corpus', () => {
  it.each(Object.entries(corpus))('%s yields its items', async (file, expected) => {
    const xml = readFileSync(new URL(`./feed-corpus/${file}`, import.meta.url), 'utf8');
    const feed = await parseFeed(xml);
    expect(feed.format).toBe(expected.format);
    expect(feed.title).toBe(expected.title);
    expect(feed.items).toHaveLength(expected.items.length);
    expected.items.forEach((item, i) => {
      expect(feed.items[i]).toMatchObject(item);
    });
    expect(feed.skipped.map(({ position, title }) => ({ position, title }))).toEqual(expected.skipped ?? []);
    for (const skipped of feed.skipped) expect(skipped.reason).toMatch(/^no link/);
  });
});
