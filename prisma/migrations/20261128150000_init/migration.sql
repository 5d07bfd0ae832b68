-- CreateTable
CREATE TABLE "City" (
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
    "licenceName" TEXT NOT NULL,
    "licenceUrl" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "publisher" TEXT,
    "published" TEXT,
    "url" TEXT,
    "retrieved" TEXT NOT NULL,
    "text" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Unit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "enSingular" TEXT NOT NULL,
    "enPlural" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Indicator" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "unitKey" TEXT NOT NULL,
    "headline" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Indicator_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_unitKey_fkey" FOREIGN KEY ("unitKey") REFERENCES "Unit" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorSlug" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" INTEGER,
    "periodEnd" INTEGER,
    "written" TEXT,
    "quote" TEXT,
    "sourceSlug" TEXT,
    "quoteStart" INTEGER,
    "quoteEnd" INTEGER,
    "writtenStart" INTEGER,
    "writtenEnd" INTEGER,
    "derivedOp" TEXT,
    "derivedInputs" TEXT,
    "derivedDecimals" INTEGER,
    "checked" TEXT NOT NULL,
    "added" TEXT NOT NULL,
    CONSTRAINT "Figure_indicatorSlug_fkey" FOREIGN KEY ("indicatorSlug") REFERENCES "Indicator" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "oldValue" REAL NOT NULL,
    "newValue" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "Correction_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Story" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "speakerZh" TEXT NOT NULL,
    "speakerEn" TEXT NOT NULL,
    "contextZh" TEXT NOT NULL,
    "contextEn" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "translationEn" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    CONSTRAINT "Story_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Story_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Chart" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "topicSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "spec" TEXT NOT NULL,
    CONSTRAINT "Chart_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "fromSlug" TEXT NOT NULL PRIMARY KEY,
    "toSlug" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Indicator_topicSlug_position_idx" ON "Indicator"("topicSlug", "position");

-- CreateIndex
CREATE INDEX "Figure_indicatorSlug_idx" ON "Figure"("indicatorSlug");


-- Full-text search over figures, topics, stories and source sentences. The trigram
-- tokenizer finds Chinese substrings, which have no spaces to split words on.
CREATE VIRTUAL TABLE "SearchEntry" USING fts5(
    kind UNINDEXED,
    ref UNINDEXED,
    locale UNINDEXED,
    title,
    body,
    tokenize = 'trigram'
);
