import { BAR_SERIES, barValueText, type ChartModel } from "./chart-model";

/**
 * A chart as a standalone SVG file: title, unit and period, the bars or columns with every
 * value written as text, the notes, the source line and the chart page's address. Pure, so a
 * test can parse it; the font family is declared so Chinese renders wherever the file is opened.
 */
export type ChartCaption = {
  title: string;
  meta: string;
  notes: string[];
  sourceLine: string;
  address: string;
  /** Written under the empty slot of a year with no figure. */
  noFigure: string;
};

export const SVG_FONT_FAMILY = "'Noto Sans SC','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const WIDTH = 1200;
const PAD = 48;
const INK = "#1f1a17";
const MUTED = "#5b534d";
const TRACK = "#E8E2DC";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const text = (x: number, y: number, body: string, attrs = "") => `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ""}>${esc(body)}</text>`;

export function chartSvg(model: ChartModel, caption: ChartCaption): string {
  const parts: string[] = [];
  let y = PAD + 28;
  parts.push(text(PAD, y, caption.title, `font-size="30" font-weight="700" fill="${INK}"`));
  y += 34;
  parts.push(text(PAD, y, caption.meta, `font-size="18" fill="${MUTED}"`));
  y += 40;
  const inner = WIDTH - 2 * PAD;

  if (model.form === "bars") {
    for (const row of model.rows) {
      const m = row.marks[BAR_SERIES]!;
      parts.push(text(PAD, y, m.label, `font-size="18" font-weight="500" fill="${INK}"`));
      parts.push(text(WIDTH - PAD, y, barValueText(m, model.showPeriods), `font-size="18" font-weight="700" fill="${INK}" text-anchor="end"`));
      if (model.scale.track) parts.push(`<rect x="${PAD}" y="${y + 8}" width="${inner}" height="20" rx="3" fill="${TRACK}"/>`);
      const w = model.scale.max ? Math.max(2, (m.length / model.scale.max) * inner) : 2;
      parts.push(`<rect x="${PAD}" y="${y + 8}" width="${w.toFixed(1)}" height="20" rx="3" fill="${m.colour}"${m.derived ? ' fill-opacity="0.55"' : ""}/>`);
      y += 64;
    }
  } else {
    const slots = model.rows.flatMap((row) => model.series.map((s) => ({ row, mark: row.marks[s.key] })));
    const slotW = Math.min(160, inner / slots.length);
    const plotH = 240;
    const base = y + plotH;
    const max = model.scale.percent ? 100 : Math.max(...slots.map((s) => s.mark?.value ?? 0)) * 1.15 || 1;
    slots.forEach(({ row, mark }, i) => {
      const cx = PAD + slotW * i + slotW / 2;
      if (mark) {
        const h = (mark.value / max) * plotH;
        const fill = mark.derived ? `fill="#fff" stroke="${mark.colour}" stroke-width="3"` : `fill="${mark.colour}"`;
        parts.push(`<rect x="${(cx - slotW * 0.35).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(slotW * 0.7).toFixed(1)}" height="${Math.max(2, h).toFixed(1)}" ${fill}/>`);
        parts.push(text(cx, base - h - 8, mark.derived ? `${mark.valueText}*` : mark.valueText, `font-size="18" font-weight="700" fill="${INK}" text-anchor="middle"`));
      } else {
        parts.push(text(cx, base - 8, caption.noFigure, `font-size="16" fill="${MUTED}" text-anchor="middle"`));
      }
      parts.push(text(cx, base + 24, row.axisLabel, `font-size="16" fill="${MUTED}" text-anchor="middle"`));
    });
    parts.push(`<line x1="${PAD}" y1="${base}" x2="${WIDTH - PAD}" y2="${base}" stroke="${MUTED}" stroke-width="1"/>`);
    y = base + 56;
  }

  for (const note of caption.notes) {
    parts.push(text(PAD, y, note, `font-size="15" fill="${MUTED}"`));
    y += 24;
  }
  y += 12;
  parts.push(text(PAD, y, caption.sourceLine, `font-size="15" fill="${MUTED}"`));
  y += 24;
  parts.push(text(PAD, y, caption.address, `font-size="15" fill="#86391a"`));
  const height = y + PAD;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${SVG_FONT_FAMILY}" role="img" aria-label="${esc(caption.title)}">`,
    `<title>${esc(caption.title)}</title>`,
    `<rect width="100%" height="100%" fill="#fffdfa"/>`,
    ...parts,
    `</svg>`,
    "",
  ].join("\n");
}
