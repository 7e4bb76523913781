import type { ComparedDiscrepancy } from '@parallax/shared';

/** When a finding pages the desk: a conflict severe enough, on an alignment sure enough. */
export interface AlertRule {
  minSeverity: number;
  /** A conflict whose alignment is less sure than this is shown for review, never alerted. */
  minConfidence: number;
}

export const DEFAULT_ALERT_RULE: Readonly<AlertRule> = { minSeverity: 0.4, minConfidence: 0.7 };

export function wouldAlert(
  finding: Pick<ComparedDiscrepancy, 'kind' | 'severity' | 'confidence'>,
  rule: Partial<AlertRule> = {},
): boolean {
  const { minSeverity, minConfidence } = { ...DEFAULT_ALERT_RULE, ...rule };
  return finding.kind === 'conflicts' && finding.severity >= minSeverity && (finding.confidence ?? 1) >= minConfidence;
}
