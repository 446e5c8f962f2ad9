import { useId } from "react";
import { useT } from "../hooks";

export interface Bar {
  key: string;
  label: string;
  count: number;
}

const WIDTH = 640;
const ROW = 26;
const LABEL = 200;

/**
 * A horizontal bar chart as inline SVG, rendered on the server: no chart library, no script.
 * The SVG has a title and each bar its own; the same figures follow as a table for screen
 * readers and for copying.
 */
export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId: string }) {
  const t = useT();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = Math.max(ROW, bars.length * ROW);
  const scale = (WIDTH - LABEL - 60) / max;
  return (
    <figure className="rg-chart" data-testid={testId} style={{ margin: "1rem 0" }}>
      <figcaption id={`${id}-title`} style={{ fontWeight: 700 }}>
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t("rg.chart.empty")}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title`} style={{ maxWidth: WIDTH, display: "block" }}>
          <title>{title}</title>
          {bars.map((bar, i) => (
            <g key={bar.key} transform={`translate(0 ${i * ROW})`} data-testid={`${testId}-bar`} data-key={bar.key} data-count={bar.count}>
              <title>{`${bar.label}: ${bar.count}`}</title>
              <text x={LABEL - 8} y={ROW / 2 + 5} textAnchor="end" fontSize="13" fill="currentColor">
                {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
              </text>
              <rect x={LABEL} y={4} height={ROW - 8} width={Math.max(1, bar.count * scale)} fill="#1f5b99" rx="2" />
              <text x={LABEL + bar.count * scale + 6} y={ROW / 2 + 5} fontSize="13" fill="currentColor">
                {bar.count}
              </text>
            </g>
          ))}
        </svg>
      )}
      {bars.length > 0 ? (
        <details>
          <summary>{t("rg.chart.table")}</summary>
          <div className="table-scroll">
            <table data-testid={`${testId}-table`}>
              <thead>
                <tr>
                  <th scope="col">{t("rg.chart.key")}</th>
                  <th scope="col">{t("rg.chart.count")}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td>{bar.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}
