import { useEffect, useState } from "react";
import { call, DeskError, type DeskView } from "./api";
import { Preview } from "./preview";

type DiffFile = { file: string; patch: string; created: boolean };
type Job = DeskView["job"];

/** Step 5: the diff of every content file first, then publish (write, import, build) with its progress. */
export function PublishPanel({ view, setView }: { view: DeskView; setView: (v: DeskView) => void }) {
  const [files, setFiles] = useState<DiffFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ message: string }[]>([]);
  const [job, setJob] = useState<Job | null>(null);

  useEffect(() => {
    call<{ files: DiffFile[]; problems: { message: string }[] }>("GET", "/api/diff")
      .then((d) => {
        setFiles(d.files);
        setProblems(d.problems);
      })
      .catch((e: DeskError) => setError(e.message));
  }, [view]);

  // Progress is read once a second while the import and build run.
  useEffect(() => {
    if (!job || job.phase === "done" || job.phase === "failed" || job.phase === "idle") return;
    const timer = setTimeout(async () => setJob((await call<{ job: Job }>("GET", "/api/publish")).job), 1000);
    return () => clearTimeout(timer);
  }, [job]);

  async function publish() {
    setError(null);
    try {
      setJob((await call<{ job: Job }>("POST", "/api/publish")).job);
    } catch (e) {
      const de = e as DeskError;
      setError(de.message);
      setProblems(de.problems);
    }
  }

  if (job) {
    return (
      <section aria-label="Publishing" className="rounded border border-stone-300 bg-white p-3">
        <h3 className="font-semibold" data-testid="publish-phase">
          {job.phase === "done" ? "Published" : job.phase === "failed" ? "Publishing failed" : `Publishing: ${job.phase}…`}
        </h3>
        {job.error && <p role="alert" className="text-red-900">{job.error}</p>}
        <pre className="mt-2 max-h-96 overflow-auto bg-stone-900 p-2 text-xs text-stone-100">{job.log.join("\n")}</pre>
        {(job.phase === "done" || job.phase === "failed") && (
          <button className="mt-2 rounded bg-stone-800 px-3 py-1 text-white" onClick={async () => setView(await call("GET", "/api/review"))}>
            Back to the desk
          </button>
        )}
      </section>
    );
  }

  return (
    <section aria-label="Changes to content" className="space-y-3">
      {problems.length > 0 && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-medium">Nothing can be written until these are fixed:</p>
          <ul className="list-disc pl-6">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {error && problems.length === 0 && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
          {error}
        </p>
      )}
      <Preview view={view} />
      <div className="flex items-center gap-3">
        <h3 className="font-semibold">The content files as they will change</h3>
        <button onClick={publish} disabled={problems.length > 0 || !files} className="ml-auto rounded bg-green-800 px-4 py-2 font-medium text-white disabled:opacity-50">
          Publish
        </button>
      </div>
      {files?.map((f) => (
        <figure key={f.file} className="rounded border border-stone-300 bg-white" data-diff-file={f.file}>
          <figcaption className="border-b border-stone-200 px-2 py-1 font-mono text-sm">
            {f.file} {f.created && <span className="text-green-800">(new file)</span>}
          </figcaption>
          <pre className="max-h-80 overflow-auto p-2 text-xs leading-5">
            {f.patch
              .split("\n")
              .slice(4)
              .map((line, i) => (
                <div key={i} className={line.startsWith("+") ? "bg-green-50 text-green-900" : line.startsWith("-") ? "bg-red-50 text-red-900" : line.startsWith("@@") ? "text-stone-500" : ""}>
                  {line || " "}
                </div>
              ))}
          </pre>
        </figure>
      ))}
    </section>
  );
}
