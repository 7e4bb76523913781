/** A content file split into its `key: value` header and the text after it. */
export interface FrontMatterDocument {
  fields: Record<string, string>;
  body: string;
}

/**
 * Splits a Markdown-ish content file that starts with a `---` fenced block of `key: value` lines. Values are
 * plain strings (no YAML): content writers never need quoting, and zod coerces what needs a type.
 */
export function parseFrontMatter(text: string, fileName: string): FrontMatterDocument {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new Error(`${fileName}: content file must start with a --- header`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error(`${fileName}: header is not closed with ---`);
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`${fileName}: header line is not "key: value": ${line}`);
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return {
    fields,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  };
}
