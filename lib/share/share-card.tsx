import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** Open Graph / Twitter card size, as both platforms recommend. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
/** The "save image" card: square, as WeChat shows a picture in a chat. */
export const SQUARE_CARD_SIZE = { width: 1080, height: 1080 };

export type ShareCard = {
  /** The big line: a figure as the page writes it, or a topic's name. */
  headline: string;
  /** What the headline is. */
  label: string;
  /** City and period, or a one-line summary. */
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

const frame = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  justifyContent: "space-between",
  alignItems: "center",
  textAlign: "center",
  background: "#fffdfa",
  borderTop: "24px solid #86391a",
  fontFamily: "Noto Sans SC",
  color: "#1f1a17",
} as const;

const line = { display: "flex", justifyContent: "center" } as const;

/**
 * A 1200×630 PNG card for link previews in WeChat, Weibo and other apps. Everything is centred:
 * a chat that crops the picture to its middle square still shows the figure and its label.
 */
export async function renderShareCard(card: ShareCard): Promise<ImageResponse> {
  const headlineSize = card.headline.length > 12 ? 84 : 120;
  return new ImageResponse(
    (
      <div style={{ ...frame, padding: "48px 72px" }}>
        <div style={{ ...line, fontSize: 34, fontWeight: 700, color: "#86391a" }}>{card.brand}</div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
          <div style={{ ...line, fontSize: headlineSize, fontWeight: 700, color: "#6b2e16", lineHeight: 1.1 }}>{card.headline}</div>
          <div style={{ ...line, fontSize: 44, fontWeight: 700, marginTop: 20 }}>{card.label}</div>
          <div style={{ ...line, fontSize: 32, color: "#5b534d", marginTop: 12 }}>{card.detail}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: "center", fontSize: 26, color: "#5b534d" }}>
          <div style={line}>{card.sourceLine}</div>
          <div style={{ ...line, marginTop: 6, color: "#86391a" }}>{card.address}</div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

/**
 * The square "save image" card: the figure in the middle, what it measures, city and period, the
 * source, and a QR code to the page, so a picture sent in a chat leads back to the figure.
 * `qrCode` is a PNG data URL and its size in pixels.
 */
export async function renderSquareCard(card: ShareCard, qrCode: { src: string; size: number }): Promise<ImageResponse> {
  const headlineSize = card.headline.length > 9 ? 96 : 140;
  return new ImageResponse(
    (
      <div style={{ ...frame, padding: "56px 64px 48px" }}>
        <div style={{ ...line, fontSize: 40, fontWeight: 700, color: "#86391a" }}>{card.brand}</div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
          <div style={{ ...line, fontSize: headlineSize, fontWeight: 700, color: "#6b2e16", lineHeight: 1.1 }}>{card.headline}</div>
          <div style={{ ...line, fontSize: 52, fontWeight: 700, marginTop: 24 }}>{card.label}</div>
          <div style={{ ...line, fontSize: 36, color: "#5b534d", marginTop: 16 }}>{card.detail}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 32 }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws plain img elements */}
          <img src={qrCode.src} width={qrCode.size} height={qrCode.size} alt="" />
          <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left", fontSize: 28, color: "#5b534d", maxWidth: 620 }}>
            <div style={{ display: "flex" }}>{card.sourceLine}</div>
            <div style={{ display: "flex", marginTop: 8, color: "#86391a" }}>{card.address}</div>
          </div>
        </div>
      </div>
    ),
    { ...SQUARE_CARD_SIZE, fonts: await loadFonts() },
  );
}
