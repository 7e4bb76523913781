/** One view's report from the suites' scorer (run-specs.mjs --json), as far as the tests read it. */
export interface SpecsReport {
  total: { cases: number; valueRecallPct: number; boundedMentions: number; boundsOkPct: number | null };
  files: { file: string; valueRecallPct: number; boundedMentions: number; boundsOkPct: number | null }[];
}
export const numberSpecsDir: string;
export type SpecsView = 'as shipped' | 'decimal comma' | 'figures only';
export function scoreNumberSpecs(group: 'English' | 'other', wanted?: SpecsView[]): [SpecsView, SpecsReport][];
