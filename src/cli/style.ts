/** Colors for the terminal: only on a TTY, never with NO_COLOR, as --color says. */
import { plainStyle, type TextStyle } from '../writers/index.js';
import type { OutputStream } from './io.js';
import { loadPackage } from '../packages.js';

/**
 * The color level for a stream: 0 (none) or 1 (16 colors). chalk does not honour NO_COLOR by
 * itself, so the decision is made here.
 */
export function colorLevel(when: string, stream: OutputStream, env: Readonly<Record<string, string | undefined>>): 0 | 1 {
  if (when === 'never') return 0;
  if (when === 'always') return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return 1;
  return stream.isTTY === true && env.TERM !== 'dumb' ? 1 : 0;
}

/**
 * Paints the listing and messages: leads stand out, supporting units recede. chalk is loaded
 * only when there is something to color, so a run into a pipe does not pay for it.
 */
export async function loadTextStyle(level: 0 | 1): Promise<TextStyle> {
  if (level === 0) return plainStyle;
  const { Chalk } = await loadPackage<typeof import('chalk')>('chalk');
  const c = new Chalk({ level });
  return {
    title: (s) => c.bold(s),
    heading: (s) => c.bold(s),
    id: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    lead: (s) => c.yellow.bold(s),
    responsible: (s) => c.green(s),
    support: (s) => c.blue(s),
    error: (s) => c.red.bold(s),
    warning: (s) => c.yellow(s),
    info: (s) => c.blue(s),
  };
}
