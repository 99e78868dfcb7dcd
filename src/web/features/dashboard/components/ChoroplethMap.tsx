import { Paper, Text } from '@mantine/core';
import { type MouseEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { project, SHAPED, SHAPES, VIEW_BOX } from '#shared/world-shapes';
import { useFormat } from '#web/lib/format';
import type { CountryFigures } from '../api/dashboard';
import { colorOf, type MapClass, NONE_COLOR } from '../map-classes';
import { SMALL_PLACES } from '../small-places';

type Props = {
  figures: Map<string, CountryFigures>;
  countOf: (c: CountryFigures) => number;
  classes: MapClass[];
  /** The accessible name and summary of the picture (the country table is its full text equivalent). */
  title: string;
  description: string;
  onSelect: (country: string) => void;
};

type Hover = { country: string; x: number; y: number; right: boolean };

/**
 * The choropleth: one SVG path per country, shaded by class; hovering shows a tooltip, clicking a
 * country with partners calls `onSelect`. Mouse only: keyboard and screen-reader users have the table.
 */
export function ChoroplethMap({ figures, countOf, classes, title, description, onSelect }: Props) {
  const ids = useId();
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  // Partners in places too small for the shapes are drawn as dots on top.
  const dots = useMemo(
    () =>
      [...figures.values()]
        .filter((c) => c.partners > 0 && !SHAPED.has(c.country) && SMALL_PLACES[c.country])
        .map((c) => ({ country: c.country, at: project(SMALL_PLACES[c.country] as [number, number]) }))
        .filter((d): d is { country: string; at: [number, number] } => d.at !== null),
    [figures],
  );

  const fill = (country: string | null) => {
    const c = country ? figures.get(country) : undefined;
    return c ? colorOf(countOf(c), classes) : NONE_COLOR;
  };
  const countryAt = (e: MouseEvent) => (e.target as Element).getAttribute('data-country');
  const onMove = (e: MouseEvent) => {
    const country = countryAt(e);
    const rect = box.current?.getBoundingClientRect();
    if (!country || !rect) return setHover(null);
    const x = e.clientX - rect.left;
    setHover({ country, x, y: e.clientY - rect.top, right: x > rect.width / 2 });
  };
  const onClick = (e: MouseEvent) => {
    const country = countryAt(e);
    if (country && (figures.get(country)?.partners ?? 0) > 0) onSelect(country);
  };
  const hovered = hover ? SHAPES.find((s) => s.country === hover.country) : undefined;
  const clickable = (country: string | null) => (country && figures.get(country)?.partners ? 'pointer' : undefined);

  return (
    <div ref={box} style={{ position: 'relative' }}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; the table beside the map has the same links */}
      <svg
        viewBox={VIEW_BOX}
        role="img"
        aria-labelledby={`${ids}-title ${ids}-desc`}
        style={{ display: 'block', width: '100%', height: 'auto', background: '#f4f8fb', borderRadius: 8 }}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
        onClick={onClick}
      >
        <title id={`${ids}-title`}>{title}</title>
        <desc id={`${ids}-desc`}>{description}</desc>
        <g stroke="#ffffff" strokeWidth={0.5} strokeLinejoin="round">
          {SHAPES.map((s) => (
            <path
              key={s.key}
              d={s.d}
              fill={fill(s.country)}
              data-country={s.country}
              data-count={s.country ? countOf(figures.get(s.country) ?? EMPTY) : undefined}
              style={{ cursor: clickable(s.country) }}
            />
          ))}
        </g>
        {hovered ? <path d={hovered.d} fill="none" stroke="#212529" strokeWidth={1.2} pointerEvents="none" /> : null}
        {dots.map(({ country, at }) => (
          <circle
            key={country}
            cx={at[0]}
            cy={at[1]}
            r={4}
            fill={fill(country)}
            stroke="#212529"
            strokeWidth={0.8}
            data-country={country}
            data-count={countOf(figures.get(country) ?? EMPTY)}
            style={{ cursor: 'pointer' }}
          />
        ))}
      </svg>
      {hover ? <MapTooltip hover={hover} figures={figures.get(hover.country)} /> : null}
    </div>
  );
}

const EMPTY: CountryFigures = { country: '', region: null, partners: 0, withActiveAgreement: 0, activeAgreements: 0 };

/** A country's name and counts beside the pointer (hidden from screen readers: the table says the same). */
function MapTooltip({ hover, figures: c }: { hover: Hover; figures: CountryFigures | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper
      aria-hidden="true"
      shadow="md"
      withBorder
      p="xs"
      style={{
        position: 'absolute',
        top: hover.y + 12,
        ...(hover.right ? { right: `calc(100% - ${hover.x - 12}px)` } : { left: hover.x + 12 }),
        pointerEvents: 'none',
        zIndex: 2,
        whiteSpace: 'nowrap',
      }}
    >
      <Text fw={700} size="sm">
        {fmt.country(hover.country)}
      </Text>
      <Text size="xs">{t('dashboardUi.map.tooltipPartners', { n: fmt.number(c?.partners ?? 0) })}</Text>
      <Text size="xs">{t('dashboardUi.map.tooltipWithActive', { n: fmt.number(c?.withActiveAgreement ?? 0) })}</Text>
      {c?.activeAgreements != null ? (
        <Text size="xs">{t('dashboardUi.map.tooltipAgreements', { n: fmt.number(c.activeAgreements) })}</Text>
      ) : null}
    </Paper>
  );
}
