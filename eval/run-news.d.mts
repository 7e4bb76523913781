export interface NewsScore {
  items: number;
  value: { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number };
  kinds: Record<string, { gold: number; read: number }>;
  changesMarked: number;
  changes: number;
  misses: { text: string; missed?: string; spurious?: string; value?: number | null }[];
}
export function scoreNews(): { dev: NewsScore; test: NewsScore };
