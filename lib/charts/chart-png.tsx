import { ImageResponse } from "next/og";
import { loadFonts, SHARE_IMAGE_SIZE } from "../share/share-card";
import { BAR_SERIES, barValueText, type ChartModel } from "./chart-model";
import type { ChartCaption } from "./chart-svg";

/**
 * A chart as a 1200×630 PNG, drawn by the share images' pipeline (next/og with the bundled
 * Noto Sans SC, no network): the caption sandwich around bars or columns with every value written.
 * It is the chart page's og:image and its PNG download.
 */
export async function renderChartPng(model: ChartModel, caption: ChartCaption, brand: string): Promise<ImageResponse> {
  const slots = model.form === "periods" ? model.rows.flatMap((row) => model.series.map((s) => ({ row, mark: row.marks[s.key] }))) : [];
  const max = model.form === "periods" ? (model.scale.percent ? 100 : Math.max(...slots.map((s) => s.mark?.value ?? 0)) * 1.15 || 1) : model.scale.max || 1;
  const rowCount = model.rows.length;
  const rowGap = rowCount > 5 ? 6 : 14;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          padding: "36px 56px",
          background: "#fffdfa",
          borderTop: "16px solid #86391a",
          fontFamily: "Noto Sans SC",
          color: "#1f1a17",
        }}
      >
        <div style={{ display: "flex", fontSize: 22, fontWeight: 700, color: "#86391a" }}>{brand}</div>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, marginTop: 6 }}>{caption.title}</div>
        <div style={{ display: "flex", fontSize: 22, color: "#5b534d" }}>{caption.meta}</div>
        <div style={{ display: "flex", flexDirection: model.form === "bars" ? "column" : "row", flexGrow: 1, marginTop: 16, justifyContent: model.form === "bars" ? "center" : "flex-start", alignItems: model.form === "bars" ? "stretch" : "flex-end" }}>
          {model.form === "bars"
            ? model.rows.map((row) => {
                const m = row.marks[BAR_SERIES]!;
                return (
                  <div key={row.id} style={{ display: "flex", flexDirection: "column", marginBottom: rowGap }}>
                    <div style={{ display: "flex", justifyContent: "space-between", fontSize: 22 }}>
                      <span>{m.label}</span>
                      <span style={{ fontWeight: 700 }}>{barValueText(m, model.showPeriods)}</span>
                    </div>
                    <div style={{ display: "flex", height: 16, marginTop: 4, background: model.scale.track ? "#E8E2DC" : "transparent", borderRadius: 3 }}>
                      <div style={{ display: "flex", width: `${Math.max(0.3, (m.length / max) * 100)}%`, height: 16, background: m.colour, borderRadius: 3 }} />
                    </div>
                  </div>
                );
              })
            : slots.map(({ row, mark }, i) => (
                <div key={`${row.id}-${i}`} style={{ display: "flex", flexDirection: "column", alignItems: "center", width: 150, marginRight: 16, height: "100%", justifyContent: "flex-end" }}>
                  <div style={{ display: "flex", fontSize: 24, fontWeight: 700, color: mark ? "#1f1a17" : "#5b534d" }}>{mark ? `${mark.valueText}${mark.derived ? "*" : ""}` : caption.noFigure}</div>
                  {mark && (
                    <div
                      style={{
                        display: "flex",
                        width: 100,
                        height: Math.max(2, (mark.value / max) * 220),
                        background: mark.derived ? "#fff" : mark.colour,
                        border: `3px solid ${mark.colour}`,
                      }}
                    />
                  )}
                  <div style={{ display: "flex", fontSize: 20, color: "#5b534d", marginTop: 6 }}>{row.axisLabel}</div>
                </div>
              ))}
        </div>
        {caption.notes.slice(0, 2).map((note) => (
          <div key={note} style={{ display: "flex", fontSize: 16, color: "#5b534d" }}>
            {note}
          </div>
        ))}
        <div style={{ display: "flex", fontSize: 18, color: "#5b534d", marginTop: 8 }}>{caption.sourceLine}</div>
        <div style={{ display: "flex", fontSize: 18, color: "#86391a" }}>{caption.address}</div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
