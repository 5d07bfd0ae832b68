import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, LOCALES } from "@/lib/i18n/paths";
import { EMBED_HEIGHT_SCRIPT } from "@/lib/embed-height";
import "../../globals.css";

// Embeds live in other sites' pages: no header, no footer, and kept out of search results.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="bg-white">
        {children}
        {/* A constant, not content: tells the framing page the content's height (lib/embed-height.ts). */}
        <script dangerouslySetInnerHTML={{ __html: EMBED_HEIGHT_SCRIPT }} />
      </body>
    </html>
  );
}
