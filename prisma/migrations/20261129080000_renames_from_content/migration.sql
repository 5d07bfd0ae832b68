-- Renamed indicator slugs are redirected from content/redirects.yaml by next.config.ts (lib/content/redirects.ts)
-- for pages, embeds and the API alike, so the database no longer keeps a copy.
DROP TABLE "SlugRedirect";
