"use client";

import { useEffect } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipDataPoints,
  usePlotArea,
} from "recharts";
import { BAR_SERIES, BAR_TOP, barValueText, type ChartMark, type ChartModel, type ChartModelRow } from "@/lib/charts/chart-model";
import { ChartContainer, ChartTooltipContent } from "./chart-container";

/**
 * The chart page's drawing, loaded as its own chunk by ChartLoader after the server chart
 * has painted. It maps a ChartModel onto Recharts components and nothing else: every
 * text was formatted on the server, colours come from ChartContainer's CSS variables.
 * Recharts' accessibility layer makes the chart one Tab stop with arrow keys between marks.
 */
export type RechartsChartProps = {
  model: ChartModel;
  summary: string;
  /** Bars or a line, for a chart over periods. */
  form: "bar" | "line";
  /** Series keys the legend has switched off. */
  hidden: string[];
  onActive: (row: ChartModelRow | null) => void;
};

const markOf = (row: ChartModelRow | undefined, key: string) => row?.marks[key] ?? null;

export function RechartsChart({ model, summary, form, hidden, onActive }: RechartsChartProps) {
  const visible = model.series.map((s) => s.key).filter((k) => !hidden.includes(k));
  const tooltip = (
    <Tooltip
      cursor={{ fill: "rgba(134, 57, 26, 0.08)", stroke: "rgba(134, 57, 26, 0.3)" }}
      isAnimationActive={false}
      content={({ payload }) => <ChartTooltipContent row={payload?.[0]?.payload as ChartModelRow | undefined} visible={visible} />}
    />
  );
  const common = {
    data: model.rows,
    responsive: true,
    style: { width: "100%", height: model.height },
    title: summary,
    accessibilityLayer: true,
  };

  if (model.form === "bars") {
    return (
      <ChartContainer model={model} summary={summary}>
        <BarChart {...common} layout="vertical" margin={{ top: BAR_TOP, right: 4, bottom: 0, left: 4 }}>
          <XAxis type="number" domain={[0, model.scale.max]} hide />
          <YAxis type="category" dataKey="axisLabel" hide />
          {tooltip}
          <Bar
            dataKey={(row: ChartModelRow) => markOf(row, BAR_SERIES)?.length ?? null}
            isAnimationActive={false}
            background={model.scale.track ? { fill: "#E8E2DC" } : undefined}
            shape={MarkRect}
            barSize={16}
          >
            {model.rows.map((row) => (
              <Cell key={row.id} fill={markOf(row, BAR_SERIES)?.colour ?? `var(--color-${BAR_SERIES})`} />
            ))}
            <LabelList dataKey={(row: ChartModelRow) => row.id} content={(props) => <BarLabel {...props} rows={model.rows} showPeriods={model.showPeriods} />} />
          </Bar>
          <ActiveReporter onActive={onActive} />
        </BarChart>
      </ChartContainer>
    );
  }

  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="#E8E2DC" />
      <XAxis dataKey="axisLabel" tickLine={false} />
      <YAxis hide domain={[0, model.scale.percent ? 100 : (max: number) => max * 1.15]} />
      {tooltip}
      <ActiveReporter onActive={onActive} />
    </>
  );
  const valueOf = (key: string) => (row: ChartModelRow) => markOf(row, key)?.value ?? null;
  const labelOf = (key: string) => (row: ChartModelRow) => markOf(row, key)?.valueText ?? "";

  if (form === "line") {
    return (
      <ChartContainer model={model} summary={summary}>
        <LineChart {...common} margin={{ top: 24, right: 24, bottom: 4, left: 24 }}>
          {axes}
          {visible.map((key) => (
            <Line
              key={key}
              dataKey={valueOf(key)}
              stroke={`var(--color-${key})`}
              strokeWidth={2}
              // A missing year is a gap in the line, never a zero.
              connectNulls={false}
              isAnimationActive={false}
              dot={(props) => <MarkDot key={`${key}-${props.index}`} {...props} mark={markOf(model.rows[props.index], key)} />}
              activeDot={{ r: 7 }}
            >
              <LabelList dataKey={labelOf(key)} position="top" offset={10} fill="#1f1a17" fontWeight={700} fontSize={13} />
            </Line>
          ))}
        </LineChart>
      </ChartContainer>
    );
  }

  return (
    <ChartContainer model={model} summary={summary}>
      <BarChart {...common} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} barCategoryGap="20%">
        {axes}
        {visible.map((key) => (
          <Bar key={key} dataKey={valueOf(key)} fill={`var(--color-${key})`} isAnimationActive={false} shape={MarkRect} maxBarSize={96}>
            <LabelList dataKey={labelOf(key)} position="top" fill="#1f1a17" fontWeight={700} fontSize={13} />
          </Bar>
        ))}
      </BarChart>
    </ChartContainer>
  );
}

/** Rough width of a text at 14 px: wide for Chinese characters, narrower for the rest. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFFF]/.test(ch) ? 14 : 7.6), 0);

type ShapeProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; fill?: string; payload?: unknown };

/** A bar, marked for tests and hatched when the portal derived its figure. Draws nothing for a gap. */
function MarkRect(props: ShapeProps) {
  const { x, y, width, height, fill } = props;
  const row = props.payload as ChartModelRow | undefined;
  if (x === undefined || y === undefined || width === undefined || height === undefined) return <g />;
  const drawn = Object.values(row?.marks ?? {}).some((m) => m !== null);
  if (!drawn) return <g />;
  return <rect data-mark="" x={Number(x)} y={Number(y)} width={Math.max(Number(width), 2)} height={Math.max(Number(height), 2)} fill={fill} rx={2} />;
}

/** A point of a line: filled when stated, hollow when derived, so derived points stay marked. Nothing for a gap. */
function MarkDot({ cx, cy, stroke, mark }: { cx?: number; cy?: number; stroke?: string; mark: ChartMark | null }) {
  if (!mark || cx === undefined || cy === undefined || cy === null) return <g />;
  return <circle data-mark="" cx={cx} cy={cy} r={5} stroke={stroke} strokeWidth={2} fill={mark.derived ? "#fff" : stroke} />;
}

/** The label line above a bar: its name on the left, its value (and share) on the right, as the server chart has them. */
function BarLabel({ y, value, rows, showPeriods }: { y?: number | string; value?: unknown; rows: ChartModelRow[]; showPeriods: boolean }) {
  const plot = usePlotArea();
  const mark = markOf(rows.find((r) => r.id === value), BAR_SERIES);
  if (!plot || !mark || y === undefined) return null;
  const valueText = barValueText(mark, showPeriods);
  // Name and value share a line when they fit, as on the server chart; otherwise the value goes on a second line.
  const twoLines = textWidth(mark.label) + textWidth(valueText) + 24 > plot.width;
  const top = Number(y) - 6;
  return (
    <g className="text-sm">
      <text x={plot.x} y={twoLines ? top - 20 : top} className="fill-ink font-medium">
        {mark.label}
      </text>
      <text x={plot.x + plot.width} y={top} textAnchor="end" className="fill-ink font-bold tabular-nums">
        {valueText}
      </text>
    </g>
  );
}

/** Tells the chart page which row the pointer or keyboard is on, so it can link that figure's page. */
function ActiveReporter({ onActive }: { onActive: (row: ChartModelRow | null) => void }) {
  const points = useActiveTooltipDataPoints<ChartModelRow>();
  const row = points?.[0] ?? null;
  useEffect(() => {
    onActive(row);
  }, [row, onActive]);
  return null;
}

export default RechartsChart;
