// Writes a reproducible synthetic ADR corpus (MADR 3, Nygard, adrkit mixed, 3-6 KB, with seeded defects).
// Usage: node bench/generate.mjs --n 1000 --seed 1 --out bench/corpora/n1000
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// sfc32 seeded through splitmix32: a small PRNG of our own so corpora are identical on every Node version.
export function makeRandom(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const COMPONENTS = ["the billing service", "the search index", "the event bus", "the API gateway", "the mobile app",
  "the reporting pipeline", "the identity provider", "the order database", "the notification worker",
  "the content store", "the feature-flag service", "the audit log", "the payments adapter", "the data warehouse",
  "the session cache", "the public website", "the partner integration", "the scheduler", "the CI pipeline"];
const TECH = ["PostgreSQL", "Kafka", "Redis", "Elasticsearch", "RabbitMQ", "gRPC", "GraphQL", "Terraform",
  "Kubernetes", "AWS Lambda", "DynamoDB", "OpenTelemetry", "Keycloak", "S3", "SQLite", "NATS", "Envoy",
  "React", "Spring Boot", "Go modules", "a monorepo", "feature toggles", "event sourcing", "CQRS", "OAuth 2.1"];
const PEOPLE = ["Ana Ruiz", "Ben Okafor", "Chen Wei", "Dana Levi", "Eva Novak", "Farid Haddad", "Grace Kim",
  "Hugo Martin", "Ines Costa", "Jon Berg", "Kira Sato", "Lena Fischer", "Mo Said", "Nora Lund", "Omar Ali"];
const TAGS = ["data", "security", "infrastructure", "frontend", "api", "observability", "cost", "compliance",
  "performance", "process", "testing", "messaging"];
const VERBS = ["adopt", "replace", "split", "consolidate", "introduce", "retire", "move", "standardise on"];
const CONCRETE = [
  "{c} handles about {n} requests per second at peak and p99 latency must stay under {m} ms.",
  "Last quarter {c} had {k} incidents, {k2} of them caused by connection exhaustion during deploys.",
  "The team of {k} engineers spends roughly {k2} days a month keeping {c} patched.",
  "Storage for {c} grows by {n} GB a month; at that rate the current cluster is full by {date}.",
  "{t} is already run by the platform team for {k} other services, so on-call knowledge exists.",
  "Migrating {c} means rewriting {n} lines of adapter code and {k} integration tests.",
  "A load test with {n} concurrent users showed {c} saturating one core at {k}0% of the target.",
  "The contract with the current vendor ends on {date}, and renewal costs {n} EUR a year.",
  "Three customers asked for {c} to keep data in the EU region, which {t} supports natively.",
  "Rolling back means restoring the last snapshot of {c}, which takes about {k} hours and loses no data.",
];
const VAGUE = [
  "{t} is simply better and more modern than what we have.",
  "This approach is more scalable and more flexible.",
  "It is the industry standard, so it is the best choice.",
  "Everyone knows {t} is faster and easier to use.",
  "This will improve performance and make things more robust.",
];
const PLACEHOLDERS = ["TODO", "TBD", "{describe the context}", "[Describe the consequences here]",
  "Lorem ipsum dolor sit amet.", "<!-- What do we give up? Name at least one real cost. -->", "..."];
const FILLER = [
  "We looked at how {c} is used today and what changes in the next two releases.",
  "The discussion took place in the architecture forum and in two follow-up sessions with {p}.",
  "Monitoring dashboards for {c} are already in place and alerts go to the owning team.",
  "We expect the change to touch the deployment scripts, the runbooks and the on-call guide.",
  "Documentation for {t} is good and the team has used it in a previous project.",
  "The existing `config.yaml` keys keep their names so that no consumer needs a change.",
  "See the [runbook](https://example.com/runbooks/{slug}) for the operational steps.",
  "Any new dependency goes through the usual licence and security review before it ships.",
];

function fill(rng, template, ctx) {
  return template
    .replaceAll("{c}", rng.pick(COMPONENTS))
    .replaceAll("{t}", ctx.tech)
    .replaceAll("{p}", rng.pick(PEOPLE))
    .replaceAll("{n}", String(rng.int(20, 9000)))
    .replaceAll("{m}", String(rng.int(50, 800)))
    .replaceAll("{k}", String(rng.int(2, 9)))
    .replaceAll("{k2}", String(rng.int(1, 5)))
    .replaceAll("{date}", isoDate(rng, 2026, 2028))
    .replaceAll("{slug}", ctx.slug);
}

function isoDate(rng, fromYear, toYear) {
  const y = rng.int(fromYear, toYear), m = rng.int(1, 12), d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// A paragraph of 2-5 sentences; vague defects swap in hand-waving sentences.
function paragraph(rng, ctx, sentences = rng.int(2, 5)) {
  const out = [];
  for (let i = 0; i < sentences; i++) {
    if (ctx.defects.has("vague") && rng.chance(0.35)) out.push(fill(rng, rng.pick(VAGUE), ctx));
    else out.push(capitalise(fill(rng, rng.pick(rng.chance(0.6) ? CONCRETE : FILLER), ctx)));
  }
  return out.join(" ");
}

function list(rng, ctx, prefix, count) {
  return Array.from({ length: count }, () => `${prefix}${fill(rng, rng.pick(CONCRETE), ctx)}`).join("\n");
}

// Section body: placeholder defects replace one section's body with template residue.
function body(rng, ctx, id, make) {
  if (ctx.placeholderIn === id) return rng.pick(PLACEHOLDERS);
  return make();
}

function linkTo(ctx, target) {
  if (!target) return "";
  return `[${target.number}. ${target.title}](${target.file})`;
}

function madr3(rng, ctx) {
  const m = ctx.meta;
  const opts = ctx.options;
  const fm = ["---", `status: ${m.status}`, `date: ${m.date}`, `deciders: ${m.deciders.join(", ")}`,
    `consulted: ${m.consulted.join(", ")}`, `informed: ${m.informed.join(", ")}`, "---", ""];
  const s = [];
  s.push(`# ${ctx.title}`, "");
  s.push("## Context and Problem Statement", "", body(rng, ctx, "context", () => paragraph(rng, ctx) + "\n\n" + paragraph(rng, ctx)), "");
  s.push("## Decision Drivers", "", list(rng, ctx, "* ", rng.int(2, 4)), "");
  s.push("## Considered Options", "", opts.map((o) => `* ${o}`).join("\n"), "");
  s.push("## Decision Outcome", "", body(rng, ctx, "decision", () => `Chosen option: "${opts[0]}", because ${fill(rng, rng.pick(CONCRETE), ctx).toLowerCase()}`), "");
  if (!ctx.missing.has("consequences")) {
    s.push("### Consequences", "", body(rng, ctx, "consequences", () =>
      `* Good, because ${fill(rng, rng.pick(CONCRETE), ctx)}\n* Bad, because ${fill(rng, rng.pick(CONCRETE), ctx)}`), "");
  }
  s.push("### Confirmation", "", paragraph(rng, ctx, 2), "");
  if (!ctx.missing.has("options")) {
    s.push("## Pros and Cons of the Options", "");
    for (const o of opts) {
      s.push(`### ${o}`, "", paragraph(rng, ctx, 2), "", `* Good, because ${fill(rng, rng.pick(CONCRETE), ctx)}`,
        `* Neutral, because ${fill(rng, rng.pick(FILLER), ctx)}`, `* Bad, because ${fill(rng, rng.pick(CONCRETE), ctx)}`, "");
    }
  }
  s.push("## More Information", "", ctx.linkLines.join("\n\n"), "", paragraph(rng, ctx, 2), "");
  return { head: fm.join("\n"), sections: s };
}

function nygard(rng, ctx) {
  const m = ctx.meta;
  const s = [];
  s.push(`# ${ctx.number}. ${ctx.title}`, "", `Date: ${m.date}`, "", "## Status", "", capitalise(m.status), "");
  if (ctx.linkLines.length) s.push(ctx.linkLines.join("\n\n"), "");
  if (!ctx.missing.has("context")) {
    s.push("## Context", "", body(rng, ctx, "context", () => [paragraph(rng, ctx), paragraph(rng, ctx), paragraph(rng, ctx)].join("\n\n")), "");
  }
  s.push("## Decision", "", body(rng, ctx, "decision", () => `We will ${rng.pick(VERBS)} ${ctx.tech} for ${rng.pick(COMPONENTS)}. ${paragraph(rng, ctx)}`), "");
  if (!ctx.missing.has("consequences")) {
    s.push("## Consequences", "", body(rng, ctx, "consequences", () => paragraph(rng, ctx) + "\n\n" + list(rng, ctx, "- ", rng.int(2, 4))), "");
  }
  return { head: "", sections: s };
}

function adrkit(rng, ctx) {
  const m = ctx.meta;
  const fm = ["---", `status: ${m.status}`, `date: ${m.date}`,
    `decision-makers: [${m.deciders.join(", ")}]`, `consulted: [${m.consulted.join(", ")}]`,
    `informed: [${m.informed.join(", ")}]`, `tags: [${m.tags.join(", ")}]`, `review-by: ${m.reviewBy}`];
  if (ctx.supersedes) fm.push(`supersedes: [${ctx.supersedes.number}]`);
  if (ctx.relates) fm.push(`relates-to: [${ctx.relates.number}]`);
  fm.push("---", "");
  const s = [];
  const opts = ctx.options;
  s.push(`# ${ctx.number}. ${ctx.title}`, "");
  s.push("## Summary", "", `We ${rng.pick(VERBS)} ${ctx.tech} for ${rng.pick(COMPONENTS)}.`, "");
  if (!ctx.missing.has("context")) s.push("## Context", "", body(rng, ctx, "context", () => paragraph(rng, ctx) + "\n\n" + paragraph(rng, ctx)), "");
  if (!ctx.missing.has("options")) {
    s.push("## Options considered", "");
    for (const o of opts) s.push(`### ${o}`, "", `- Pro: ${fill(rng, rng.pick(CONCRETE), ctx)}`, `- Con: ${fill(rng, rng.pick(CONCRETE), ctx)}`, "");
  }
  s.push("## Decision", "", body(rng, ctx, "decision", () => `We will ${rng.pick(VERBS)} ${ctx.tech} because ${fill(rng, rng.pick(CONCRETE), ctx).toLowerCase()} Chosen option: "${opts[0]}".`), "");
  if (!ctx.missing.has("tradeoffs")) {
    s.push("## Trade-offs", "", body(rng, ctx, "tradeoffs", () =>
      `- Gain: ${fill(rng, rng.pick(CONCRETE), ctx)}\n- Give up: ${fill(rng, rng.pick(CONCRETE), ctx)}`), "");
  }
  if (!ctx.missing.has("assumptions")) {
    s.push("## Assumptions", "", body(rng, ctx, "assumptions", () => Array.from({ length: rng.int(1, 3) }, () =>
      `- ${fill(rng, rng.pick(CONCRETE), ctx).replace(/\.$/, "")}. Validate: ${fill(rng, rng.pick(FILLER), ctx).replace(/\.$/, "")}. By: ${isoDate(rng, 2026, 2027)}`).join("\n")), "");
  }
  if (!ctx.missing.has("failureModes")) {
    s.push("## Failure modes", "", body(rng, ctx, "failureModes", () => Array.from({ length: rng.int(1, 3) }, () =>
      `- At 10x load ${rng.pick(COMPONENTS)} runs out of connections. Impact: ${fill(rng, rng.pick(CONCRETE), ctx)} Detection: alert on pool saturation. Mitigation: shed load at the gateway.`).join("\n")), "");
  }
  s.push("## Reversibility", "", `Door: ${rng.pick(["one-way", "two-way"])}`, "", paragraph(rng, ctx, 2), "");
  if (!ctx.missing.has("consequences")) s.push("## Consequences", "", body(rng, ctx, "consequences", () => paragraph(rng, ctx)), "");
  if (ctx.linkLines.length) s.push("## Links", "", ctx.linkLines.map((l) => `- ${l}`).join("\n"), "");
  return { head: fm.join("\n"), sections: s };
}

const FORMATS = [["madr3", madr3, 0.4], ["nygard", nygard, 0.3], ["adrkit", adrkit, 0.3]];
const MISSABLE = { madr3: ["consequences", "options"], nygard: ["context", "consequences"],
  adrkit: ["context", "options", "tradeoffs", "assumptions", "failureModes", "consequences"] };

// Defect shares, per file, chosen to resemble what real ADR repositories show.
export const DEFECT_RATES = { missingSection: 0.15, placeholder: 0.1, vague: 0.2, brokenLink: 0.05,
  duplicateNumber: 0.02, unaccepted: 0.15 };

export function generate({ n, seed, out }) {
  const rng = makeRandom(seed);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const written = [];
  const counts = { madr3: 0, nygard: 0, adrkit: 0 };
  const defects = Object.fromEntries(Object.keys(DEFECT_RATES).map((k) => [k, 0]));
  let bytes = 0;
  for (let i = 1; i <= n; i++) {
    let r = rng.next(), k = 0;
    while (r > FORMATS[k][2] && k < FORMATS.length - 1) r -= FORMATS[k++][2];
    const [format, render] = FORMATS[k];
    counts[format]++;
    const tech = rng.pick(TECH);
    const title = `${capitalise(rng.pick(VERBS))} ${tech} for ${rng.pick(COMPONENTS).replace(/^the /, "")}`;
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const active = new Set(Object.keys(DEFECT_RATES).filter((d) => rng.chance(DEFECT_RATES[d])));
    if (active.has("duplicateNumber") && written.length === 0) active.delete("duplicateNumber");
    for (const d of active) defects[d]++;
    const number = active.has("duplicateNumber") ? rng.pick(written).number : i;
    let file = `${String(number).padStart(4, "0")}-${slug}.md`;
    if (fs.existsSync(path.join(out, file))) file = file.replace(/\.md$/, `-${i}.md`);
    const year = 2018 + Math.floor((i / n) * 8);
    const status = active.has("unaccepted") ? rng.pick(["proposed", "draft", "in review"])
      : rng.chance(0.08) ? "superseded" : rng.chance(0.05) ? "deprecated" : "accepted";
    const ctx = {
      number, title, slug, tech, defects: active,
      meta: { status, date: isoDate(rng, Math.min(year, 2026), Math.min(year, 2026)),
        deciders: [rng.pick(PEOPLE), rng.pick(PEOPLE)], consulted: [rng.pick(PEOPLE)], informed: [rng.pick(PEOPLE)],
        tags: [rng.pick(TAGS), rng.pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j), reviewBy: isoDate(rng, 2026, 2028) },
      options: [tech, rng.pick(TECH), rng.pick(TECH)].filter((t, j, a) => a.indexOf(t) === j),
      missing: new Set(active.has("missingSection") ? [rng.pick(MISSABLE[format])] : []),
      placeholderIn: active.has("placeholder") ? rng.pick(["context", "decision", "consequences", "tradeoffs", "assumptions"]) : null,
      supersedes: written.length && rng.chance(0.1) ? rng.pick(written) : null,
      relates: written.length && rng.chance(0.2) ? rng.pick(written) : null,
      linkLines: [],
    };
    if (ctx.supersedes) ctx.linkLines.push(`Supersedes ${linkTo(ctx, ctx.supersedes)}`);
    if (ctx.relates) ctx.linkLines.push(`Relates to ${linkTo(ctx, ctx.relates)}`);
    if (active.has("brokenLink")) ctx.linkLines.push(`Amends [${n + i}. A decision that was never written](${String(n + i).padStart(4, "0")}-never-written.md)`);
    const { head, sections } = render(rng, ctx);
    let text = head + sections.join("\n");
    // Pad with further discussion until the file reaches its drawn size (3-6 KB).
    const target = rng.int(3000, 6000);
    const extra = [];
    while (Buffer.byteLength(text) + extra.join("\n\n").length < target) extra.push(paragraph(rng, ctx));
    if (extra.length) text = text.replace(/\n*$/, "\n\n## Notes\n\n" + extra.join("\n\n") + "\n");
    fs.writeFileSync(path.join(out, file), text);
    bytes += Buffer.byteLength(text);
    written.push({ number, title, file });
  }
  const manifest = { n, seed, bytes, formats: counts, defects, defectRates: DEFECT_RATES };
  fs.writeFileSync(path.join(out, ".bench-manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: "string", default: "1000" }, seed: { type: "string", default: "1" },
    out: { type: "string" } } });
  const n = Number(values.n), seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error("generate: --n and --seed must be whole numbers, e.g. --n 1000 --seed 1");
    process.exit(2);
  }
  const out = values.out ?? path.join(path.dirname(new URL(import.meta.url).pathname), "corpora", `n${n}`);
  const m = generate({ n, seed, out });
  console.log(`wrote ${n} ADRs (${(m.bytes / 1e6).toFixed(1)} MB) to ${out}: ${JSON.stringify(m.formats)} defects ${JSON.stringify(m.defects)}`);
}
