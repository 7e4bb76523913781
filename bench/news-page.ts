// An article's web page as a news outlet serves it, for benchmarks that must compare a cost with parsing
// "the same page". A real page is mostly not the article: a head of meta tags, inline CSS, consent and
// ad configuration, JSON-LD, a hydration payload that repeats the article; a header with a mega-menu,
// a cookie banner listing ad vendors, share buttons with inline SVG, ad slots and "read more" boxes
// between paragraphs, trending and related rails with responsive images, a footer of link columns, and
// scripts. The article adds its paragraphs three times (body, JSON-LD articleBody, hydration state), so
// pages grow with it; a 1,500-word article's page comes to about 250 KB, as on large news sites.

/** Deterministic pseudo-random numbers, so every run builds the same pages. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SECTIONS = [
  'World',
  'Politics',
  'Business',
  'Markets',
  'Technology',
  'Science',
  'Climate',
  'Health',
  'Sport',
  'Culture',
  'Opinion',
  'Travel',
];
const SUBSECTIONS = ['Europe', 'Asia', 'Americas', 'Africa', 'Middle East', 'Analysis', 'Explainers', 'Live'];
const SUBJECTS = [
  'Port workers',
  'The central bank',
  'Regional councils',
  'A coastal town',
  'Grain exporters',
  'The rail operator',
  'Hospital staff',
  'Wind farm developers',
  'The transport ministry',
  'Small retailers',
  'Two rival clubs',
  'The city museum',
];
const EVENTS = [
  'brace for a third week of delays',
  'raise forecasts after a strong quarter',
  'vote on a disputed budget',
  'count the cost of spring floods',
  'unveil plans for new housing',
  'face questions over missing records',
  'sign a long-delayed trade accord',
  'report record visitor numbers',
  'cut hours as energy bills climb',
  'announce a shake-up of the board',
];

/** A headline of the kind that fills rails around an article: other news, with numbers of its own. */
function headline(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const number = Math.floor(random() * 900 + 12);
  return `${pick(SUBJECTS)} ${pick(EVENTS)} as ${number} ${pick(['jobs', 'sites', 'flights', 'homes', 'firms'])} wait`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A responsive image as outlets mark it up: several widths, two formats, lazy loading. */
function picture(path: string, alt: string): string {
  const widths = [240, 480, 640, 800, 1024, 1536];
  const sources = ['avif', 'webp']
    .map(
      (format) =>
        `<source type="image/${format}" srcset="${widths.map((w) => `https://img.example-news.test/${w}/${path}.${format} ${w}w`).join(', ')}" sizes="(min-width: 1024px) 640px, 100vw">`,
    )
    .join('');
  return `<picture>${sources}<img src="https://img.example-news.test/640/${path}.jpg" alt="${escapeHtml(alt)}" width="640" height="360" loading="lazy" decoding="async"></picture>`;
}

/** An icon drawn inline, as share buttons and logos are: a long path per icon. */
function icon(name: string, random: () => number): string {
  const points = Array.from({ length: 40 }, () => `${(random() * 24).toFixed(2)} ${(random() * 24).toFixed(2)}`);
  return `<svg class="icon icon-${name}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M${points.join(' L')} Z"></path></svg>`;
}

/** A card in a rail of other stories: image, section label, headline, standfirst, time. */
function card(random: () => number, index: number): string {
  const title = headline(random);
  const section = SECTIONS[index % SECTIONS.length]!;
  const href = `/${slug(section)}/2024/nov/${10 + (index % 18)}/${slug(title)}`;
  return `<li class="card card--${index % 3 === 0 ? 'wide' : 'standard'}" data-component="story-card" data-link-name="card-${index}"><a class="card__link" href="${href}">${picture(`${slug(section)}/${index}`, title)}<span class="card__kicker">${section}</span><h3 class="card__headline">${escapeHtml(title)}</h3><p class="card__standfirst">${escapeHtml(headline(random))}.</p></a><time class="card__time" datetime="2024-11-${10 + (index % 18)}T0${index % 10}:15:00Z">${1 + (index % 23)}h ago</time></li>`;
}

function rail(title: string, random: () => number, cards: number, offset: number): string {
  const items = Array.from({ length: cards }, (_, i) => card(random, offset + i)).join('\n');
  return `<section class="rail" aria-labelledby="rail-${offset}"><h2 id="rail-${offset}" class="rail__title">${title}</h2><ul class="rail__list">\n${items}\n</ul></section>`;
}

function adSlot(index: number): string {
  return `<div class="ad-slot ad-slot--inline" id="ad-inline-${index}" data-ad-unit="/1234/news/world/article/inline${index}" data-ad-sizes="[[300,250],[728,90],[970,250]]" data-lazy="true" aria-hidden="true"><span class="ad-slot__label">Advertisement</span><div class="ad-slot__frame"><iframe title="Advertisement" src="about:blank" width="300" height="250" loading="lazy"></iframe></div><script>window.adQueue=window.adQueue||[];adQueue.push({slot:"ad-inline-${index}",refresh:30,viewability:0.5});</script></div>`;
}

/** Inline critical CSS: hundreds of rules, as page builders emit them. */
function criticalCss(random: () => number): string {
  const rules: string[] = [];
  const blocks = [
    'card',
    'rail',
    'nav',
    'header',
    'footer',
    'article',
    'ad-slot',
    'share',
    'consent',
    'menu',
    'byline',
  ];
  for (let i = 0; i < 420; i++) {
    const block = blocks[i % blocks.length]!;
    rules.push(
      `.${block}__e${i}{display:${random() < 0.5 ? 'flex' : 'grid'};margin:${Math.floor(random() * 32)}px ${Math.floor(random() * 24)}px;padding:${Math.floor(random() * 16)}px;color:#${Math.floor(
        random() * 0xffffff,
      )
        .toString(16)
        .padStart(6, '0')};font-size:${(0.75 + random()).toFixed(3)}rem}`,
    );
  }
  return rules.join('');
}

/** Minified-looking application code: what a page's inline bootstrap scripts weigh. */
function inlineScript(random: () => number, functions: number): string {
  const out: string[] = [];
  for (let i = 0; i < functions; i++) {
    const v = Math.floor(random() * 1e6).toString(36);
    out.push(
      `function f${v}(e,t){var n=e&&e.dataset?e.dataset.linkName:"${v}";if(!t||t.length<${i % 7})return null;for(var r=0;r<t.length;r++){if(t[r].id==="${v}")return t[r]}window.dataLayer.push({event:"component_view",name:n,index:${i}});return n}`,
    );
  }
  return out.join(';');
}

const CONSENT_PURPOSES = [
  'Store and/or access information on a device',
  'Use limited data to select advertising',
  'Create profiles for personalised advertising',
  'Measure advertising performance',
  'Measure content performance',
  'Understand audiences through statistics',
  'Develop and improve services',
];

function consentBanner(random: () => number): string {
  const vendors = Array.from(
    { length: 60 },
    (_, i) =>
      `<li class="consent__vendor"><label><input type="checkbox" name="vendor-${i}" checked> Vendor ${Math.floor(random() * 9000 + 1000)} Media Ltd</label><a href="https://vendor${i}.example.test/privacy">Privacy policy</a></li>`,
  ).join('');
  const purposes = CONSENT_PURPOSES.map(
    (p, i) =>
      `<li class="consent__purpose"><label><input type="checkbox" name="purpose-${i}"> ${p}</label><button type="button" class="consent__more">Learn more</button></li>`,
  ).join('');
  return `<div class="consent" role="dialog" aria-modal="true" aria-labelledby="consent-title"><h2 id="consent-title">We value your privacy</h2><p>We and our partners store and access information on your device, such as cookies, and process personal data to show you relevant advertising and to measure how our journalism is read. You can accept, reject or change your choices at any time from the privacy settings link at the foot of every page.</p><ul class="consent__purposes">${purposes}</ul><details><summary>Our partners</summary><ul class="consent__vendors">${vendors}</ul></details><div class="consent__actions"><button type="button" data-consent="reject">Reject all</button><button type="button" data-consent="settings">Manage choices</button><button type="button" data-consent="accept">Accept all</button></div></div>`;
}

function siteHeader(random: () => number): string {
  const primary = SECTIONS.map(
    (s) =>
      `<li class="nav__item"><a class="nav__link" href="/${slug(s)}" data-link-name="nav : primary : ${s}">${s}</a></li>`,
  ).join('');
  const mega = SECTIONS.map(
    (s) =>
      `<li class="menu__column"><h3 class="menu__heading">${s}</h3><ul>${SUBSECTIONS.map((sub) => `<li><a class="menu__link" href="/${slug(s)}/${slug(sub)}" data-link-name="nav : secondary : ${sub}">${sub}</a></li>`).join('')}</ul></li>`,
  ).join('');
  const ticker = Array.from(
    { length: 6 },
    (_, i) =>
      `<li><a href="/live/${i}"><span class="ticker__label">Live</span> ${escapeHtml(headline(random))}</a></li>`,
  ).join('');
  return `<a class="skip-link" href="#maincontent">Skip to main content</a>
<header class="header" data-component="header"><div class="header__top"><a class="header__logo" href="/" aria-label="The Daily Example, home">${icon('logo', random)}</a><ul class="header__utilities"><li><a href="/search">${icon('search', random)} Search</a></li><li><a href="/subscribe" class="header__cta">Subscribe</a></li><li><a href="/signin">Sign in</a></li><li><a href="/newsletters">Newsletters</a></li><li><a href="/podcasts">Podcasts</a></li></ul></div>
<nav class="nav" aria-label="Sections"><ul class="nav__list">${primary}</ul><button type="button" class="nav__menu-toggle" aria-expanded="false">${icon('menu', random)} All sections</button><ul class="menu" hidden>${mega}</ul></nav>
<div class="ticker" aria-label="Breaking news"><ul>${ticker}</ul></div></header>`;
}

function siteFooter(random: () => number): string {
  const columns = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'About us', 'Help', 'Legal']
    .map(
      (heading) =>
        `<li class="footer__column"><h3>${heading}</h3><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/${slug(heading)}/${i}" data-link-name="footer : ${heading} : ${i}">${SECTIONS[(i + heading.length) % SECTIONS.length]} ${SUBSECTIONS[i % SUBSECTIONS.length]}</a></li>`).join('')}</ul></li>`,
    )
    .join('');
  const social = ['facebook', 'x', 'instagram', 'youtube', 'linkedin', 'tiktok']
    .map((s) => `<li><a href="https://${s}.example.test/dailyexample" aria-label="${s}">${icon(s, random)}</a></li>`)
    .join('');
  return `<footer class="footer" data-component="footer"><ul class="footer__columns">${columns}</ul><ul class="footer__social">${social}</ul><p class="footer__legal">© 2024 The Daily Example Media Group. All rights reserved. Registered in England and Wales. Our privacy policy and cookie policy describe how we handle your data; you may change your privacy settings at any time.</p></footer>`;
}

function articleBody(paragraphs: readonly string[], random: () => number): string {
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    // Outlets link a phrase in some paragraphs to their earlier coverage.
    const words = escapeHtml(p).split(' ');
    if (i % 2 === 1 && words.length > 12) {
      words.splice(
        4,
        3,
        `<a href="/world/2024/oct/${i}/earlier-coverage" data-link-name="in body link">${words.slice(4, 7).join(' ')}</a>`,
      );
    }
    out.push(`<p class="article__paragraph">${words.join(' ')}</p>`);
    if (i % 4 === 3) out.push(adSlot(i));
    if (i % 6 === 5) {
      out.push(
        `<aside class="read-more" data-component="rich-link"><a href="/world/read-more-${i}"><span class="read-more__label">Read more</span>${picture(`read-more/${i}`, 'Related story')}<span class="read-more__headline">${escapeHtml(headline(random))}</span></a></aside>`,
      );
    }
  });
  return out.join('\n');
}

function shareButtons(random: () => number): string {
  return `<ul class="share">${['facebook', 'x', 'whatsapp', 'email', 'copy-link']
    .map(
      (s) =>
        `<li><button type="button" class="share__button" data-share="${s}" aria-label="Share on ${s}">${icon(s, random)}</button></li>`,
    )
    .join('')}</ul>`;
}

/** The page an outlet serves for an article with this title and these paragraphs (plain text). */
export function newsPage(title: string, paragraphs: readonly string[]): string {
  const random = randomSource(paragraphs.length * 7919 + title.length);
  const text = paragraphs.join('\n\n');
  const url = `https://www.example-news.test/world/2024/nov/13/${slug(title)}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2024-11-13T06:00:00Z',
    dateModified: '2024-11-13T09:41:00Z',
    mainEntityOfPage: url,
    author: [{ '@type': 'Person', name: 'Staff reporter', url: 'https://www.example-news.test/profile/staff' }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'The Daily Example',
      logo: { '@type': 'ImageObject', url: 'https://img.example-news.test/logo.png' },
    },
    image: [240, 640, 1024, 1536].map((w) => `https://img.example-news.test/${w}/lead.jpg`),
    articleBody: text,
  };
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: ['World', 'Europe', 'Russia'].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  };
  // Hydration state: the article again as the front-end framework's blocks, with the rails' data.
  const hydration = {
    props: {
      pageProps: {
        article: {
          id: 'world/2024/nov/13/story',
          headline: title,
          blocks: paragraphs.map((p, i) => ({
            id: `block-${i}`,
            type: 'paragraph',
            html: `<p>${escapeHtml(p)}</p>`,
            text: p,
          })),
        },
        onwards: Array.from({ length: 40 }, (_, i) => ({
          id: `onward-${i}`,
          headline: headline(random),
          url: `/world/onward-${i}`,
          image: `https://img.example-news.test/640/onward-${i}.jpg`,
          trail: headline(random),
        })),
        config: {
          edition: 'international',
          abTests: { rails: 'variant-b', paywall: 'control' },
          adUnit: '/1234/news/world/article',
        },
      },
    },
  };
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} | World news | The Daily Example</title>`,
    `<meta name="description" content="${escapeHtml(paragraphs[0]?.slice(0, 160) ?? '')}">`,
    `<link rel="canonical" href="${url}">`,
    ...['og:title', 'og:description', 'twitter:title', 'twitter:description'].map(
      (p) => `<meta property="${p}" content="${escapeHtml(title)}">`,
    ),
    ...['og:url', 'og:image', 'twitter:image', 'article:author', 'article:section', 'article:published_time'].map(
      (p) => `<meta property="${p}" content="${url}">`,
    ),
    ...['Regular', 'Bold', 'Italic', 'Headline'].map(
      (w) =>
        `<link rel="preload" href="https://static.example-news.test/fonts/Example-${w}.woff2" as="font" type="font/woff2" crossorigin>`,
    ),
    ...['securepubads', 'analytics', 'consent', 'static', 'img'].map(
      (h) =>
        `<link rel="preconnect" href="https://${h}.example-news.test"><link rel="dns-prefetch" href="https://${h}.example-news.test">`,
    ),
  ].join('\n');
  const trending = Array.from(
    { length: 10 },
    (_, i) =>
      `<li class="trending__item"><span class="trending__rank">${i + 1}</span><a href="/trending/${i}">${escapeHtml(headline(random))}</a></li>`,
  ).join('');
  const tags = ['North Korea', 'Russia', 'Ukraine', 'South Korea', 'Europe', 'Asia Pacific', 'Defence', 'World news']
    .map((t) => `<li><a class="tag" href="/world/${slug(t)}">${t}</a></li>`)
    .join('');
  const scripts = ['vendor', 'framework', 'main', 'article', 'ads', 'consent', 'analytics', 'comments']
    .map(
      (s) =>
        `<script src="https://static.example-news.test/assets/${s}.${Math.floor(random() * 1e8).toString(16)}.js" defer></script>`,
    )
    .join('\n');

  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
${meta}
<style>${criticalCss(random)}</style>
<script>window.consentConfig={cmpId:42,vendors:${JSON.stringify(Array.from({ length: 120 }, (_, i) => i * 3 + 1))},purposes:[1,2,3,4,7,9,10]};window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:"article",section:"world",wordCount:${text.split(/\s+/).length}});</script>
<script>${inlineScript(random, 60)}</script>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<script type="application/ld+json">${JSON.stringify(breadcrumbs)}</script>
</head>
<body class="article-page section-world">
${consentBanner(random)}
${siteHeader(random)}
<div class="ad-slot ad-slot--top" id="ad-top" data-ad-unit="/1234/news/world/article/top" data-ad-sizes="[[970,250],[728,90]]"><span class="ad-slot__label">Advertisement</span></div>
<div class="page"><main id="maincontent" class="page__main">
<article class="article" data-component="article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li><li><a href="/world/russia">Russia</a></li></ol></nav>
<h1 class="article__headline">${escapeHtml(title)}</h1>
<p class="article__standfirst">${escapeHtml(paragraphs[0]?.split('. ')[0] ?? '')}.</p>
<div class="article__meta"><a class="byline" rel="author" href="/profile/staff">${picture('profile/staff', 'Staff reporter')}Staff reporter</a><time datetime="2024-11-13T06:00:00Z">Wed 13 Nov 2024 06.00 GMT</time>${shareButtons(random)}</div>
<figure class="article__lead">${picture('lead', 'Soldiers on parade')}<figcaption>A military parade. Photograph: Agency photographer</figcaption></figure>
<div class="article__body" data-component="article-body">
${articleBody(paragraphs, random)}
</div>
<ul class="article__tags">${tags}</ul>
${shareButtons(random)}
<form class="newsletter" action="/newsletters/signup" method="post"><h2>Sign up to the morning briefing</h2><p>The day's top stories and the news that matters, in your inbox every weekday morning.</p><label for="newsletter-email">Email address</label><input id="newsletter-email" type="email" name="email" required><input type="hidden" name="list" value="morning-briefing"><button type="submit">Sign up</button><p class="newsletter__legal">We will only use your email to send you the newsletter. See our privacy policy.</p></form>
<section class="comments" id="comments" data-component="comments"><h2>Comments</h2><p>Comments are open for three days after publication.</p><button type="button">View comments</button></section>
</article>
${rail('Related stories', random, 12, 0)}
${rail('More from World', random, 8, 100)}
${rail('Most viewed across the site', random, 8, 200)}
${rail('Opinion', random, 8, 300)}
</main>
<aside class="page__sidebar"><section class="trending"><h2>Trending</h2><ol>${trending}</ol></section>${adSlot(999)}<section class="most-read"><h2>Most read</h2><ol>${trending}</ol></section></aside></div>
${siteFooter(random)}
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(hydration).replace(/</g, '\\u003c')}</script>
<script>${inlineScript(random, 40)}</script>
${scripts}
</body>
</html>
`;
}
