import { useState } from "react";
import type { DeskView, Entry, Problem } from "./api";

const input = "w-full rounded border border-stone-400 bg-white px-2 py-1";

type Patch = (body: Partial<Pick<Entry, "figure" | "decision" | "preferred" | "correction">>) => Promise<void>;

/** One candidate: its reading (editable), its decision, and what the checks say about it. */
export function CandidatePanel({ view, entry, problems: all, patch }: { view: DeskView; entry: Entry; problems: Problem[]; patch: Patch }) {
  const suggestion = view.suggestions[entry.id];
  const problems = all.filter((p) => p.kind !== "undecided");
  const [figure, setFigure] = useState(entry.figure);
  const d = entry.decision;
  const [kind, setKind] = useState<"new" | "series" | "reject" | null>(d?.kind ?? (entry.match ? "series" : null));
  const [fresh, setFresh] = useState({
    topic: d?.kind === "new" ? d.topic : (suggestion?.topic ?? ""),
    slug: d?.kind === "new" ? d.slug : (suggestion?.slug ?? ""),
    nameZh: d?.kind === "new" ? d.name.zh : (suggestion?.name.zh ?? entry.label),
    nameEn: d?.kind === "new" ? d.name.en : (suggestion?.name.en ?? ""),
    descZh: d?.kind === "new" ? d.description.zh : "",
    descEn: d?.kind === "new" ? d.description.en : "",
  });
  const [series, setSeries] = useState(d?.kind === "series" ? d.indicator : (entry.match?.slug ?? suggestion?.matches[0]?.slug ?? ""));
  const [preferred, setPreferred] = useState(entry.preferred ?? { which: "this" as const, reason: "" });
  const [correction, setCorrection] = useState(entry.correction ?? { date: view.today, reason: "" });

  const ind = (slug: string) => view.catalog.indicators.find((i) => i.slug === slug);
  const figureChanged = JSON.stringify(figure) !== JSON.stringify(entry.figure);
  const conflict = problems.some((p) => p.kind === "conflict") || entry.preferred;
  const needsCorrection = problems.some((p) => p.kind === "correction") || entry.correction;
  const likely = suggestion?.matches ?? [];
  const others = view.catalog.indicators.filter((i) => i.unit === figure.unit && !likely.some((m) => m.slug === i.slug));

  async function decide() {
    const base = figureChanged ? { figure } : {};
    if (kind === "reject") return patch({ ...base, decision: { kind: "reject" }, preferred: null, correction: null });
    if (kind === "series") return patch({ ...base, decision: { kind: "series", indicator: series } });
    if (kind === "new") {
      return patch({
        ...base,
        decision: {
          kind: "new", topic: fresh.topic, slug: fresh.slug.trim(),
          name: { zh: fresh.nameZh, en: fresh.nameEn },
          // A description is required; the name stands in until the editor writes one.
          description: { zh: fresh.descZh || fresh.nameZh, en: fresh.descEn || fresh.nameEn },
        },
        preferred: null, correction: null,
      });
    }
  }

  return (
    <section id="candidate-panel" aria-label={`Candidate ${entry.written}`} className="mt-4 rounded border border-stone-300 bg-white p-3">
      <p className="mb-2 text-sm">
        <span className="font-semibold">{entry.written}</span> in “{entry.quote}”
      </p>
      <p className="mb-2 text-xs text-stone-600">Period {entry.periodWhy}{entry.change ? ` · a change (${entry.change}), not a level` : ""}</p>
      <div className="mb-3 grid grid-cols-4 gap-2">
        <label>
          <span className="text-xs">Value (base units)</span>
          <input className={input} type="number" step="any" value={figure.value} onChange={(e) => setFigure({ ...figure, value: Number(e.target.value) })} />
        </label>
        <label>
          <span className="text-xs">Unit</span>
          <select className={input} value={figure.unit} onChange={(e) => setFigure({ ...figure, unit: e.target.value })}>
            {!view.catalog.units.some((u) => u.key === figure.unit) && <option value={figure.unit}>{figure.unit} (new: not in units.yaml)</option>}
            {view.catalog.units.map((u) => (
              <option key={u.key} value={u.key}>
                {u.key} ({u.zh})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-xs">Qualifier</span>
          <select className={input} value={figure.qualifier} onChange={(e) => setFigure({ ...figure, qualifier: e.target.value })}>
            {!view.catalog.qualifiers.includes(figure.qualifier as never) && <option value={figure.qualifier}>{figure.qualifier} (not in the schema)</option>}
            {view.catalog.qualifiers.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-xs">Period</span>
          <input className={input} value={figure.period} onChange={(e) => setFigure({ ...figure, period: e.target.value })} />
        </label>
      </div>

      <fieldset className="mb-2">
        <legend className="text-sm font-medium">Decision</legend>
        <div className="flex gap-4">
          {(
            [
              ["series", "Add to an existing series"],
              ["new", "New indicator"],
              ["reject", "Not a figure"],
            ] as const
          ).map(([k, label]) => (
            <label key={k} className="flex items-center gap-1">
              <input type="radio" name={`kind-${entry.id}`} checked={kind === k} onChange={() => setKind(k)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>

      {kind === "series" && (
        <fieldset className="mb-2 space-y-1" aria-label="Indicator">
          <legend className="text-xs text-stone-600">Likely matches first, each with its current series</legend>
          {likely.map((m) => (
            <label key={m.slug} className="flex items-start gap-2 rounded border border-stone-200 p-1">
              <input type="radio" name={`series-${entry.id}`} checked={series === m.slug} onChange={() => setSeries(m.slug)} />
              <span>
                <span className="font-medium">{ind(m.slug)?.name.zh}</span> <span className="text-stone-600">{ind(m.slug)?.name.en} · {m.slug} · match {m.score}</span>
                <span className="block text-xs text-stone-700">{ind(m.slug)?.series.map((f) => f.shown.zh).join(" · ")}</span>
              </span>
            </label>
          ))}
          <label className="block text-sm">
            Another indicator in {figure.unit}:{" "}
            <select className="rounded border border-stone-400" value={likely.some((m) => m.slug === series) ? "" : series} onChange={(e) => setSeries(e.target.value)}>
              <option value="">—</option>
              {others.map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.name.zh} ({i.slug})
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}

      {kind === "new" && (
        <div className="mb-2 grid grid-cols-2 gap-2">
          <label>
            <span className="text-xs">Topic</span>
            <select className={input} value={fresh.topic} onChange={(e) => setFresh({ ...fresh, topic: e.target.value })}>
              {view.catalog.topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name.zh} {t.name.en}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="text-xs">Slug (lower-case English words joined by hyphens)</span>
            <input className={input} value={fresh.slug} onChange={(e) => setFresh({ ...fresh, slug: e.target.value })} />
          </label>
          <label>
            <span className="text-xs">Chinese name</span>
            <input className={input} value={fresh.nameZh} onChange={(e) => setFresh({ ...fresh, nameZh: e.target.value })} />
          </label>
          <label>
            <span className="text-xs">English name {suggestion?.nameFrom ? `(proposed from “${suggestion.nameFrom}”)` : ""}</span>
            <input className={input} value={fresh.nameEn} onChange={(e) => setFresh({ ...fresh, nameEn: e.target.value })} />
          </label>
          <label>
            <span className="text-xs">Chinese description (optional: the name otherwise)</span>
            <input className={input} value={fresh.descZh} onChange={(e) => setFresh({ ...fresh, descZh: e.target.value })} />
          </label>
          <label>
            <span className="text-xs">English description</span>
            <input className={input} value={fresh.descEn} onChange={(e) => setFresh({ ...fresh, descEn: e.target.value })} />
          </label>
        </div>
      )}

      <button onClick={decide} disabled={!kind} className="rounded bg-amber-800 px-3 py-1 font-medium text-white disabled:opacity-50">
        Save decision
      </button>

      {problems.length > 0 && (
        <ul aria-label="Checks for this figure" className="mt-3 list-disc rounded border border-red-300 bg-red-50 p-2 pl-6 text-sm text-red-900">
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}

      {conflict && (
        <fieldset className="mt-3 rounded border border-amber-400 p-2" aria-label="Sources disagree">
          <legend className="text-sm font-medium">Two sources disagree for {figure.period}: which does the portal show?</legend>
          <label className="mr-4">
            <input type="radio" checked={preferred.which === "this"} onChange={() => setPreferred({ ...preferred, which: "this" })} /> this source ({entry.written})
          </label>
          <label>
            <input type="radio" checked={preferred.which === "existing"} onChange={() => setPreferred({ ...preferred, which: "existing" })} /> the published figure
          </label>
          <label className="block">
            <span className="text-xs">Why</span>
            <input className={input} value={preferred.reason} onChange={(e) => setPreferred({ ...preferred, reason: e.target.value })} />
          </label>
          <button className="mt-1 rounded bg-stone-800 px-3 py-1 text-sm text-white" onClick={() => patch({ preferred })}>
            Save preferred source
          </button>
        </fieldset>
      )}

      {needsCorrection && (
        <fieldset className="mt-3 rounded border border-amber-400 p-2" aria-label="Correction">
          <legend className="text-sm font-medium">This changes a published value: record the correction</legend>
          <label className="block">
            <span className="text-xs">Date</span>
            <input className={input} type="date" value={correction.date} onChange={(e) => setCorrection({ ...correction, date: e.target.value })} />
          </label>
          <label className="block">
            <span className="text-xs">Reason (shown on the figure page and in the feed)</span>
            <input className={input} value={correction.reason} onChange={(e) => setCorrection({ ...correction, reason: e.target.value })} />
          </label>
          <button className="mt-1 rounded bg-stone-800 px-3 py-1 text-sm text-white" onClick={() => patch({ correction })}>
            Save correction
          </button>
        </fieldset>
      )}
    </section>
  );
}
