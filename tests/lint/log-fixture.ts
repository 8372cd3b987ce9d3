// A small decision log whose whole-log findings depend on each other: links, supersedes (both ways, by file and
// by number, one loop), a shared number, a file numbered only in its title, and inline disable comments.

const BODY = `
## Context

The team runs two services and needs one queue. Last quarter there were 7 incidents, on 2024-07-01 and 2024-07-09.

## Decision

We will use the option below because it halves the operating cost.

## Consequences

Good, because one fewer system to run. Bad, because the migration takes two sprints.
`;

function adrkit(n: number, title: string, fm: string, extra = ""): string {
  return `---\nstatus: accepted\ndate: 2024-01-0${(n % 9) + 1}\n${fm}---\n# ${n}. ${title}\n${extra}${BODY}`;
}

function nygard(n: number, title: string, status: string, extra = ""): string {
  return `# ${n}. ${title}\n\nDate: 2024-02-01\n\n## Status\n\n${status}\n${extra}${BODY}`;
}

/** File name (inside the log folder) to text. */
export function logFixture(): Record<string, string> {
  return {
    "0001-use-postgres.md": nygard(1, "Use Postgres", "Superseded by [2. Use MySQL](0002-use-mysql.md)"),
    "0002-use-mysql.md": adrkit(2, "Use MySQL", "supersedes: [1]\n"),
    // Supersedes 3, but 3 does not say so (missing back link), and links to an ADR that does not exist.
    "0003-use-redis.md": nygard(3, "Use Redis", "Accepted", "\nRelates to [9. Nothing](0009-nothing.md)\n"),
    "0004-use-kafka.md": adrkit(4, "Use Kafka", "supersedes: [3]\nrelates-to: [1]\n"),
    // Superseded with no replacement; a second ADR numbered 5.
    "0005-use-rabbitmq.md": nygard(5, "Use RabbitMQ", "Superseded"),
    "0005-use-nats.md": adrkit(5, "Use NATS", ""),
    // A loop: 6 supersedes 8, 8 supersedes 6 (written by number).
    "0006-use-grpc.md": adrkit(6, "Use gRPC", "supersedes: [8]\n"),
    "0008-use-rest.md": nygard(8, "Use REST", "Accepted", "\nSupersedes ADR 6\n"),
    // Numbered only by its title; says it is superseded by 4, which does not say so.
    "decision-on-logging.md": nygard(10, "Log as JSON", "Superseded by ADR 4"),
    // Its broken link is silenced by an inline comment.
    "0011-use-s3.md": nygard(11, "Use S3", "Accepted", "\n<!-- adrkit-disable-next-line links-resolve -->\nRelates to [12. Missing](0012-missing.md)\n"),
    // Mentions supersede words and numbers in prose without any link.
    "0013-use-lambda.md": nygard(13, "Use Lambda", "Accepted", "\nThis replaces nothing; 7 teams asked, see 0007 on 2024-07-07.\n"),
  };
}
