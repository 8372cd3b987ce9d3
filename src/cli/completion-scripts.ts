// Shell completion scripts for bash, zsh and fish, generated from the commands commander knows.
import type { Command } from "commander";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** What a positional argument completes to: ADR numbers, statuses, shells, or the shell's default (files). */
type ArgumentKind = "number" | "status" | "shell" | "file";

interface OptionSpec {
  long: string | null;
  short: string | null;
  takesValue: boolean;
  description: string;
}

interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  positionals: ArgumentKind[];
  /** True when the last positional repeats (`lint [paths...]`). */
  variadic: boolean;
}

const NUMBER_ARGUMENTS = new Set(["number", "old", "new", "from", "to"]);

function kindOf(name: string): ArgumentKind {
  if (NUMBER_ARGUMENTS.has(name)) return "number";
  if (name === "status") return "status";
  if (name === "shell") return "shell";
  return "file";
}

function specs(program: Command): CommandSpec[] {
  return program.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .map((c) => ({
      name: c.name(),
      description: c.description(),
      options: [
        ...c.options.map((o) => ({ long: o.long ?? null, short: o.short ?? null, takesValue: o.required || o.optional, description: o.description })),
        { long: "--help", short: "-h", takesValue: false, description: "show help for the command" },
      ],
      positionals: c.registeredArguments.map((a) => kindOf(a.name())),
      variadic: c.registeredArguments.some((a) => a.variadic),
    }));
}

/** Descriptions as plain words: no quotes, brackets or colons that each shell's syntax would read. */
function plain(text: string): string {
  return text.replace(/[`'"\\[\]:$]/g, "").replace(/\s+/g, " ").trim();
}

const flagsOf = (o: OptionSpec) => [o.long, o.short].filter((f): f is string => f !== null);

export function completionScript(shell: Shell, program: Command, statuses: readonly string[]): string {
  const commands = specs(program);
  if (shell === "bash") return bashScript(commands, statuses);
  if (shell === "zsh") return zshScript(commands, statuses);
  return fishScript(commands, statuses);
}

function bashScript(commands: CommandSpec[], statuses: readonly string[]): string {
  const cases = commands.map((c) => {
    const valued = c.options.filter((o) => o.takesValue).flatMap(flagsOf).join("|");
    return [
      `    ${c.name})`,
      `      opts="${c.options.flatMap(flagsOf).join(" ")}"`,
      `      valued="${valued ? `|${valued}|` : ""}"`,
      `      kinds=(${c.positionals.join(" ")})`,
      "      ;;",
    ].join("\n");
  });
  return `# adrkit completion for bash. Load it with: source <(adrkit completion bash)
_adrkit_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(" ")} --help --version" -- "$cur"))
    return 0
  fi
  local opts="" valued="" kinds=()
  case "$cmd" in
${cases.join("\n")}
    *) return 0 ;;
  esac
  # After an option that takes a value, let the shell complete files and directories.
  if [[ "$valued" == *"|$prev|"* ]]; then return 0; fi
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return 0
  fi
  # Which positional argument is being typed: words after the command that are not options or their values.
  local position=0 word skip=0
  for ((i = i + 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    if [[ "$word" == -* ]]; then [[ "$valued" == *"|$word|"* ]] && skip=1; continue; fi
    position=$((position + 1))
  done
  local kind="\${kinds[position]}"
  if [[ -z "$kind" && \${#kinds[@]} -gt 0 ]]; then kind="\${kinds[\${#kinds[@]}-1]}"; fi
  case "$kind" in
    number) COMPREPLY=($(compgen -W "$(adrkit __complete-numbers 2>/dev/null | cut -f1)" -- "$cur")) ;;
    status) COMPREPLY=($(compgen -W "${statuses.join(" ")}" -- "$cur")) ;;
    shell) COMPREPLY=($(compgen -W "${SHELLS.join(" ")}" -- "$cur")) ;;
  esac
  return 0
}
complete -o default -F _adrkit_completion adrkit
`;
}

function zshScript(commands: CommandSpec[], statuses: readonly string[]): string {
  const action: Record<ArgumentKind, string> = {
    number: "_adrkit_numbers",
    status: `(${statuses.join(" ")})`,
    shell: `(${SHELLS.join(" ")})`,
    file: "_files",
  };
  const cases = commands.map((c) => {
    const opts = c.options.map((o) => {
      const flags = flagsOf(o);
      const desc = `[${plain(o.description)}]${o.takesValue ? ":value:_files" : ""}`;
      return flags.length > 1 ? `'(${flags.join(" ")})'{${flags.join(",")}}'${desc}'` : `'${flags[0]}${desc}'`;
    });
    const args = c.positionals.map((k, i) => `'${c.variadic && i === c.positionals.length - 1 ? "*" : i + 1}:${k}:${action[k]}'`);
    return `    ${c.name}) _arguments ${[...opts, ...args].join(" ")} ;;`;
  });
  return `#compdef adrkit
# adrkit completion for zsh. Load it with: source <(adrkit completion zsh)
_adrkit_numbers() {
  local -a lines numbers
  lines=(\${(f)"$(adrkit __complete-numbers 2>/dev/null)"})
  numbers=(\${lines//$'\\t'/:})
  _describe 'ADR' numbers
}
_adrkit() {
  local -a commands
  commands=(
${commands.map((c) => `    '${c.name}:${plain(c.description)}'`).join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  local cmd=\${words[2]}
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join("\n")}
  esac
}
if (( $+functions[compdef] )); then compdef _adrkit adrkit; fi
`;
}

function fishScript(commands: CommandSpec[], statuses: readonly string[]): string {
  const lines = [
    "# adrkit completion for fish. Load it with: adrkit completion fish | source",
    "complete -c adrkit -f",
    ...commands.map((c) => `complete -c adrkit -n __fish_use_subcommand -a ${c.name} -d '${plain(c.description)}'`),
  ];
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const o of c.options) {
      const long = o.long ? ` -l ${o.long.replace(/^--/, "")}` : "";
      const short = o.short ? ` -s ${o.short.replace(/^-/, "")}` : "";
      lines.push(`complete -c adrkit ${when}${long}${short}${o.takesValue ? " -r -F" : ""} -d '${plain(o.description)}'`);
    }
    const kinds = new Set(c.positionals);
    if (kinds.has("number")) lines.push(`complete -c adrkit ${when} -a '(adrkit __complete-numbers 2>/dev/null)'`);
    if (kinds.has("status")) lines.push(`complete -c adrkit ${when} -a '${statuses.join(" ")}'`);
    if (kinds.has("shell")) lines.push(`complete -c adrkit ${when} -a '${SHELLS.join(" ")}'`);
    if (kinds.has("file")) lines.push(`complete -c adrkit ${when} -F`);
  }
  return `${lines.join("\n")}\n`;
}
