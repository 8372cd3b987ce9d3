// The floors a linter cannot beat: read every file; gray-matter + remark-parse each file in one thread or over workers.
// Usage: node bench/floors.mjs read|parse|parse-workers <dir> [--workers 2]
import fs from "node:fs";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

function listMarkdown(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => path.join(dir, f));
}

async function parseAll(files) {
  const { default: matter } = await import("gray-matter");
  const { unified } = await import("unified");
  const { default: remarkParse } = await import("remark-parse");
  const processor = unified().use(remarkParse);
  let nodes = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    // A fresh options object keeps gray-matter from answering out of its own cache of earlier inputs.
    const { content } = matter(text, {});
    const tree = processor.parse(content);
    nodes += tree.children.length;
  }
  return nodes;
}

if (!isMainThread) {
  parentPort.postMessage(await parseAll(workerData.files));
} else {
  const [mode, dir] = process.argv.slice(2);
  const wi = process.argv.indexOf("--workers");
  const workers = wi > 0 ? Number(process.argv[wi + 1]) : 2;
  if (!mode || !dir) {
    console.error("floors: usage: node bench/floors.mjs read|parse|parse-workers <dir> [--workers 2]");
    process.exit(2);
  }
  const files = listMarkdown(dir);
  if (mode === "read") {
    let bytes = 0;
    for (const f of files) bytes += fs.readFileSync(f, "utf8").length;
    console.log(`read ${files.length} files, ${bytes} chars`);
  } else if (mode === "parse") {
    console.log(`parsed ${files.length} files, ${await parseAll(files)} top-level nodes`);
  } else if (mode === "parse-workers") {
    const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
    const counts = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { files: share } });
      worker.once("message", resolve);
      worker.once("error", reject);
    })));
    console.log(`parsed ${files.length} files over ${workers} workers, ${counts.reduce((a, b) => a + b, 0)} top-level nodes`);
  } else {
    console.error(`floors: unknown mode '${mode}'; use read, parse or parse-workers`);
    process.exit(2);
  }
}
