-- What a figure states (a level, or a change against an earlier period), and corrections that change a
-- figure's qualifier (90%以上 read as more-than, now at-least).
ALTER TABLE "Figure" ADD COLUMN "change" TEXT;
ALTER TABLE "Correction" ADD COLUMN "oldQualifier" TEXT;
ALTER TABLE "Correction" ADD COLUMN "newQualifier" TEXT;
