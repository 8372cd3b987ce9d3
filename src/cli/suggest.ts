// "Did you mean `supersede`?": the nearest known command for a mistyped one.
import type { Command } from "commander";

/** Edit distance with transpositions (Damerau, optimal string alignment): "sueprsede" is one edit from "supersede". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known names closest to `input`: within a third of the name's length (at least 1 edit), or names `input`
 * starts (`sup` → `supersede`). Nearest first; an empty list when nothing is close.
 */
export function suggestions(input: string, names: readonly string[]): string[] {
  const typed = input.toLowerCase();
  const scored = names
    .map((name) => ({ name, distance: editDistance(typed, name.toLowerCase()) }))
    .filter(({ name, distance }) => distance <= Math.max(1, Math.floor(name.length / 3)) || (typed.length >= 3 && name.startsWith(typed)));
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.distance));
  return scored.filter((s) => s.distance === best || s.name.startsWith(typed)).sort((x, y) => x.distance - y.distance).map((s) => s.name);
}

/**
 * The message for a first argument that is not a command, or null when it is one (or is an option, or absent).
 * Hidden commands are neither suggested nor listed.
 */
export function unknownCommandMessage(program: Command, args: readonly string[]): string | null {
  const first = args[0];
  if (first === undefined || first.startsWith("-")) return null;
  const visible = program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  if (first === "help" || known.includes(first)) return null;
  const names = visible.flatMap((c) => [c.name(), ...c.aliases()]);
  const close = suggestions(first, names);
  const hint = close.length === 0 ? "" : close.length === 1 ? ` Did you mean \`${close[0]}\`?` : ` Did you mean one of ${close.map((n) => `\`${n}\``).join(", ")}?`;
  return `unknown command '${first}'.${hint} Run \`adrkit --help\` to see every command.`;
}
