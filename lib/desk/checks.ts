import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ContentError, loadContent, type Content } from "../content/load";
import { silentChanges, type PublishedFigure } from "../content/published";
import type { Plan } from "./apply";

/**
 * The importer's own checks, run on content as it would be after the review: the planned files are laid
 * over a scratch copy of content/ (never content/ itself), validated by loadContent, and compared with
 * what the database publishes, exactly as `npm run db:seed` would. Each problem is then placed beside the
 * figure it names.
 */

export type ProblemKind = "undecided" | "conflict" | "correction" | "slug" | "other";
export type Problem = { candidate: string | null; kind: ProblemKind; message: string };

export type CheckResult = { problems: Problem[]; content: Content | null };

function kindOf(message: string): ProblemKind {
  if (/the sources disagree|only one figure of period/.test(message)) return "conflict";
  if (/without a correction entry/.test(message)) return "correction";
  if (/duplicate indicator slug|field slug/.test(message)) return "slug";
  return "other";
}

/** The candidate a loader message is about, from the indicator and figure numbers it names. */
function candidateOf(message: string, plan: Plan): string | null {
  const m = /indicator ([a-z0-9-]+), figures? ([\d and]+)/.exec(message);
  if (m) {
    const positions = m[2].split(" and ").map((n) => Number(n) - 1);
    const hit = Object.entries(plan.placements).find(([, p]) => p.indicator === m[1] && positions.includes(p.index));
    if (hit) return hit[0];
  }
  const slug = /indicator ([a-z0-9-]+)(?::|,)/.exec(message);
  if (slug) {
    const hit = Object.entries(plan.placements).find(([, p]) => p.indicator === slug[1]);
    if (hit) return hit[0];
  }
  return null;
}

export function checkPlan(contentDir: string, plan: Plan, published: PublishedFigure[]): CheckResult {
  const problems: Problem[] = [...plan.problems];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "desk-check-"));
  try {
    cpSync(contentDir, scratch, { recursive: true, filter: (src) => path.relative(contentDir, src).split(path.sep)[0] !== "drafts" });
    for (const [rel, text] of Object.entries(plan.files)) {
      mkdirSync(path.dirname(path.join(scratch, rel)), { recursive: true });
      writeFileSync(path.join(scratch, rel), text);
    }
    // loadContent names files relative to the working folder; name them as content/ files instead.
    const shown = (message: string) => message.split(`${path.relative(process.cwd(), scratch)}/`).join("content/");
    let content: Content | null = null;
    let messages: string[];
    try {
      content = loadContent(scratch);
      messages = silentChanges(published, content);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      messages = e.problems;
    }
    for (const raw of messages) {
      const message = shown(raw);
      problems.push({ candidate: candidateOf(message, plan), kind: kindOf(message), message });
    }
    // The content as loaded is returned whenever the importer could read it, for the preview.
    return { problems, content };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
