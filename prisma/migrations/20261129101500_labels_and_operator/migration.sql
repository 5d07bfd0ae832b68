-- Indicator labels (what a figure measures, read out of context), who runs the portal (content/city.yaml)
-- and search synonyms (content/synonyms.yaml).
-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "labelEn" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "labelZh" TEXT;

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "term" TEXT NOT NULL,
    "target" TEXT NOT NULL,

    PRIMARY KEY ("term", "target")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_City" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "provinceZh" TEXT NOT NULL,
    "provinceEn" TEXT NOT NULL,
    "portalNameZh" TEXT NOT NULL,
    "portalNameEn" TEXT NOT NULL,
    "taglineZh" TEXT NOT NULL,
    "taglineEn" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "operatorZh" TEXT NOT NULL,
    "operatorEn" TEXT NOT NULL,
    "icp" TEXT,
    "licenceName" TEXT NOT NULL,
    "licenceUrl" TEXT NOT NULL
);
-- The import rewrites the City row from content/city.yaml; until then the operator is empty.
INSERT INTO "new_City" ("operatorZh", "operatorEn", "contact", "licenceName", "licenceUrl", "nameEn", "nameZh", "portalNameEn", "portalNameZh", "provinceEn", "provinceZh", "slug", "taglineEn", "taglineZh") SELECT '', '', "contact", "licenceName", "licenceUrl", "nameEn", "nameZh", "portalNameEn", "portalNameZh", "provinceEn", "provinceZh", "slug", "taglineEn", "taglineZh" FROM "City";
DROP TABLE "City";
ALTER TABLE "new_City" RENAME TO "City";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

