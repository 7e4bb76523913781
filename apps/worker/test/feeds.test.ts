import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../src/feeds/canonical-url.js';
import { MAX_ITEMS_PER_FEED, parseFeed } from '../src/feeds/parse-feed.js';
import { nextPollDelayMs } from '../src/feeds/poll-interval.js';
import { storyTerms, triageItem } from '../src/triage/keyword-triage.js';
import { atomFeed, RELEVANT_SUMMARY, RELEVANT_TITLE, rssFeed, UNRELATED_TITLE } from './fixtures.js';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, lowercases the host and sorts what is left', () => {
    expect(canonicalUrl('https://News.Example.COM/a/b?utm_source=x&b=2&fbclid=1&a=1&gclid=z#section')).toBe(
      'https://news.example.com/a/b?a=1&b=2',
    );
    expect(canonicalUrl('https://example.com:443/x?utm_campaign=y')).toBe('https://example.com/x');
  });

  it('resolves relative links and refuses other schemes', () => {
    expect(canonicalUrl('/story/1', 'https://example.com/feed.xml')).toBe('https://example.com/story/1');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('parseFeed', () => {
  it('reads RSS 2.0 and Atom items newest first, with the RSS ttl', async () => {
    const items = [
      { title: 'Older', link: 'https://example.com/1', pubDate: new Date('2024-11-01T10:00:00Z') },
      { title: 'Newer', link: 'https://example.com/2', pubDate: new Date('2024-11-02T10:00:00Z') },
    ];
    const rss = await parseFeed(rssFeed(items, { ttl: 30 }));
    expect(rss.items.map((i) => i.title)).toEqual(['Newer', 'Older']);
    expect(rss.ttlMinutes).toBe(30);
    const atom = await parseFeed(atomFeed(items));
    expect(atom.items.map((i) => i.url)).toEqual(['https://example.com/2', 'https://example.com/1']);
  });

  it('keeps NUL bytes out of item identifiers', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>' +
      '<item><title>A</title><link>https://example.com/a\u0000b</link><guid>id\u00001</guid></item></channel></rss>';
    const [item] = (await parseFeed(rss)).items;
    expect(item).toMatchObject({ url: 'https://example.com/ab', guid: 'id1' });
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.com/"><title>RDF outlet</title><link>https://example.com/</link></channel>
<item rdf:about="https://example.com/r1"><title>One</title><link>https://example.com/r1</link></item></rdf:RDF>`;
    expect((await parseFeed(rdf)).items.map((i) => i.url)).toEqual(['https://example.com/r1']);
  });

  it('keeps the newest 500 items', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      title: `Item ${i}`,
      link: `https://example.com/${i}`,
      pubDate: new Date(Date.UTC(2024, 0, 1, 0, i)),
    }));
    const parsed = await parseFeed(rssFeed(many));
    expect(parsed.items).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(parsed.items[0]?.title).toBe('Item 599');
  });

  it('refuses DOCTYPE and ENTITY declarations (billion laughs, XXE)', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>';
    await expect(parseFeed(xxe)).rejects.toThrow(/ENTITY/);
  });

  it('reads the shapes that once froze a worker in one pass each', async () => {
    // 40 empty comments before the root element: the HTML check was a regex exponential in them.
    const comments = `${'<!---->'.repeat(40)}<rss><channel><item><link>https://example.com/c</link></item></channel></rss>`;
    expect((await parseFeed(comments)).items.map((i) => i.url)).toEqual(['https://example.com/c']);
    // 160,000 escaped "<" with no ">": the tag-stripping regexes were quadratic in them.
    const lt = rssFeed([{ title: 'Troops < 10,000', link: 'https://example.com/lt', summary: '<'.repeat(160_000) }]);
    const [item] = (await parseFeed(lt)).items;
    expect(item?.title).toBe('Troops < 10,000');
    expect(item?.summary).toHaveLength(4_000);
  });

  it('calls an HTML page not a feed', async () => {
    await expect(parseFeed('<html><body>hello</body></html>')).rejects.toMatchObject({ kind: 'not_a_feed' });
  });
});

describe('nextPollDelayMs', () => {
  const now = Date.parse('2024-11-02T12:00:00Z');
  const hourly = Array.from({ length: 10 }, (_, i) => new Date(now - i * 3_600_000).toISOString());

  it('slows down for a feed that publishes rarely, within bounds', () => {
    expect(nextPollDelayMs({ configuredSeconds: 300, itemDates: hourly, now })).toBe(900_000);
    const daily = hourly.map((_, i) => new Date(now - i * 86_400_000).toISOString());
    expect(nextPollDelayMs({ configuredSeconds: 300, itemDates: daily, now })).toBe(3_600_000);
    expect(nextPollDelayMs({ configuredSeconds: 300, itemDates: [], now })).toBe(300_000);
  });

  it('never polls before max-age, Expires, ttl or Retry-After say', () => {
    const base = { configuredSeconds: 60, itemDates: [], now };
    expect(nextPollDelayMs({ ...base, headers: { 'cache-control': 'public, max-age=600' } })).toBe(600_000);
    expect(nextPollDelayMs({ ...base, headers: { expires: new Date(now + 1_200_000).toUTCString() } })).toBe(1_200_000);
    expect(nextPollDelayMs({ ...base, ttlMinutes: 30 })).toBe(1_800_000);
    expect(nextPollDelayMs({ ...base, retryAfterMs: 90_000 })).toBe(90_000);
    expect(nextPollDelayMs({ ...base, headers: { 'cache-control': 'max-age=99999999' } })).toBe(86_400_000);
  });
});

