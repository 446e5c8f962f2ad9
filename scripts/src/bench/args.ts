/**
 * `--name value` / `--name=value` / `--flag` / `--no-flag` options over typed defaults. pnpm
 * passes a literal `--` through to the script; it is ignored.
 */
export function parseArgs<T extends Record<string, number | boolean | string>>(argv: string[], defaults: T): T {
  const result: Record<string, number | boolean | string> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const match = /^--(no-)?([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}`);
    const [, no, rawName, inline] = match;
    const name = rawName!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(name in defaults)) throw new Error(`unknown option --${rawName} (known: ${Object.keys(defaults).join(', ')})`);
    const kind = typeof defaults[name];
    if (kind === 'boolean') {
      result[name] = !no;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${rawName} needs a value`);
    result[name] = kind === 'number' ? Number(value.replace(/_/g, '')) : value;
    if (kind === 'number' && !Number.isFinite(result[name])) throw new Error(`--${rawName}: ${value} is not a number`);
  }
  return result as T;
}
