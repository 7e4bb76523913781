import { extractArticle } from '@parallax/core';
import type { Command } from 'commander';
import { addInputOptions, type InputOptions, readSource } from '../input.js';

interface TextOptions extends InputOptions {
  json?: boolean;
}

export function registerTextCommand(program: Command): void {
  const command = program
    .command('text')
    .description("Print an article page's main text (headline on the first line when known)")
    .argument('<source>', 'an HTML file (optionally .gz), a http(s) URL, or - for stdin')
    .option('--json', 'print the whole extraction result as JSON');
  addInputOptions(command).action(async (source: string, options: TextOptions) => {
    const { text: html, url } = await readSource(source, options);
    const article = extractArticle(html, url ? { url } : {});
    if (options.json) {
      process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
      return;
    }
    const lines = article.title ? [article.title, article.text] : [article.text];
    process.stdout.write(`${lines.filter((line) => line !== '').join('\n')}\n`);
    if (article.status !== 'ok') process.stderr.write(`parallax text: ${article.status}: ${article.reason}\n`);
  });
}
