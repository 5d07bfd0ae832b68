import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** Open Graph / Twitter card size, as both platforms recommend. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

export type ShareCard = {
  /** The big line: a figure as the source wrote it, or a topic's name. */
  headline: string;
  /** What the headline is. */
  label: string;
  /** Period, or a one-line summary. */
  detail: string;
  /** "来源：《…》" */
  sourceLine: string;
  /** City and portal name. */
  brand: string;
  /** The portal's address, so a forwarded image still says where it came from. */
  address: string;
};

// Satori cannot read Debian's .ttc collections; this npm package ships plain TTF files with
// every Chinese glyph, read from disk so nothing is fetched at build or run time.
const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc");
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;
export const loadFonts = () =>
  (fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, "400Regular/NotoSansSC_400Regular.ttf")),
    readFile(path.join(FONT_DIR, "700Bold/NotoSansSC_700Bold.ttf")),
  ]).then(([regular, bold]) => [
    { name: "Noto Sans SC", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "Noto Sans SC", data: bold, weight: 700 as const, style: "normal" as const },
  ]));

/** A 1200×630 PNG card for link previews in WeChat, Weibo and other apps. */
export async function renderShareCard(card: ShareCard): Promise<ImageResponse> {
  const headlineSize = card.headline.length > 12 ? 84 : 120;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "56px 72px",
          background: "#fffdfa",
          borderTop: "24px solid #86391a",
          fontFamily: "Noto Sans SC",
          color: "#1f1a17",
        }}
      >
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: "#86391a" }}>{card.brand}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: headlineSize, fontWeight: 700, color: "#6b2e16", lineHeight: 1.1 }}>
            {card.headline}
          </div>
          <div style={{ display: "flex", fontSize: 44, fontWeight: 700, marginTop: 20 }}>{card.label}</div>
          <div style={{ display: "flex", fontSize: 32, color: "#5b534d", marginTop: 12 }}>{card.detail}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", fontSize: 26, color: "#5b534d" }}>
          <div style={{ display: "flex" }}>{card.sourceLine}</div>
          <div style={{ display: "flex", marginTop: 6, color: "#86391a" }}>{card.address}</div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
