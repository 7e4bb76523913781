import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommonEnv, ConfigError, EnvError, FeedUrl, loadConfigFile, parseEnv } from '@parallax/shared';
import { describe, expect, it } from 'vitest';

describe('parseEnv', () => {
  it('applies defaults', () => {
    const env = parseEnv(CommonEnv, {});
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.PARALLAX_DATA_DIR).toBe('data');
  });

  it('names each wrong variable and what it expects', () => {
    try {
      parseEnv(CommonEnv, { REDIS_URL: 'http://nope', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const msg = (err as Error).message;
      expect(msg).toMatch(/REDIS_URL: a redis:\/\/ or rediss:\/\/ URL/);
      expect(msg).toMatch(/LOG_LEVEL/);
      expect(msg).toMatch(/DATABASE_URL: a postgres:\/\/ URL or sqlite:<path>/);
    }
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv(CommonEnv, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

describe('config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-config-'));

  it('reads the reference file relative to the config', () => {
    writeFileSync(join(dir, 'ref.txt'), 'Around 11,000 soldiers.');
    writeFileSync(
      join(dir, 'ok.json'),
      JSON.stringify({
        stories: [{ slug: 'nk', title: 'NK', referenceFile: 'ref.txt' }],
        feeds: [{ url: 'https://example.org/rss', outlet: 'Example' }],
      }),
    );
    const config = loadConfigFile(join(dir, 'ok.json'));
    expect(config.stories[0]?.referenceText).toBe('Around 11,000 soldiers.');
    expect(config.feeds[0]?.pollIntervalSeconds).toBe(300);
    expect(config.fetch.allowPrivateHosts).toEqual([]);
  });

  it('refuses bad feeds with the path of the problem', () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({
        feeds: [
          { url: 'file:///etc/passwd', outlet: 'X' },
          { url: 'https://u:p@example.org/', outlet: 'Y' },
        ],
      }),
    );
    expect(() => loadConfigFile(join(dir, 'bad.json'))).toThrow(ConfigError);
    expect(() => loadConfigFile(join(dir, 'bad.json'))).toThrow(
      /feeds\.0\.url: http or https only[\s\S]*feeds\.1\.url: no user name/,
    );
  });

  it('refuses unknown keys with their path and the nearest known key', () => {
    writeFileSync(
      join(dir, 'unknown.json'),
      JSON.stringify({
        feed: [{ url: 'https://example.org/rss', outlet: 'Example' }],
        stories: [{ slug: 's', title: 'S', referenceText: 'x', settings: { widht: {} }, refrenceUrl: null }],
        feeds: [{ url: 'https://example.org/rss', outlet: 'Example', pollIntervalSecs: 60 }],
        fetch: { allowPrivateHost: [] },
      }),
    );
    const message = (() => {
      try {
        loadConfigFile(join(dir, 'unknown.json'));
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/ {2}- feed: unknown key; did you mean "feeds"\?/);
    expect(message).toMatch(/ {2}- stories\.0\.refrenceUrl: unknown key; did you mean "referenceUrl"\?/);
    expect(message).toMatch(/ {2}- stories\.0\.settings\.widht: unknown key; did you mean "widths"\?/);
    expect(message).toMatch(/ {2}- feeds\.0\.pollIntervalSecs: unknown key; did you mean "pollIntervalSeconds"\?/);
    expect(message).toMatch(/ {2}- fetch\.allowPrivateHost: unknown key; did you mean "allowPrivateHosts"\?/);
  });

  it('names the field of a URL WHATWG cannot parse and of a missing reference file', () => {
    writeFileSync(join(dir, 'url.json'), JSON.stringify({ feeds: [{ url: 'http://exa mple.org/rss', outlet: 'X' }] }));
    expect(() => loadConfigFile(join(dir, 'url.json'))).toThrow(/feeds\.0\.url: /);
    writeFileSync(
      join(dir, 'missing-ref.json'),
      JSON.stringify({ stories: [{ slug: 'm', title: 'M', referenceFile: 'nowhere.txt' }] }),
    );
    expect(() => loadConfigFile(join(dir, 'missing-ref.json'))).toThrow(
      /stories\.0\.referenceFile: cannot read .*nowhere\.txt: no such file/,
    );
  });

  it("checks a story's comparison widths", () => {
    writeFileSync(
      join(dir, 'widths.json'),
      JSON.stringify({
        stories: [{ slug: 'w', title: 'W', referenceText: 'x', settings: { widths: { approximate: -1 } } }],
      }),
    );
    expect(() => loadConfigFile(join(dir, 'widths.json'))).toThrow(/stories\.0\.settings\.widths\.approximate/);
    writeFileSync(
      join(dir, 'widths-ok.json'),
      JSON.stringify({
        stories: [{ slug: 'w', title: 'W', referenceText: 'x', settings: { widths: { approximate: 0.1 } } }],
      }),
    );
    expect(loadConfigFile(join(dir, 'widths-ok.json')).stories[0]?.settings).toEqual({ widths: { approximate: 0.1 } });
  });

  it("checks a story's places and authorities", () => {
    const story = (settings: unknown) =>
      JSON.stringify({ stories: [{ slug: 'v', title: 'V', referenceText: 'x', settings }] });
    writeFileSync(join(dir, 'places.json'), story({ places: [{ name: 'Kessin', aliases: [''], within: 'valdoria' }] }));
    expect(() => loadConfigFile(join(dir, 'places.json'))).toThrow(/stories\.0\.settings\.places\.0\.aliases\.0/);
    writeFileSync(join(dir, 'authorities.json'), story({ authorities: [{ name: 42, aliases: [] }] }));
    expect(() => loadConfigFile(join(dir, 'authorities.json'))).toThrow(/stories\.0\.settings\.authorities\.0\.name/);
    const ok = {
      places: [{ name: 'Kessin', aliases: ['Kessyn*'], within: 'valdoria' }],
      authorities: [{ name: "Valdoria's defence ministry", aliases: ['the MoD'] }],
    };
    writeFileSync(join(dir, 'vocabulary-ok.json'), story(ok));
    expect(loadConfigFile(join(dir, 'vocabulary-ok.json')).stories[0]?.settings).toEqual(ok);
  });

  it('accepts only http(s) feed URLs without credentials', () => {
    expect(FeedUrl.safeParse('https://example.org/rss.xml').success).toBe(true);
    expect(FeedUrl.safeParse('gopher://example.org/').success).toBe(false);
    expect(FeedUrl.safeParse(`https://example.org/${'a'.repeat(3000)}`).success).toBe(false);
  });
});
