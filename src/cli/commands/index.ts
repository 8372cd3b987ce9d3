// Every command, in the order --help lists them. Command modules are light: each loads its library code lazily.
import type { Command } from "commander";
import { register as init } from "./init.js";
import { register as newCmd } from "./new.js";
import { register as list } from "./list.js";
import { register as show } from "./show.js";
import { register as status } from "./status.js";
import { register as supersede } from "./supersede.js";
import { register as link } from "./link.js";
import { register as renumber } from "./renumber.js";
import { register as lint } from "./lint.js";
import { register as rules } from "./rules.js";
import { register as log } from "./log.js";
import { register as graph } from "./graph.js";
import { register as summary } from "./summary.js";
import { register as review } from "./review.js";
import { register as migrate } from "./migrate.js";
import { register as exportCmd } from "./export.js";
import { register as importCmd } from "./import.js";
import { register as completion } from "./completion.js";

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  init,
  newCmd,
  list,
  show,
  status,
  supersede,
  link,
  renumber,
  lint,
  rules,
  log,
  graph,
  summary,
  review,
  migrate,
  exportCmd,
  importCmd,
  completion,
];
