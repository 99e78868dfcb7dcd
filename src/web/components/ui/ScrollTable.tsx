import type { ReactNode } from 'react';

type Props = { label: string; minWidth: number; children: ReactNode };

/**
 * A table that scrolls sideways when the screen is narrower than `minWidth`. The region is focusable so
 * keyboard users can scroll it too.
 */
export function ScrollTable({ label, minWidth, children }: Props) {
  // Printed on a landscape page when it is wider than a portrait A4 page holds (global.css).
  const print = minWidth > 720 ? 'print-table print-wide' : 'print-table';
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section aria-label={label} tabIndex={0} className={print} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
