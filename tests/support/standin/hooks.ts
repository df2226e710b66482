/**
 * The module-resolution hook (it runs on Node's loader thread): the bare specifier `electron`
 * resolves to the stand-in, as it resolves to Electron's built-in module inside Electron.
 * Everything else resolves as usual.
 */

interface ResolveContext {
  conditions: string[];
  importAttributes: Record<string, string>;
  parentURL?: string;
}
interface ResolveResult {
  url: string;
  format?: string | null;
  shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<ResolveResult>;

let electronUrl = '';

export function initialize(data: { electronUrl: string }): void {
  electronUrl = data.electronUrl;
}

export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve,
): Promise<ResolveResult> {
  if (specifier === 'electron') return { url: electronUrl, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
