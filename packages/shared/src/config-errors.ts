import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';

/**
 * One line per problem, each naming its field by path. An unknown key is named with the nearest key
 * the schema knows at that place ("feed": did you mean "feeds"?), so a misspelling is never dropped.
 */
export function describeConfigIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const at = issue.path.join('.');
    if (issue.code !== 'unrecognized_keys') return [`  - ${at || '(top level)'}: ${issue.message}`];
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key].join('.');
      const hint = known.length > 0 ? `; did you mean "${closest(key, known)}"?` : '';
      return `  - ${path}: unknown key${hint} (known here: ${known.join(', ')})`;
    });
  });
}

/** The keys of the object schema found by following `path` through arrays, defaults and optionals. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = defOf(current);
    if (typeof segment === 'number') current = def?.element;
    else current = (def?.shape as Record<PropertyKey, unknown> | undefined)?.[segment];
    if (!current) return [];
  }
  const shape = defOf(unwrap(current))?.shape as Record<string, unknown> | undefined;
  return shape ? Object.keys(shape) : [];
}

function defOf(schema: unknown): Record<string, unknown> | undefined {
  return (schema as { def?: Record<string, unknown> } | undefined)?.def;
}

// Defaults, optionals, nullables and pipes wrap the schema that has the shape.
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const inner = def?.innerType ?? def?.in;
    if (!inner) return current;
    current = inner;
  }
  return current;
}
