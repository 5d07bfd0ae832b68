-- A source's kind of document (citations and structured data follow it) and its language.
ALTER TABLE "Source" ADD COLUMN "type" TEXT NOT NULL DEFAULT 'newspaper-article';
ALTER TABLE "Source" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'zh-CN';
