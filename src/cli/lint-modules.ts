// What `adrkit lint` runs, gathered so the command loads it in one step: the modules themselves rather than the
// rooms' indexes, which would also load the editing code, the YAML library and the log renderers.
export { runLint, planLint } from "../lint/run.js";
export { resolveLintConfig, LintConfigError } from "../lint/config.js";
export { fromObject as lintConfigFromObject, readLintConfigFile } from "../lint/config-file.js";
export { repositoryRoot, gitSince } from "../lint/git.js";
export { lintInWorkers } from "../lint/parallel.js";
export { todayIso } from "../lint/engine.js";
export { CACHE_FILE, readCacheFile, hashByStat, statSignature } from "../lint/cache.js";
export { FORMATTERS, FORMATTER_PARTS, FORMAT_NAMES, wantsColor } from "../lint/formatters/index.js";
export { Utf8Chunks, writeTo } from "../render/utf8.js";
export { loadConfig, resolveAdrDir } from "../repo/config.js";
export { writeFileAtomic } from "../repo/atomic.js";
export { listAdrFiles, readAdrTextSync, displayPaths } from "../repo/load.js";
export { needsWorker } from "../repo/screen.js";
export { everyFileToPool } from "../repo/parse-many.js";
export { keepYoungGenerationSmall, letYoungGenerationGrow } from "./young-generation.js";
export { fileFailure } from "../parse/index.js";
export { DEFAULT_LIMITS } from "../parse/limits.js";
export { isIsoDate } from "../model/index.js";
export { packageVersion } from "./version.js";
