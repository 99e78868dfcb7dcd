import '@mantine/core/styles/SegmentedControl.css';
import { Box, SegmentedControl, Stack } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The chart's short name (names the chart / table switch). */
  title: string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  option: EChartsCoreOption;
  height: number;
  /** The same figures as a table: the chart's text alternative, and a view of its own. */
  table: ReactNode;
};

/**
 * A chart drawn by ECharts (SVG), loaded on first use, resized with its box and disposed on unmount.
 * A switch shows the same figures as a table instead, for anyone who prefers numbers or cannot see it.
 */
export function EChart({ title, label, option, height, table }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        aria-label={t('executiveUi.chart.view', { label: title })}
        value={view}
        onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
        data={[
          { value: 'chart', label: t('executiveUi.chart.chart') },
          { value: 'table', label: t('executiveUi.chart.table') },
        ]}
      />
      {view === 'chart' ? <ChartCanvas label={label} option={option} height={height} /> : table}
    </Stack>
  );
}

function ChartCanvas({ label, option, height }: Omit<Props, 'table' | 'title'>) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    const draw = () =>
      void import('./echarts-setup').then(({ echarts }) => {
        const el = box.current;
        if (disposed || !el) return;
        const chart = echarts.init(el, null, { renderer: 'svg' });
        chart.setOption({ animation: false, ...option });
        const observer = new ResizeObserver(() => chart.resize());
        observer.observe(el);
        dispose = () => {
          observer.disconnect();
          chart.dispose();
        };
      });
    // ECharts (about 160 KB gzip) is fetched when a chart comes near the screen: on a phone the charts are
    // below the map, and a reader who never scrolls to them does not pay for them.
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      draw();
    } else {
      const seen = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          seen.disconnect();
          draw();
        },
        { rootMargin: '200px' },
      );
      seen.observe(el);
      const stopWatching = dispose;
      dispose = () => {
        seen.disconnect();
        stopWatching();
      };
    }
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return <Box ref={box} role="img" aria-label={label} h={height} w="100%" data-chart="" />;
}
