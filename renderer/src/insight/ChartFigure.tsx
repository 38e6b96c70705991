/**
 * One chart: drawn by Vega-Lite as static SVG (the same renderer as the PDF's), each
 * mark a link to the stories it counts (Tab reaches them, Enter opens them), and its
 * numbers as a table behind a toggle, the table's counts links too.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopLevelSpec } from 'vega-lite';
import { LINK_PREFIX } from '../../../shared/insight/charts/links';

interface ChartFigureProps {
  id: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
  /** Opens the stories behind the n-th link of the chart. */
  onOpen(index: number): void;
  table: ReactNode;
  /** The title's heading level, under the section it sits in. */
  level?: 2 | 3;
}

export function ChartFigure({ id, title, description, spec, onOpen, table, level = 2 }: ChartFigureProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation('insight');
  // The drawing with the spec it draws: a new spec shows "drawing" until its SVG is ready.
  const [drawn, setDrawn] = useState<{ key: string; svg: string | null } | null>(null);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const chart = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(spec);

  useEffect(() => {
    let live = true;
    // Vega and Vega-Lite (about 280 KB compressed) load with the first chart, not with the app.
    import('../../../shared/insight/charts/render-svg')
      .then(({ renderSvg }) => renderSvg(spec))
      .then(
        (svg) => live && setDrawn({ key, svg }),
        () => live && setDrawn({ key, svg: null }),
      );
    return () => {
      live = false;
    };
    // The spec is rebuilt on every render: draw again only when it says something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const current = drawn?.key === key ? drawn : null;
  const svg = current?.svg ?? null;
  const failed = current !== null && current.svg === null;

  // The SVG's root is named by the figure's caption; its marks name themselves.
  useEffect(() => {
    const root = chart.current?.querySelector('svg');
    if (!root) return;
    root.setAttribute('role', 'group');
    root.setAttribute('aria-labelledby', `${id}-title`);
    root.setAttribute('aria-describedby', `${id}-description`);
  }, [svg, id]);

  const follow = (target: EventTarget | null) => {
    const link = target instanceof Element ? target.closest('a') : null;
    const href = link?.getAttribute('xlink:href') ?? link?.getAttribute('href') ?? '';
    if (!href.startsWith(LINK_PREFIX)) return false;
    onOpen(Number(href.slice(LINK_PREFIX.length)));
    return true;
  };

  return (
    <figure className="insight-figure" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption>
        <Heading className="insight-figure-title" id={`${id}-title`}>
          {title}
        </Heading>
        <p className="insight-figure-description" id={`${id}-description`}>
          {description}
        </p>
      </figcaption>
      {failed ? <p className="notice">{t('charts.drawFailed')}</p> : null}
      {svg === null && !failed ? <p className="muted">{t('charts.drawing')}</p> : null}
      {svg !== null ? (
        <div
          ref={chart}
          className="insight-chart"
          // Vega's own SVG string (it escapes every label); links are only the screen's own (render-svg.ts).
          dangerouslySetInnerHTML={{ __html: svg }}
          onClick={(event) => {
            if (follow(event.target)) event.preventDefault();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && follow(event.target)) event.preventDefault();
          }}
        />
      ) : null}
      <button type="button" className="button button-secondary button-small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <div id={tableId} hidden={!showTable} className="insight-table-wrap">
        {table}
      </div>
    </figure>
  );
}
