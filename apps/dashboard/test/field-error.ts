/** The sentence a page shows next to a form field: the element its input's aria-describedby names, decoded. */
export function fieldErrorIn(html: string, field: string): string | null {
  const raw = new RegExp(`id="${field}-error">([^<]*)<`).exec(html)?.[1];
  return raw === undefined ? null : raw.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}
