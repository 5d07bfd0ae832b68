-- Renamed indicator slugs, imported from content/redirects.yaml: the production server (lib/server/) redirects
-- the old addresses from the database it serves, so a rename works from the import on, and a test can serve a
-- fixture's rename without a build of its own. next.config.ts still makes the same redirects for `next start`.
CREATE TABLE "Rename" (
    "fromSlug" TEXT NOT NULL PRIMARY KEY,
    "toSlug" TEXT NOT NULL
);
