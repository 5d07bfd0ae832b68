-- What readers call each indicator (content/vocabulary.yaml), for search.
-- CreateTable
CREATE TABLE "SearchVocabulary" (
    "indicatorSlug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    PRIMARY KEY ("indicatorSlug", "locale", "word")
);
