// Stands in for js-yaml inside the CLI bundle. gray-matter loads js-yaml when it loads (about 35 ms with the
// esprima it pulls in), yet adrkit never lets gray-matter use it: parse/front-matter.ts hands gray-matter
// adrkit's own YAML engine and refuses every other one. So the bundle gets these, which can only refuse.
function refuse(): never {
  throw new Error("js-yaml is not part of the adrkit CLI bundle: front matter is read by adrkit's own YAML engine");
}

export const safeLoad = refuse;
export const safeDump = refuse;
export const load = refuse;
export const dump = refuse;
export default { safeLoad, safeDump, load, dump };
