import '@mantine/core/styles/SimpleGrid.css';
import { Button, SimpleGrid, type SimpleGridProps, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '#web/lib/media';

type Props = {
  /** The search box, always in view. */
  search: ReactNode;
  /** The filter controls. */
  filters: ReactNode;
  /** How many filters are set (shown on the phone's toggle). */
  active: number;
  /** Id of the folding panel (for aria-controls). */
  id: string;
  cols: SimpleGridProps['cols'];
  /** More controls (sorting) shown with the filters on phones, where there are no column headers to click. */
  children?: ReactNode;
};

/**
 * A list's search and filters: a grid on wider screens; on phones the filters fold away behind a button
 * (showing how many are set) so the list stays in view.
 */
export function FilterBar({ search, filters, active, id, cols, children }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [open, setOpen] = useState(false);
  if (phone) {
    return (
      <Stack gap="sm" mb="md" role="search" className="no-print">
        {search}
        <div>
          <Button
            variant="default"
            size="sm"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen((o) => !o)}
          >
            {active ? t('partners.filters.toggleCount', { n: active }) : t('partners.filters.toggle')}
          </Button>
        </div>
        {open ? (
          <Stack gap="sm" id={id}>
            {filters}
            {children}
          </Stack>
        ) : null}
      </Stack>
    );
  }
  return (
    <SimpleGrid cols={cols} spacing="sm" mb="md" role="search" className="no-print">
      {search}
      {filters}
    </SimpleGrid>
  );
}
