import { describe, expect, it } from 'vitest';
import { SNIFF_CHARS, sniffMarkup } from '../src/markup-sniff.js';

describe('sniffMarkup', () => {
  it.each([
    ['<!DOCTYPE html><html></html>', 'html'],
    ['\ufeff  <!-- built --> <html lang="en">', 'html'],
    ['<!doctype   HTML>', 'html'],
    ['<?xml version="1.0"?><!-- c --><body>', 'html'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'xml'],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss>', 'xml'],
    ['<?xml-stylesheet href="a.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', 'xml'],
    ['<rdf:RDF>', 'xml'],
    ['{"json": true}', 'unknown'],
    ['', 'unknown'],
  ])('%j is %s', (text, kind) => {
    expect(sniffMarkup(text)).toBe(kind);
  });

  it('skips any number of leading empty comments in one pass', () => {
    // The shape that froze a worker when the check was a regular expression: time doubled per comment.
    expect(sniffMarkup(`${'<!---->'.repeat(40)}<html>`)).toBe('html');
    expect(sniffMarkup(`${'<!---->'.repeat(200_000)}<rss>`)).toBe('unknown');
    expect(sniffMarkup(`${'<!---->'.repeat(100)}<rss version="2.0">`)).toBe('xml');
  });

  it('looks no further than its window', () => {
    expect(sniffMarkup(`${' '.repeat(SNIFF_CHARS)}<html>`)).toBe('unknown');
    expect(sniffMarkup(`<!--${'-'.repeat(5 * 1024 * 1024)}`)).toBe('unknown');
  });
});
