// Checks a rule's options against its meta.schema: the small JSON Schema subset rules use, without a runtime dependency.

type Schema = Record<string, unknown>;

/** Returns the first problem found ("maxWords must be >= 1"), or null when the value fits the schema. */
export function checkOptions(value: unknown, schema: Schema | null, where = "options"): string | null {
  if (!schema) {
    return value === undefined || (isObject(value) && Object.keys(value).length === 0)
      ? null
      : `${where}: this rule takes no options`;
  }
  return check(value, schema, where);
}

function check(value: unknown, schema: Schema, where: string): string | null {
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => Object.is(allowed, value))) {
    return `${where} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((type) => hasType(value, String(type)))) {
    return `${where} must be ${types.join(" or ")}, not ${describe(value)}`;
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) return `${where} must be >= ${schema.minimum}`;
    if (typeof schema.maximum === "number" && value > schema.maximum) return `${where} must be <= ${schema.maximum}`;
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) {
      return `${where} must have at least ${schema.minLength} characters`;
    }
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      return `${where} must match ${schema.pattern}`;
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      return `${where} must have at least ${schema.minItems} items`;
    }
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      return `${where} must have at most ${schema.maxItems} items`;
    }
    if (isObject(schema.items)) {
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i], schema.items, `${where}[${i}]`);
        if (problem) return problem;
      }
    }
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
      return `${where} must not repeat items`;
    }
  }
  if (isObject(value)) return checkObject(value, schema, where);
  return null;
}

function checkObject(value: Record<string, unknown>, schema: Schema, where: string): string | null {
  const properties = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
  for (const key of Array.isArray(schema.required) ? schema.required : []) {
    if (!(String(key) in value)) return `${where} must have property "${String(key)}"`;
  }
  for (const [key, item] of Object.entries(value)) {
    const inner = properties[key];
    if (inner) {
      const problem = check(item, inner, `${where}.${key}`);
      if (problem) return problem;
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(properties);
      return `${where} has unknown property "${key}"${known.length ? ` (known: ${known.join(", ")})` : ""}`;
    } else if (isObject(schema.additionalProperties)) {
      const problem = check(item, schema.additionalProperties, `${where}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object": return isObject(value);
    case "array": return Array.isArray(value);
    case "string": return typeof value === "string";
    case "boolean": return typeof value === "boolean";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "integer": return typeof value === "number" && Number.isInteger(value);
    case "null": return value === null;
    default: return true;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
