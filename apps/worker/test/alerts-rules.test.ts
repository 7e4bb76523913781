import { describe, expect, it } from 'vitest';
import { channelsForStory, configuredChannels } from '../src/alerts/channels.js';
import { gapBucketOf, relativeGapOf } from '../src/alerts/dedupe-key.js';
import { escapeHtml } from '../src/alerts/email.js';
import { quietHoursDelayMs } from '../src/alerts/quiet-hours.js';
import { AlertRules, alertRulesOf, defaultAlertRules } from '../src/alerts/rules.js';
import { escapeSlackText } from '../src/alerts/slack.js';

describe('alert rules', () => {
  it('fills in defaults: immediate, silent baseline, every category and outlet', () => {
    const rules = defaultAlertRules();
    expect(rules).toMatchObject({
      enabled: true,
      minSeverity: 0.4,
      gapStep: 0.25,
      baseline: 'silent',
      delivery: { mode: 'immediate' },
      quietHours: null,
    });
    expect(rules.categories).toBeUndefined();
    expect(AlertRules.parse({ delivery: { mode: 'digest' } }).delivery).toEqual({ mode: 'digest', everyMinutes: 60 });
  });

  it('refuses bad settings with a path, and a story with bad settings falls back to the defaults', () => {
    const bad = AlertRules.safeParse({ categories: ['weather'], quietHours: { start: '25:00', end: '07:00' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['categories.0', 'quietHours.start']),
    );
    expect(alertRulesOf({ id: 'sty_1', settings: { alerts: { minSeverity: 3 } } })).toEqual(defaultAlertRules());
  });
});

describe('quiet hours', () => {
  const at = (iso: string) => new Date(iso);
  it('holds an alert until the hours end, across midnight and in a time zone', () => {
    const night = { start: '22:00', end: '07:00', timeZone: 'UTC' };
    expect(quietHoursDelayMs(night, at('2026-11-30T23:30:00Z'))).toBe(7.5 * 3_600_000);
    expect(quietHoursDelayMs(night, at('2026-11-30T06:59:00Z'))).toBe(60_000);
    expect(quietHoursDelayMs(night, at('2026-11-30T07:00:00Z'))).toBe(0);
    expect(quietHoursDelayMs(night, at('2026-11-30T12:00:00Z'))).toBe(0);
    // 22:30 in Seoul (UTC+9) is 13:30 UTC.
    expect(quietHoursDelayMs({ ...night, timeZone: 'Asia/Seoul' }, at('2026-11-30T13:30:00Z'))).toBe(8.5 * 3_600_000);
    expect(quietHoursDelayMs(null)).toBe(0);
  });
});

describe('gap buckets', () => {
  it('measures the gap symmetrically and buckets it by step', () => {
    expect(relativeGapOf(11_000, 15_000)).toBeCloseTo(4 / 15);
    expect(relativeGapOf(15_000, 11_000)).toBeCloseTo(4 / 15);
    expect(relativeGapOf(null, 15_000)).toBeNull();
    expect(gapBucketOf(0.25, 0.25)).toBe(1);
    expect(gapBucketOf(0.2499, 0.25)).toBe(0);
    expect(gapBucketOf(null, 0.25)).toBeNull();
  });
});

describe('channels', () => {
  const env = {
    ALERT_WEBHOOK_URL: 'https://hooks.example.org/parallax',
    ALERT_WEBHOOK_SECRET: 'a-secret-of-enough-length',
    ALERT_SLACK_WEBHOOK_URL: undefined,
    SMTP_URL: 'smtp://mail.example.org:25',
    ALERT_EMAIL_FROM: 'alerts@example.org',
    ALERT_EMAIL_TO: 'desk@example.org,  night@example.org',
  };
  it('configures what the environment names, and applies per-story overrides', () => {
    expect(configuredChannels(env)).toEqual([
      { name: 'webhook', url: env.ALERT_WEBHOOK_URL, secret: env.ALERT_WEBHOOK_SECRET },
      {
        name: 'email',
        smtpUrl: env.SMTP_URL,
        from: env.ALERT_EMAIL_FROM,
        to: ['desk@example.org', 'night@example.org'],
      },
    ]);
    const rules = AlertRules.parse({
      channels: {
        webhook: { enabled: false },
        slack: { url: 'https://slack.example.org/x' },
        email: { to: ['eu@example.org'] },
      },
    });
    expect(channelsForStory(env, rules)).toEqual([
      { name: 'slack', url: 'https://slack.example.org/x' },
      { name: 'email', smtpUrl: env.SMTP_URL, from: env.ALERT_EMAIL_FROM, to: ['eu@example.org'] },
    ]);
  });
});

describe('escaping', () => {
  it("escapes Slack's control characters and HTML", () => {
    expect(escapeSlackText('A&B <!channel> > C')).toBe('A&amp;B &lt;!channel&gt; &gt; C');
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
});
