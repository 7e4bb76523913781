/** JSON columns: text in both dialects. Parsing is forgiving of nulls only. */
export const toJson = (value: unknown): string => JSON.stringify(value);
export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
export const toBool = (n: number | boolean): boolean => n === true || n === 1;
export const fromBool = (b: boolean): number => (b ? 1 : 0);
