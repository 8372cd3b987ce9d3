// Every corpus file parses; a hand-checked sample has the title, number, status and format a reader sees.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDecision } from "../../src/parse/index.js";

const corpus = resolve(import.meta.dirname, "../../../shared/corpus");
const present = existsSync(resolve(corpus, "MANIFEST.tsv"));
if (!present) console.warn(`NOTICE: ${corpus} is absent; corpus tests are skipped (they run in CI).`);

function read(rel: string): string {
  return readFileSync(resolve(corpus, rel), "utf8");
}

// [file under corpus/, number, title, status, format] — each checked by hand against the file's text.
const SAMPLE: Array<[string, number | null, string, string | null, string]> = [
  ["npryce__adr-tools/doc/adr/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["npryce__adr-tools/doc/adr/0005-help-comments.md", 5, "Help comments", "accepted", "nygard"],
  ["adr__madr/docs/decisions/0000-use-markdown-architectural-decision-records.md", 0, "Use Markdown Architectural Decision Records", null, "madr3"],
  ["adr__madr/docs/decisions/0009-support-links-between-adrs-inside-an-adrs.md", 9, "Support Links To Other ADRs Inside an ADR", null, "madr3"],
  ["thomvaill__log4brains/docs/adr/20200924-use-markdown-architectural-decision-records.md", null, "Use Markdown Architectural Decision Records", "accepted", "log4brains"],
  ["thomvaill__log4brains/docs/adr/20210113-distribute-log4brains-as-a-global-npm-package.md", null, "Distribute Log4brains as a global NPM package", "accepted", "log4brains"],
  ["arachne-framework__architecture/adr-001-use-adrs.md", 1, "Architecture Decision Record: Use ADRs", "accepted", "nygard"],
  ["arachne-framework__architecture/adr-009-datomic-config-ontology.md", 9, "Architecture Decision Record: Configuration Ontology", "proposed", "nygard"],
  ["alphagov__govuk-aws/docs/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["alphagov__govuk-aws/docs/architecture/decisions/0020-merge-api-postgresql-instance-into-main-postgresql-instance.md", 20, "Merge API PostgreSQL instance into main PostgreSQL instance", "accepted", "nygard"],
  ["alphagov__govuk-aws/docs/architecture/decisions/0039-non-govuk-domain-policy.md", 39, "Non-GOV.UK domain policy", "accepted", "nygard"],
  ["alphagov__govuk-infrastructure/docs/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["alphagov__govuk-infrastructure/docs/architecture/decisions/0013-expose-external-metrics-for-hpa.md", 13, "Expose external metrics for Horizontal Pod Autoscaler using Prometheus adapter", "accepted", "nygard"],
  ["alphagov__content-publisher/docs/adr/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["alphagov__content-publisher/docs/adr/0009-modelling-history.md", 9, "Modelling history", "accepted", "nygard"],
  ["alphagov__govuk-kubernetes-discovery/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "proposed", "nygard"],
  ["cisagov__manage.get.gov/docs/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["cisagov__manage.get.gov/docs/architecture/decisions/0017-ses-email.md", 17, "Use AWS SES for email sending", "accepted", "nygard"],
  ["cisagov__manage.get.gov/docs/architecture/decisions/0032-reintroduce-epp-connection-pool.md", 32, "Reintroduce an EPP Connection Pool (standard library, thread-based)", "proposed", "nygard"],
  ["ministryofjustice__cloud-platform/architecture-decision-record/000-Record-Architecture-Decisions.md", 0, "Record Architecture Decisions", "accepted", "nygard"],
  ["ministryofjustice__cloud-platform/architecture-decision-record/024-SSO-for-CP-Team-to-access-AWS.md", 24, "Use SSO for CP Team to access AWS Console", "proposed", "nygard"],
  ["ministryofjustice__cloud-platform/architecture-decision-record/049-use-cluster-accounts-for-resources.md", 49, "Use Cluster Accounts for Resources", "accepted", "nygard"],
  ["ministryofjustice__modernisation-platform/architecture-decision-record/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["ministryofjustice__modernisation-platform/architecture-decision-record/0023-backup-strategy.md", 23, "Backup Strategy", "accepted", "nygard"],
  ["ministryofjustice__modernisation-platform/architecture-decision-record/0045-centralise-vpc-endpoints-with-route53-profiles.md", 45, "Centralise VPC endpoints in core-network-services with Route53 Profiles", "proposed", "nygard"],
  ["cloudfoundry__bosh-bootloader/docs/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["navapbc__template-infra/docs/decisions/infra/2022-10-01-use-markdown-architectural-decision-records.md", null, "Use Markdown Architectural Decision Records", null, "madr2"],
  ["navapbc__template-infra/docs/decisions/infra/2023-06-05-database-migration-architecture.md", null, "Database Migration Infrastructure and Deployment", "accepted", "madr2"],
  ["theupdateframework__python-tuf/docs/adr/0000-use-markdown-architectural-decision-records.md", 0, "Use Markdown Architectural Decision Records", "accepted", "madr2"],
  ["theupdateframework__python-tuf/docs/adr/0005-use-google-python-style-guide.md", 5, "Use Google Python style guide with minimal refinements", null, "madr2"],
  ["elastisys__compliantkubernetes/docs/adr/0000-use-markdown-architectural-decision-records.md", 0, "Use Markdown Architectural Decision Records", null, "madr2"],
  ["elastisys__compliantkubernetes/docs/adr/0028-harder-pod-eviction-when-node-goes-OOM.md", 28, "Harder Pod eviction when nodes are going OOM", "accepted", "madr2"],
  ["elastisys__compliantkubernetes/docs/adr/0056-allow-snippets-annotations-after-risk-acceptance.md", 56, "Only allow Ingress Snippet Annotations after Proper Risk Acceptance", "accepted", "madr2"],
  ["ONSdigital__eq-survey-runner/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "proposed", "nygard"],
  ["UKHomeOffice__drt-v2/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["UKHomeOffice__drt-v2/doc/architecture/decisions/0007-use-renjin.md", 7, "Use Renjin", "accepted", "nygard"],
  ["Green-Software-Foundation__carbon-aware-sdk/casdk-docs/docs/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record Architecture Decisions", "accepted", "nygard"],
  ["Green-Software-Foundation__carbon-aware-sdk/casdk-docs/docs/architecture/decisions/0009-sdk-as-a-csharp-client-library.md", 9, "SDK as a C# Client Library", "accepted", "nygard"],
  ["dasch-swiss__dsp-api/docs/05-internals/design/adr/ADR-0001-record-architecture-decisions.md", 1, "Record architectural decisions as ADR", "accepted", "nygard"],
  ["dasch-swiss__dsp-api/docs/05-internals/design/adr/ADR-0006-use-zio-http.md", 6, "Use ZIO HTTP", "accepted", "nygard"],
  ["DFE-Digital__buy-for-your-school/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record Architecture Decisions", "accepted", "nygard"],
  ["DFE-Digital__buy-for-your-school/doc/architecture/decisions/0019-use-loaf-for-breadcrumb-links.md", 19, "Use Loaf for Breadcrumb Links", "accepted", "nygard"],
  ["DFE-Digital__buy-for-your-school/doc/architecture/decisions/0037-remove-vcr-gem-and-cassettes.md", 37, "Remove VCR gem and cassette fixtures", "accepted", "nygard"],
  ["astarte-platform__astarte/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["kiwicom__the-zoo/adr/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["aws__aws-sdk-pandas/adr/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["aws__aws-sdk-pandas/adr/0005-move-dependencies-to-optional.md", 5, "Move dependencies to optional", "accepted", "nygard"],
  ["Accenture__reactive-interaction-gateway/guides/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["bitzesty__qae/doc/architecture/decisions/0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "nygard"],
  ["bitzesty__qae/doc/architecture/decisions/0006-use-devise-for-user-authentication.md", 6, "Use Devise for User Authentication", "accepted", "nygard"],
  ["backstage__backstage/docs/architecture-decisions/adr001-add-adr-log.md", 1, "Architecture Decision Record (ADR) log", null, "unknown"],
  ["adr__madr/docs/decisions/0014-allow-neutral-arguments.md", 14, "Allow \"neutral\" arguments", null, "madr4"],
  ["adr__madr/docs/decisions/0018-use-confirmation-as-heading.md", 18, "Use \"Confirmation\" as Heading", null, "madr4"],
];

describe.skipIf(!present)("the corpus of real ADRs", () => {
  const rows = present
    ? readFileSync(resolve(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1).map((line) => line.split("\t"))
    : [];

  it("parses every file without an exception, and finds a title in nearly all", () => {
    const formats: Record<string, number> = {};
    let titled = 0;
    for (const [repo, , path] of rows) {
      const decision = parseDecision(read(`${repo.replace("/", "__")}/${path}`), path);
      formats[decision.format] = (formats[decision.format] ?? 0) + 1;
      if (decision.title) titled++;
    }
    console.info(`corpus: ${rows.length} files parsed; formats found: ${JSON.stringify(formats)}`);
    expect(rows.length).toBe(473);
    expect(titled).toBeGreaterThanOrEqual(470);
    for (const format of ["nygard", "madr2", "madr3", "madr4", "log4brains"]) expect(formats[format], format).toBeGreaterThan(0);
  });

  it.each(SAMPLE)("%s", (file, number, title, status, format) => {
    const decision = parseDecision(read(file), file.split("/").slice(1).join("/"));
    expect({ number: decision.number, title: decision.title, status: decision.status.value, format: decision.format }).toEqual({ number, title, status, format });
  });
});
