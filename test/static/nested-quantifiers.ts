/**
 * Finds the groups of a regular expression that repeat without bound (`*`, `+`, `{n,}`) and hold a
 * repetition without bound themselves: the shape of catastrophic backtracking, `(a+)*` or
 * `(<!--.*?-->\s*)*`. A small scanner over the source: escapes and character classes are skipped, groups
 * tracked on a stack. Returns each such group's source.
 */
export function nestedUnboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  // Each open group: where it starts, and whether a repetition without bound sits inside it.
  const groups: Group[] = [];
  let closed: Group | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (closed?.unbounded && quantifier.unbounded) found.push(source.slice(closed.start, quantifier.end + 1));
      markUnbounded(groups, quantifier.unbounded);
      i = quantifier.end;
    } else if (c === '\\') {
      i++;
    } else if (c === '[') {
      i = classEnd(source, i);
    } else if (c === '(') {
      groups.push({ start: i, unbounded: false });
      // "(?:", "(?=", "(?<name>": the "?" is syntax, not a quantifier.
      if (source[i + 1] === '?') i++;
    } else if (c === ')') {
      const group = groups.pop() ?? null;
      markUnbounded(groups, group?.unbounded ?? false);
      closed = group;
      continue;
    }
    closed = null;
  }
  return found;
}

interface Group {
  start: number;
  unbounded: boolean;
}

function markUnbounded(groups: Group[], unbounded: boolean): void {
  const parent = groups[groups.length - 1];
  if (parent && unbounded) parent.unbounded = true;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return source.length;
}

function readQuantifier(source: string, at: number): { unbounded: boolean; end: number } | null {
  const c = source[at];
  let end = at;
  let unbounded: boolean;
  if (c === '*' || c === '+') unbounded = true;
  else if (c === '?') unbounded = false;
  else if (c === '{') {
    const close = source.indexOf('}', at);
    const body = close === -1 ? '' : source.slice(at + 1, close);
    if (!/^\d+(,\d*)?$/.test(body)) return null;
    unbounded = body.endsWith(',');
    end = close;
  } else return null;
  // A lazy or possessive marker belongs to the same quantifier.
  if (source[end + 1] === '?') end++;
  return { unbounded, end };
}