describe('keyword triage', () => {
  const terms = storyTerms({
    id: 'sty_1',
    title: 'North Korean troops deployed to Kursk',
    referenceText:
      'North Korean soldiers deployed to Kursk. The NIS said North Korean soldiers finished training in Russia. Munitions shipments to Russia continue. Kursk fighting continues; soldiers and munitions.',
    settings: {},
  });

  it('picks items about the story and passes over others with a reason', () => {
    expect(triageItem(terms, RELEVANT_TITLE, RELEVANT_SUMMARY).candidate).toBe(true);
    const skipped = triageItem(terms, UNRELATED_TITLE, 'Six branches will stay open later.');
    expect(skipped.candidate).toBe(false);
    expect(skipped.reason).toMatch(/no story terms|too few/);
  });
});

/** The first story's places and authorities: the settings file the demo ships with it. */
const FIRST_STORY_SETTINGS = JSON.parse(
  readFileSync(new URL('../../../infra/demo/content/reference/story-settings.json', import.meta.url), 'utf8'),
);

describe('keyword triage in the other languages', () => {
  const terms = storyTerms({
    id: 'sty_1',
    title: 'North Korean troops and weapons sent to Russia',
    referenceText:
      "South Korea's spy agency says about 11,000 North Korean soldiers are fighting in Russia's Kursk region. Ukraine says the number could rise.",
    settings: FIRST_STORY_SETTINGS,
  });

  it.each([
    ['es', 'Más de 20.000 soldados norcoreanos luchan ya junto a Rusia', 'La implicación de Pyongyang se dispara.'],
    ['de', 'Südkoreas Geheimdienst: 11.000 Soldaten aus Nordkorea an der Front in Kursk', null],
    ['fr', 'Près de 11 000 soldats nord-coréens engagés dans la région de Koursk', null],
    ['id', 'Intelijen Korsel: 11.000 tentara Korea Utara di Kursk', null],
    ['it', 'Seul e il dilemma delle armi a Kiev', 'Gli aiuti da 0,4 miliardi di dollari della Corea del Sud.'],
  ])('fetches an item in %s that names two of the story’s places or peoples', (_lang, title, summary) => {
    expect(triageItem(terms, title, summary).candidate).toBe(true);
  });

  it.each([
    ['El club cierra un acuerdo de 400 millones para reformar su estadio', 'El aforo llegará a 55.000 espectadores.'],
    ["Nuovo stadio, firmato l'accordo da 400 milioni di dollari con il fondo americano", null],
    ['Warnstreik: 15.000 Beschäftigte der Metallindustrie legen die Arbeit nieder', null],
  ])('passes over an item about something else with the same numbers: %s', (title, summary) => {
    expect(triageItem(terms, title, summary).candidate).toBe(false);
  });

  it('counts the places a story adds in its settings', () => {
    const valdoria = storyTerms({
      id: 'sty_2',
      title: 'Valdorian troops in Port Arvel',
      referenceText: 'The ministry says 1,200 Valdorian troops are in Port Arvel.',
      settings: {
        places: [
          { name: 'Valdoria', aliases: ['Valdorie'] },
          { name: 'Port Arvel', within: 'Valdoria' },
        ],
      },
    });
    expect(triageItem(valdoria, 'La Valdorie renforce Port Arvel', null).candidate).toBe(true);
  });
});

describe('triage terms per story', () => {
  it('are worked out again when the story’s settings change, and reused while they do not', () => {
    const story = {
      id: 'sty_cache',
      title: 'Troops in Port Arvel',
      referenceText: 'The ministry says 1,200 troops are in Port Arvel and Kessin.',
      settings: {} as Record<string, unknown>,
    };
    const first = storyTerms(story);
    expect(storyTerms({ ...story })).toBe(first);
    expect(triageItem(first, 'Porto Arvel e Kessino', null).candidate).toBe(false);
    const places = [
      { name: 'Port Arvel', aliases: ['Porto Arvel'] },
      { name: 'Kessin', aliases: ['Kessino'] },
    ];
    const withPlaces = storyTerms({ ...story, settings: { places } });
    expect(withPlaces).not.toBe(first);
    expect(triageItem(withPlaces, 'Porto Arvel e Kessino', null).candidate).toBe(true);
  });
});
