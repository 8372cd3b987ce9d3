// Rewrites README.md's lint rule table from the built rules' meta (`npm run docs:rules`).
import { fileURLToPath } from "node:url";
import { updateReadme } from "../dist/lint/docs.js";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
process.stdout.write(updateReadme(readme) ? "README.md: rule table updated\n" : "README.md: rule table already current\n");
