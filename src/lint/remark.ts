// adrkit as a unified plugin: inside remark-cli or remark-lint, lint each file as an ADR and attach the findings.
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { parseDecision } from "../parse/index.js";
import { resolveLintConfig, type LintConfig, type ResolvedLintConfig } from "./config.js";
import { lint, isResolved } from "./engine.js";

export interface RemarkAdrkitOptions extends LintConfig {
  /** The date rules compare against (YYYY-MM-DD); defaults to today. */
  today?: string;
  /** False ignores `<!-- adrkit-disable ... -->` comments. */
  inlineConfig?: boolean;
  /** An already resolved configuration (takes the place of the LintConfig keys). */
  resolved?: ResolvedLintConfig;
}

/**
 * `unified().use(remarkParse).use(remarkAdrkit, { rules: { "vague-claims": "off" } })`.
 * Repository rules see only the one file: run `adrkit lint` for number, link and supersede checks across a log.
 */
export default function remarkAdrkit(options: RemarkAdrkitOptions = {}) {
  const { today, inlineConfig, resolved, ...config } = options;
  const settings = resolved && isResolved(resolved) ? resolved : resolveLintConfig(config, { source: "remark-adrkit options" });
  return function transformer(_tree: Root, file: VFile): void {
    const filePath = file.path || "decision.md";
    const decision = parseDecision(String(file.value ?? ""), filePath, { statuses: settings.statuses });
    const [result] = lint([decision], settings, { today, inlineConfig });
    for (const message of result?.messages ?? []) {
      message.file = file.path;
      file.messages.push(message);
    }
  };
}
