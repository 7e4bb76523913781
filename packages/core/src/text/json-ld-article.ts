/** The article facts a page states in JSON-LD (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  articleBody: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
  inLanguage: string | null;
  url: string | null;
  isAccessibleForFree: boolean | null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report|NewsArticle|Posting)$/;

/** The most article-like JSON-LD object among the page's blocks; malformed blocks are skipped. */
export function findJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  let best: JsonLdArticle | null = null;
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    for (const node of walkNodes(data, 0)) {
      const type = typeName(node['@type']);
      if (!type || !ARTICLE_TYPE.test(type)) continue;
      const article = toArticle(type, node);
      // Prefer the object that carries a body, then the first one.
      if (best === null || (!best.articleBody && article.articleBody)) best = article;
    }
  }
  return best;
}

function* walkNodes(value: unknown, depth: number): Generator<Record<string, unknown>> {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* walkNodes(item, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  yield node;
  if ('@graph' in node) yield* walkNodes(node['@graph'], depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') yield* walkNodes(node.mainEntity, depth + 1);
}

function typeName(type: unknown): string | null {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && ARTICLE_TYPE.test(t)) ?? null;
  return null;
}

function toArticle(type: string, node: Record<string, unknown>): JsonLdArticle {
  const free = node.isAccessibleForFree;
  return {
    type,
    headline: stringValue(node.headline) ?? stringValue(node.name),
    articleBody: stringValue(node.articleBody) ?? stringValue(node.text),
    author: personNames(node.author),
    datePublished: stringValue(node.datePublished),
    dateModified: stringValue(node.dateModified),
    inLanguage: stringValue(node.inLanguage) ?? nameOf(node.inLanguage),
    url: stringValue(node.url) ?? nameOf(node.mainEntityOfPage, '@id'),
    isAccessibleForFree:
      free === false || free === 'False' || free === 'false' ? false : free === undefined ? null : true,
  };
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0].trim()) return value[0].trim();
  return null;
}

function nameOf(value: unknown, key = 'name'): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return stringValue((value as Record<string, unknown>)[key]);
  }
  return null;
}

function personNames(value: unknown): string | null {
  const people = Array.isArray(value) ? value : [value];
  const names = people.map((p) => stringValue(p) ?? nameOf(p)).filter((n): n is string => n !== null);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}
