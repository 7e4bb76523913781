import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '@parallax/core';
import { decodeText, FetchError, guardedFetch } from '@parallax/fetch';
import { SUPPORTED_LANGUAGES, SupportedLanguage } from '@parallax/shared/schemas';
import { type Command, InvalidArgumentError } from 'commander';

/** What the input commands share: private hosts the user lets the fetcher reach on purpose. */
export interface InputOptions {
  allowHost?: string[];
}

/** An input the commands refuse (missing, binary, empty, unreachable): its message is the one line shown. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A decompressed input larger than this is not an article. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/** How much of an input the binary check reads, as git does. */
const SNIFF_BYTES = 8000;

/** `--allow-host`, the same on every command that reads articles. */
export function addInputOptions(command: Command): Command {
  return command.option(
    '--allow-host <host[:port]>',
    'let a URL on this private or loopback host (and port) be read; repeatable',
    (value: string, previous: string[] = []) => [...previous, value],
  );
}

/** `--lang`'s parser: a language the figure reader knows, or a one-line refusal. */
export function parseLanguage(value: string): SupportedLanguage {
  const parsed = SupportedLanguage.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`expected one of ${SUPPORTED_LANGUAGES.join(', ')}.`);
  return parsed.data;
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A file (optionally gzipped), a URL through the guarded fetcher, or standard input ("-"), as text. */
export async function readSource(source: string, options: InputOptions = {}): Promise<{ text: string; url?: string }> {
  if (isUrl(source)) return { text: checkedText(source, await fetchText(source, options)), url: source };
  const bytes = source === '-' ? await readStdin() : await readFileBytes(source);
  return { text: checkedText(source, decodeBytes(source, bytes)) };
}

async function fetchText(url: string, options: InputOptions): Promise<string> {
  try {
    return (await guardedFetch(url, { expect: 'page', allowPrivateHosts: options.allowHost ?? [] })).body;
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    const hint = err.kind === 'blocked' ? ' (--allow-host reads a private address on purpose)' : '';
    throw new InputError(`${url}: ${firstLine(err.message)}${hint}`);
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Why a file could not be read, in words ("no such file"), not as a raw ENOENT. */
export function fileProblem(err: unknown): string {
  return FILE_ERRORS[(err as NodeJS.ErrnoException).code ?? ''] ?? firstLine((err as Error).message);
}

async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError(`${path}: ${fileProblem(err)}`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Gzip is recognised by its magic number, so a .gz file and gzipped standard input both work. */
function gunzipped(source: string, bytes: Buffer): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_TEXT_BYTES });
  } catch (err) {
    throw new InputError(`${source}: not readable gzip (${firstLine((err as Error).message)})`);
  }
}

function decodeBytes(source: string, bytes: Buffer): string {
  const raw = gunzipped(source, bytes);
  if (raw.subarray(0, SNIFF_BYTES).includes(0)) throw binaryInput(source);
  return raw.toString('utf8');
}

/**
 * A feed file (optionally gzipped) or standard input ("-"), decoded as the poll decodes a fetched feed (its BOM or
 * XML declaration names the charset), and refused as the other commands refuse theirs: missing, binary or empty.
 */
export async function readFeedFile(source: string): Promise<string> {
  const bytes = source === '-' ? await readStdin() : await readFileBytes(source);
  return checkedText(source, decodeText(gunzipped(source, bytes), null).text);
}

/** Refuses what is not text (an executable, an image) and what has no text at all. */
function checkedText(source: string, text: string): string {
  if (looksBinary(text)) throw binaryInput(source);
  if (text.trim() === '') throw new InputError(`${source === '-' ? 'standard input' : source}: empty input`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL, or more than one character in ten a control character or an undecodable byte. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.1;
}

const binaryInput = (source: string) =>
  new InputError(`${source === '-' ? 'standard input' : source}: binary data, not text or HTML`);

const firstLine = (message: string): string => message.split('\n')[0] ?? message;

function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(content) || /<\/(p|div|article|body)>/i.test(content);
}

/** The text to read figures from: a page's main article text (with its title and language), or the input itself. */
export function mainTextOf(
  content: string,
  source: string,
): { text: string; title: string | null; language: string | null } {
  if (!looksLikeHtml(content)) return { text: content, title: null, language: null };
  const page = extractArticle(content, isUrl(source) ? { url: source } : {});
  if (page.status === 'failed') throw new InputError(`${source}: no article text found (${page.reason ?? 'unknown'})`);
  return { text: page.text, title: page.title, language: page.language };
}
