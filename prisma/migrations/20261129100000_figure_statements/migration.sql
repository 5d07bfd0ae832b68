-- Several sources for one indicator and period: the figure shown (with why, where they disagree) and the others.
ALTER TABLE "Figure" ADD COLUMN "preferredReason" TEXT;

CREATE TABLE "FigureStatement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" TEXT NOT NULL,
    "sourceSlug" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "qualifier" TEXT NOT NULL,
    "written" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "writtenStart" INTEGER NOT NULL,
    "writtenEnd" INTEGER NOT NULL,
    "checked" TEXT NOT NULL,
    "added" TEXT NOT NULL,
    CONSTRAINT "FigureStatement_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FigureStatement_sourceSlug_fkey" FOREIGN KEY ("sourceSlug") REFERENCES "Source" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "FigureStatement_figureId_idx" ON "FigureStatement"("figureId");
