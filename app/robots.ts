import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // Embeds carry noindex themselves; search result pages are endless, so they are not crawled.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/search", "/en/search", "/api/"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
