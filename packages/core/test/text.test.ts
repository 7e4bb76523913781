import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/text/index.js';

// Hand-written pages; every sentence here is made up for the tests.
const PROSE = [
  'The regional council voted on Tuesday to rebuild the old river bridge, ending a debate that lasted three years.',
  'Engineers had warned that the steel frame, installed in 1958, could no longer carry lorries safely, and the council closed it to heavy traffic last spring.',
  'The new bridge will cost about 42 million euros, of which the national government will pay roughly half, according to the council’s budget papers.',
  'Local shop owners, who said the closure had cut their trade by a third, welcomed the vote but asked for a faster timetable.',
  'Work is due to start in March and should take two years, the council said, with a temporary footbridge open during construction.',
];

function page(head: string, body: string, htmlAttrs = 'lang="en-GB"'): string {
  return `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const CLUTTERED_BODY = `
  <div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your preferences.</p><button>Accept</button></div>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <div class="layout">
    <main>
      <article>
        <h1>Council backs new river bridge</h1>
        <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge seen from the east bank in 2019.</figcaption></figure>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        ${PROSE.slice(0, 3)
          .map((p) => `<p>${p}</p>`)
          .join('\n')}
        <div class="ad-slot"><p>Advertisement: Buy 2, get 1 free, only 9.99 this week!</p></div>
        ${PROSE.slice(3)
          .map((p) => `<p>${p}</p>`)
          .join('\n')}
      </article>
      <section class="related-stories"><h2>Related</h2><ul>
        <li><a href="/a">Ferry fares to rise by 12% next year</a></li>
        <li><a href="/b">Mayor opens 3 new cycle lanes</a></li>
      </ul></section>
    </main>
    <div class="trending-now"><h3>Trending</h3><ol>
      <li><a href="/t1">Top 10: 50,000 fans attend the harbour concert</a></li>
      <li><a href="/t2">7 ways to save 1,200 euros on heating</a></li>
      <li><a href="/t3">Storm leaves 3,400 homes without power</a></li>
    </ol></div>
  </div>
  <footer><p>© 2024 The Riverside Courier. All rights reserved.</p></footer>`;

describe('extractArticle', () => {
  it('keeps only the article paragraphs of a cluttered page', () => {
    const article = extractArticle(page('<title>Council backs new river bridge</title>', CLUTTERED_BODY));
    expect(article.method).toBe('dom');
    expect(article.status).toBe('ok');
    expect(article.text.split('\n')).toEqual(PROSE);
    expect(article.title).toBe('Council backs new river bridge');
  });

  it('does not leak a trending list full of numbers into the text', () => {
    const article = extractArticle(page('', CLUTTERED_BODY));
    expect(article.text).not.toContain('50,000');
    expect(article.text).not.toContain('Top 10');
    expect(article.text).not.toContain('3,400');
    expect(article.text).not.toContain('Advertisement');
    expect(article.text).not.toContain('cookies');
    expect(article.text).not.toContain('east bank');
  });

  it('drops a trending list even when its class says nothing, because it is all links', () => {
    const body = `<div><div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>
      <div><ul><li><a href="/t1">Top 10: 50,000 fans attend the harbour concert</a></li>
      <li><a href="/t2">Storm leaves 3,400 homes without power</a></li></ul></div></div>`;
    const article = extractArticle(page('', body));
    expect(article.text).not.toContain('50,000');
    expect(article.text).toContain('42 million euros');
  });

  it('prefers a complete JSON-LD articleBody and reads its metadata', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council backs new river bridge',
      articleBody: PROSE.join('\n\n'),
      author: [{ '@type': 'Person', name: 'Ana Ortiz' }],
      datePublished: '2024-05-14T09:30:00+02:00',
      dateModified: '2024-05-14T11:00:00+02:00',
      inLanguage: 'en-GB',
    };
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article><p>${PROSE[0]}</p><p>${PROSE[1]}</p></article>`,
      '',
    );
    const article = extractArticle(html);
    expect(article.method).toBe('json-ld');
    expect(article.text.split('\n')).toEqual(PROSE);
    expect(article.title).toBe('Council backs new river bridge');
    expect(article.byline).toBe('Ana Ortiz');
    expect(article.publishedAt).toBe('2024-05-14T07:30:00.000Z');
    expect(article.modifiedAt).toBe('2024-05-14T09:00:00.000Z');
    expect(article.language).toBe('en');
    expect(article.wordCount).toBeGreaterThan(100);
  });

  it('falls back to the DOM when the JSON-LD body is a truncated teaser', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Bridge', articleBody: `${PROSE.slice(0, 2).join(' ')}...` };
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const article = extractArticle(html);
    expect(article.method).toBe('dom');
    expect(article.text.split('\n')).toEqual(PROSE);
  });

  it('reads language, dates and canonical URL from meta tags', () => {
    const head = `<meta property="og:locale" content="de_DE">
      <meta property="article:published_time" content="2024-03-01T08:00:00Z">
      <meta property="article:modified_time" content="2024-03-02T10:15:00Z">
      <meta name="author" content="Jonas Weber">
      <link rel="canonical" href="/politik/brücke-123">`;
    const article = extractArticle(page(head, `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`, ''), {
      url: 'https://zeitung.example/politik/brücke-123?utm_source=x',
    });
    expect(article.language).toBe('de');
    expect(article.publishedAt).toBe('2024-03-01T08:00:00.000Z');
    expect(article.modifiedAt).toBe('2024-03-02T10:15:00.000Z');
    expect(article.byline).toBe('Jonas Weber');
    expect(article.canonicalUrl).toBe('https://zeitung.example/politik/br%C3%BCcke-123');
  });

  it('marks a paywalled page thin with a reason', () => {
    const body = `<article><h1>Council backs new river bridge</h1><p>${PROSE[0]}</p>
      <div class="wall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div></article>`;
    const article = extractArticle(page('<meta property="og:type" content="article">', body));
    expect(article.status).toBe('thin');
    expect(article.reason).toMatch(/paywall/);
  });

  it('marks a consent wall thin with a reason', () => {
    const body = `<div class="wrapper"><div><p>We and our partners use cookies to store and access information on your device.</p>
      <p>Please accept all cookies or manage your preferences to continue to the site.</p></div></div>`;
    const article = extractArticle(page('', body));
    expect(article.status).toBe('thin');
    expect(article.reason).toMatch(/consent/);
  });

  it('marks an index page of headlines thin', () => {
    const items = Array.from(
      { length: 30 },
      (
        _,
        i,
      ) => `<div class="item"><h3><a href="/s${i}">Headline number ${i} about the regional economy and the budget</a></h3>
        <span>2 hours ago</span></div>`,
    ).join('');
    const article = extractArticle(
      page('<meta property="og:type" content="website">', `<div class="list">${items}</div>`),
    );
    expect(article.status).toBe('thin');
    expect(article.reason).toMatch(/index page|too little/);
  });

  it('fails cleanly on an empty page', () => {
    const article = extractArticle('');
    expect(article.status).toBe('failed');
    expect(article.text).toBe('');
    expect(article.wordCount).toBe(0);
  });

  it('keeps headings, prose lists and quotations inside the body', () => {
    const body = `<article>${PROSE.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}
      <h2>What happens next</h2>
      <ul><li>The design contract will be tendered in January, with bids due within six weeks.</li>
      <li>Residents can comment on the plans at two public meetings in February.</li></ul>
      <blockquote><p>We have waited long enough for this bridge, and now it finally happens.</p></blockquote>
      ${PROSE.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`;
    const lines = extractArticle(page('', body)).text.split('\n');
    expect(lines).toContain('What happens next');
    expect(lines).toContain('Residents can comment on the plans at two public meetings in February.');
    expect(lines).toContain('We have waited long enough for this bridge, and now it finally happens.');
  });
  it('reads prose written as text broken by <br> inside a div', () => {
    const body = `<div class="post"><div class="post-body">${PROSE.join('<br><br>')}
      <div class="separator"><a href="/photo.jpg"><img src="/photo.jpg"></a></div></div></div>`;
    expect(extractArticle(page('', body)).text.split('\n')).toEqual(PROSE);
  });

  it('keeps one copy of an article whose paragraphs the page writes twice, and a paragraph the author repeats', () => {
    const story = PROSE.slice(1);
    const copy = story.map((p) => `<p>${p}</p>`).join('');
    const twice = extractArticle(page('', `<article>${copy}<div class="print-version">${copy}</div></article>`));
    expect(twice.text.split('\n')).toEqual(story);
    const recurring = [story[0]!, story[1]!, story[0]!, story[2]!];
    const once = extractArticle(page('', `<article>${recurring.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(once.text.split('\n')).toEqual(recurring);
  });

  it("keeps a post's continuation written as a text-only <div> beside its body, but not a date line there", () => {
    const body = `<div class="entry"><div class="entry-body">${PROSE.slice(0, 4)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div><div class="entry-more">${PROSE[4]}</div>
      <div class="entry-date">Posted by the newsroom on 4 March 2024 at 10:12 in Transport</div></div>`;
    expect(extractArticle(page('', body)).text.split('\n')).toEqual(PROSE);
  });

  it('keeps a data table one row a line, and addresses the author spelled out as links', () => {
    const body = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <table><tr><th>Option</th><th>Cost (million euros)</th></tr>
      <tr><td>Repair</td><td>18</td></tr><tr><td>New bridge</td><td>42</td></tr></table>
      <p><a href="https://council.example/budget-2024">https://council.example/budget-2024</a></p></article>`;
    const lines = extractArticle(page('', body)).text.split('\n');
    expect(lines).toContain('New bridge 42');
    expect(lines).toContain('https://council.example/budget-2024');
  });

  it('leaves out a hover card of links tucked inside a paragraph', () => {
    const card = `<span class="person"><a href="/p/ortiz">Ana Ortiz</a><span class="pc-inner">
      <a href="/a1">Ortiz wins 2nd term with 61% of the vote</a> <a href="/a2">Council budget rises 4%</a>
      <a href="/a3">Ortiz names 5 new deputies</a></span></span>`;
    const body = `<article><p>The council leader ${card} said the vote was long overdue.</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const article = extractArticle(page('', body));
    expect(article.text.split('\n')[0]).toBe('The council leader Ana Ortiz said the vote was long overdue.');
    expect(article.text).not.toContain('61%');
  });
  it('leaves out the post-metadata line a blog theme writes under the post', () => {
    const meta = `<p class="postmetadata alt"><small>This entry was posted on Tuesday, 5 March 2024 and is filed under
      <a href="/c/transport">Transport</a>. You can follow any responses to this entry through the feed.</small></p>`;
    const body = `<div class="post"><div class="entry">${PROSE.map((p) => `<p>${p}</p>`).join('')}${meta}</div></div>`;
    expect(extractArticle(page('', body)).text.split('\n')).toEqual(PROSE);
  });

  it('takes a short post over a sidebar module whose content name holds only a line of text', () => {
    const first = 'We love these paper leaves cut with a hole punch and kept for autumn craft projects!';
    const second = 'The full instructions are on the maker’s site, with a list of what you need.';
    const post = [first, second];
    const module = `<div id="alpha"><div class="module-gallery module"><div class="module-content"><ul><li>
      <div class="item-description"><center>Click a photo in the gallery to read how it was made. Enjoy!</center></div>
      </li></ul></div></div></div>`;
    const entry = `<div id="beta"><div class="entry"><h3>Punched paper leaves</h3><div class="entry-content">
      <div class="entry-body"><div><p>${first}</p><p>${second.replace('the maker’s site', '<a href="/howto">the maker’s site</a>')}</p></div></div></div></div></div>`;
    expect(extractArticle(page('<title>Punched paper leaves</title>', `${module}${entry}`)).text.split('\n')).toEqual(
      post,
    );
  });

  it('keeps the standfirst written as a subheading before the body, past the byline and share bar between', () => {
    const dek = 'The vote ends three years of debate over a crossing that lorries can no longer use';
    const body = `<div class="wrap"><h1>Council backs new river bridge</h1><h2>${dek}</h2>
      <div class="byline">By the transport desk</div>
      <div class="tools"><a href="/print">Print</a> <a href="/mail">Email</a> <a href="/share">Share</a></div>
      <div>${PROSE[0]}<br>${PROSE.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></div>
      <div class="aside-list"><h2>More from the council</h2><ul><li><a href="/x">Parking fees to rise in May</a></li></ul></div>`;
    expect(extractArticle(page('', body)).text.split('\n')).toEqual([dek, ...PROSE]);
  });

  it('keeps a sentence whose long linked title is most of it, but not a line that is all link', () => {
    const cited =
      'The study, <a href="/report">Options for replacing the old river crossing between 2024 and 2030</a>, is online.';
    const body = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>${cited}</p>
      <p><a href="/more">Read more: ferry fares to rise by 12% next year</a></p></article>`;
    expect(extractArticle(page('', body)).text.split('\n')).toEqual([
      ...PROSE,
      'The study, Options for replacing the old river crossing between 2024 and 2030, is online.',
    ]);
  });

  it('marks a live blog thin', () => {
    const ld = { '@type': 'LiveBlogPosting', headline: 'Bridge vote: live updates', articleBody: PROSE.join('\n') };
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const article = extractArticle(html);
    expect(article.status).toBe('thin');
    expect(article.reason).toMatch(/live blog/);
  });

  it('survives a page nested thousands of tags deep', () => {
    const html = page('', `${'<div>'.repeat(5000)}${PROSE.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}`);
    expect(extractArticle(html).text.split('\n')).toEqual(PROSE);
  });
});
