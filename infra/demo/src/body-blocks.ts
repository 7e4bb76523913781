/** One block of an article body as content files write it. */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string };

/** Reads the Markdown-ish body: blank lines separate blocks, `## ` starts a subheading, `> ` a pull quote. */
export function parseBodyBlocks(body: string): BodyBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((chunk) => chunk.replace(/\s*\n\s*/g, ' ').trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): BodyBlock => {
      if (chunk.startsWith('## ')) return { kind: 'heading', text: chunk.slice(3).trim() };
      if (chunk.startsWith('> ')) return { kind: 'quote', text: chunk.slice(2).trim() };
      return { kind: 'paragraph', text: chunk };
    });
}

/** The body as plain text, one block a line: what JSON-LD articleBody and full-text feeds carry. */
export function bodyPlainText(blocks: BodyBlock[]): string {
  return blocks.map((block) => block.text).join('\n');
}
