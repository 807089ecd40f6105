// Tiny flag parser for benchmark scripts: declared flags only, so a typo fails loudly instead of being ignored.

export class UsageError extends Error {}

export type FlagSpec =
  | { type: 'string'; choices?: readonly string[]; default?: string }
  | { type: 'number'; default?: number }
  | { type: 'boolean' };

export type FlagValues<S extends Record<string, FlagSpec>> = {
  [K in keyof S]: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { type: 'number' }
      ? S[K] extends { default: number } ? number : number | undefined
      : S[K] extends { default: string } ? string : string | undefined;
};

/** Parses `--name value`, `--name=value` and bare `--flag` booleans; throws UsageError on anything undeclared or malformed. */
export function parseFlags<S extends Record<string, FlagSpec>>(argv: readonly string[], spec: S): FlagValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(spec)) out[name] = s.type === 'boolean' ? false : s.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const s = spec[name];
    if (!s) throw new UsageError(`unknown flag --${name} (known: ${Object.keys(spec).map((k) => '--' + k).join(', ')})`);
    if (s.type === 'boolean') {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (s.type === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} needs a positive whole number, got '${value}'`);
      out[name] = n;
    } else {
      if (s.choices && !s.choices.includes(value)) {
        throw new UsageError(`--${name} must be one of ${s.choices.join('|')}, got '${value}'`);
      }
      out[name] = value;
    }
  }
  return out as FlagValues<S>;
}
