import type { Metadata } from "next";
import "../globals.css";

// Embeds live in other sites' pages: no header, no footer, and kept out of search results.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-white">{children}</body>
    </html>
  );
}
