/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { figureLabel, type MatrixRow } from '../lib/figure-matrix.js';
import type { TimelinePoint } from '../lib/story-data.js';

// Distinguishable on white and for the common colour-vision deficiencies (Okabe-Ito, darkened for contrast).
const PALETTE = ['#0b63a5', '#b35900', '#00785a', '#a3376b', '#5a4fb0', '#6b6b00', '#0f7c8c', '#8c2d19'];
const WIDTH = 640;
const HEIGHT = 180;
const PAD = { left: 64, right: 16, top: 14, bottom: 28 };
const MAX_CHARTS = 8;

const formatValue = (v: number) => (Math.abs(v) >= 1e6 ? `${+(v / 1e6).toFixed(2)}M` : v.toLocaleString('en-US'));

const MAX_POINTS_PER_SERIES = 30;

/** What matters over time is when a value moved: runs of one value keep their ends, and only the latest points stay. */
function movesOnly(points: TimelinePoint[]): TimelinePoint[] {
  const kept = points.filter(
    (p, i) =>
      i === 0 ||
      i === points.length - 1 ||
      p.changedFrom !== null ||
      p.value !== points[i - 1]!.value ||
      p.value !== points[i + 1]!.value,
  );
  return kept.slice(-MAX_POINTS_PER_SERIES);
}

interface Props {
  points: TimelinePoint[];
  /** The matrix's rows, in its order: each chart is one row's, under its label. */
  rows: readonly Pick<MatrixRow, 'id' | 'label' | 'reference'>[];
  outlets: string[];
}

/**
 * One small chart per matrix row (a reference figure, or a figure only outlets state): each outlet's value by
 * publication time, the reference as a dashed line. The rows most outlets state come first, then the matrix's order.
 * Rendered on the server.
 */
export function Timeline({ points, rows, outlets }: Props) {
  const byKey = new Map<string, TimelinePoint[]>();
  for (const p of points) byKey.set(p.row, [...(byKey.get(p.row) ?? []), p]);
  const rowById = new Map(rows.map((r, i) => [r.id, { ...r, order: i }]));
  const outletCount = (key: string) => new Set(byKey.get(key)!.map((p) => p.outlet)).size;
  const order = (key: string) => rowById.get(key)?.order ?? rows.length;
  const keys = [...byKey.keys()]
    .sort((a, b) => outletCount(b) - outletCount(a) || order(a) - order(b))
    .slice(0, MAX_CHARTS);
  if (keys.length === 0) return <p class="muted">No figures over time yet.</p>;
  const colour = (outlet: string) => PALETTE[Math.max(0, outlets.indexOf(outlet)) % PALETTE.length]!;
  return (
    <div class="timeline">
      <p class="muted small">
        Each outlet's value when it was published; a corrected value when the outlet modified the article (when Parallax
        saw the change, if the article gives no time). Times in UTC.
      </p>
      <ul class="legend" aria-label="Outlets">
        {outlets.map((o) => (
          <li>
            <span class="swatch" data-colour={String(Math.max(0, outlets.indexOf(o)) % PALETTE.length)}></span>
            {o}
          </li>
        ))}
      </ul>
      {keys.map((key) => {
        const series = byKey.get(key)!;
        const meta = rowById.get(key);
        const refValue = meta?.reference?.value ?? null;
        const times = series.map((p) => Date.parse(p.at));
        let t0 = Math.min(...times);
        let t1 = Math.max(...times);
        if (t1 - t0 < 3_600_000) {
          t0 -= 1_800_000;
          t1 += 1_800_000;
        }
        const values = [...series.map((p) => p.value), ...(refValue === null ? [] : [refValue])];
        let v0 = Math.min(...values);
        let v1 = Math.max(...values);
        if (v1 === v0) {
          v0 = v0 === 0 ? -1 : v0 * 0.9;
          v1 = v1 === 0 ? 1 : v1 * 1.1;
        }
        const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
        const y = (v: number) => HEIGHT - PAD.bottom - ((v - v0) / (v1 - v0)) * (HEIGHT - PAD.top - PAD.bottom);
        const byOutlet = new Map<string, TimelinePoint[]>();
        for (const p of series) byOutlet.set(p.outlet, [...(byOutlet.get(p.outlet) ?? []), p]);
        for (const [outlet, pts] of byOutlet) byOutlet.set(outlet, movesOnly(pts));
        const title = meta?.label ?? figureLabel(series[0]!.figureKey, null);
        return (
          <figure class="chart">
            <figcaption>
              {title}
              {meta?.reference ? <span class="muted small">{` (reference: ${meta.reference.text})`}</span> : null}
            </figcaption>
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-label={`${title}: values by outlet over time`}
              preserveAspectRatio="xMidYMid meet"
            >
              <line
                class="axis"
                x1={PAD.left}
                y1={HEIGHT - PAD.bottom}
                x2={WIDTH - PAD.right}
                y2={HEIGHT - PAD.bottom}
              />
              <text class="tick" x={PAD.left - 6} y={y(v1) + 4} text-anchor="end">
                {formatValue(v1)}
              </text>
              <text class="tick" x={PAD.left - 6} y={y(v0) + 4} text-anchor="end">
                {formatValue(v0)}
              </text>
              <text class="tick" x={PAD.left} y={HEIGHT - 8}>
                {new Date(t0).toISOString().slice(0, 16).replace('T', ' ')}
              </text>
              <text class="tick" x={WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end">
                {new Date(t1).toISOString().slice(0, 16).replace('T', ' ')}
              </text>
              {refValue === null ? null : (
                <g>
                  <line class="reference-line" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(refValue)} y2={y(refValue)} />
                  <title>{`Reference: ${meta?.reference?.text ?? formatValue(refValue)}`}</title>
                </g>
              )}
              {[...byOutlet.entries()].map(([outlet, pts]) => (
                <g stroke={colour(outlet)} fill={colour(outlet)}>
                  {pts.length > 1 ? (
                    <polyline
                      class="series"
                      fill="none"
                      points={pts.map((p) => `${x(Date.parse(p.at)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
                    />
                  ) : null}
                  {pts.map((p) => (
                    <circle
                      class={p.changedFrom ? 'point changed' : 'point'}
                      cx={x(Date.parse(p.at)).toFixed(1)}
                      cy={y(p.value).toFixed(1)}
                      r={p.changedFrom ? 6 : 4}
                    >
                      <title>
                        {`${outlet}: ${p.text}${p.version ? ` (version ${p.version})` : ''}${
                          p.changedFrom ? `, changed from ${p.changedFrom}` : ''
                        }, ${p.at.slice(0, 16).replace('T', ' ')} UTC`}
                      </title>
                    </circle>
                  ))}
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
