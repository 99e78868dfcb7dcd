import '@mantine/core/styles/Pagination.css';
import { Button, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** False: the list has more than `total` rows (a probed count, ADR 0035). */
  totalExact?: boolean;
  /** Whether another page follows (keyset-paged lists say so even when the total is not exact). */
  hasNext?: boolean;
  onCountExactly?: () => void;
  onChange: (page: number) => void;
};

/** "1–25 of 222" and page buttons (each with an accessible name); "of more than 1,000" when not counted. */
export function TablePagination({
  page,
  pageSize,
  total,
  totalExact = true,
  hasNext,
  onCountExactly,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // Past a probed total the pages known are those up to the next one.
  const counted = Math.max(1, Math.ceil(total / pageSize));
  const pages = totalExact ? counted : Math.max(counted, hasNext ? page + 1 : page);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = totalExact ? Math.min(total, page * pageSize) : page * pageSize;
  const controlLabels = {
    first: t('common.pagination.first'),
    previous: t('common.pagination.previous'),
    next: t('common.pagination.next'),
    last: t('common.pagination.last'),
  };
  return (
    <Group justify="space-between" mt="md" gap="sm" className="no-print">
      <Group gap="xs">
        <Text size="sm" aria-live="polite">
          {t(totalExact ? 'common.pagination.range' : 'common.pagination.rangeMoreThan', {
            from: fmt.number(from),
            to: fmt.number(to),
            total: fmt.number(total),
          })}
        </Text>
        {!totalExact && onCountExactly ? (
          <Button variant="subtle" size="compact-sm" onClick={onCountExactly}>
            {t('common.pagination.countExactly')}
          </Button>
        ) : null}
      </Group>
      {pages > 1 ? (
        <nav aria-label={t('common.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
            getItemProps={(p) => ({
              'aria-label': t('common.pagination.page', { page: p }),
              'aria-current': p === page ? 'page' : undefined,
            })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
