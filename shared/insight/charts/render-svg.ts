/**
 * Vega-Lite to static SVG, the same way in the renderer and in Node (for the PDF):
 * Vega's headless view (`renderer: 'none'`, `toSVG()`), with its CSP-safe expression
 * interpreter instead of generated code (`ast: true` + vega-interpreter), so the
 * renderer's policy (no eval, no new Function) holds. Data is inline: nothing is
 * fetched.
 */
import { View, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import { LINK_PREFIX } from './links';

export { LINK_PREFIX } from './links';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vega = compile(spec).spec;
  const view = new View(parse(vega, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, loader: refusingLoader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}


/** A Vega loader that loads nothing (every chart's data is inline) and lets through only the screen's own links. */
const refusingLoader = {
  load: () => Promise.reject(new Error('charts load no files')),
  sanitize: (uri: string) => Promise.resolve({ href: uri.startsWith(LINK_PREFIX) ? uri : '' }),
  http: () => Promise.reject(new Error('charts load no files')),
  file: () => Promise.reject(new Error('charts load no files')),
};
