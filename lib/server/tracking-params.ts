/**
 * Query parameters that apps and analytics tools append to a shared link and that no page of the
 * portal reads. A pre-rendered page asked for with only these is the same page, so scripts/serve.ts
 * answers it from memory; any other parameter (or a repeated page parameter) sends the request to Next.
 * This is an allowlist on purpose: a parameter not listed here is assumed to matter.
 */

/** Exact names, grouped by where they come from. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // WeChat (微信): every link shared to a chat, a group or Moments gets these.
  "from", // singlemessage | groupmessage | timeline
  "isappinstalled",
  "scene",
  "subscene",
  "clicktime",
  "enterid",
  "sessionid",
  "ascene",
  "devicetype",
  "nettype",
  "pass_ticket",
  "wx_header",
  // Alibaba family (Taobao, Alipay, Youku, DingTalk, UC browser): page-position tracking.
  "spm",
  "scm",
  // Baidu ads and Baidu Tongji.
  "bd_vid",
  // Bilibili shares.
  "share_source",
  "share_medium",
  "share_plat",
  "share_session_id",
  "share_tag",
  "share_from",
  "vd_source",
  // Xiaohongshu (小红书) shares.
  "xhsshare",
  "appuid",
  "apptime",
  "share_from_user_hidden",
  // Google Ads click ids.
  "gclid",
  "gbraid",
  "wbraid",
  "dclid",
  // Meta (Facebook, Instagram), Microsoft Ads, Yandex, X (Twitter).
  "fbclid",
  "msclkid",
  "yclid",
  "twclid",
  // Newsletters: Mailchimp and HubSpot.
  "mc_cid",
  "mc_eid",
  "_hsenc",
  "_hsmi",
]);

/** Name prefixes: Google Analytics' campaign parameters (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id …). */
export const TRACKING_PREFIXES: readonly string[] = ["utm_"];

/**
 * Parameters a page or route really reads, found by grepping searchParams and next.config.ts:
 * search's q and page, the embed's ?lang=en rewrite, chart pages' ?view=, and Next's own _rsc.
 * Kept here so a test can check the two lists never overlap.
 */
export const PAGE_PARAMS: readonly string[] = ["q", "page", "lang", "view", "_rsc"];

export const isTrackingParam = (name: string) =>
  TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));

/** True when the URL has no query, or only tracking parameters: the page is the same as without them. */
export function onlyTrackingParams(url: URL): boolean {
  if (!url.search) return true;
  for (const name of url.searchParams.keys()) if (!isTrackingParam(name)) return false;
  return true;
}
