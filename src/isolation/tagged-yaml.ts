// The generated override is written as JSON (JSON is YAML) plus the two YAML
// tags compose reads when it merges files: `!override` replaces what the
// earlier files set (a sequence such as `ports` is otherwise appended to),
// `!reset` removes it. JSON cannot carry a tag, so this writes the same flow
// style with the tag before the value: `"ports": !override [ ... ]`.

export type OverrideTag = '!override' | '!reset'

/** A value written with a YAML tag in front of it. */
export class Tagged {
  constructor(
    readonly tag: OverrideTag,
    readonly value: unknown,
  ) {}
}

/** `!override <value>`: replaces the earlier files' value instead of merging with it. */
export const overrideWith = (value: unknown) => new Tagged('!override', value)

/** `!reset null`: removes the attribute the earlier files set. */
export const resetValue = () => new Tagged('!reset', null)

/** Pure: whether a value holds a tag anywhere (then compose must know the tags). */
export function hasTags(value: unknown): boolean {
  if (value instanceof Tagged) return true
  if (Array.isArray(value)) return value.some(hasTags)
  if (value && typeof value === 'object') return Object.values(value).some(hasTags)
  return false
}

/** Pure: `value` as indented JSON, with each Tagged value's tag written before it. */
export function taggedYaml(value: unknown, indent = ''): string {
  if (value instanceof Tagged) return `${value.tag} ${taggedYaml(value.value, indent)}`
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + taggedYaml(v, inner)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${taggedYaml(v, inner)}`)
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value ?? null)
}
