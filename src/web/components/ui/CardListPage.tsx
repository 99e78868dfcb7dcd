import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '#web/lib/media';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { AnchorLink } from './links';
import { PageHeader } from './PageHeader';

/** One card: its title links to the record, then a dimmed line, a line and a row of badges. */
export type ListCard = { to: string; title: string; dimmed: ReactNode; line: ReactNode; badges: ReactNode };

type Props<T> = {
  title: string;
  subtitle: string;
  /** The "new" button's and the form dialog's title; the button shows only with `canCreate`. */
  newLabel: string;
  canCreate: boolean;
  list: { isPending: boolean; error: unknown; refetch: () => unknown; data?: { items: T[] } };
  empty: string;
  card: (item: T) => ListCard;
  /** The creating form inside the dialog; `close` shuts the dialog (after saving, or on cancel). */
  form: (close: () => void) => ReactNode;
};

/** A list page of cards (two columns, one on a phone) with a "new" button opening the form in a dialog (full screen on a phone). */
export function CardListPage<T>({ title, subtitle, newLabel, canCreate, list, empty, card, form }: Props<T>) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={canCreate ? <Button onClick={() => setCreating(true)}>{newLabel}</Button> : null}
      />
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{empty}</EmptyState> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.data?.items.map((item) => {
          const c = card(item);
          return (
            <Card key={c.to} withBorder padding="md">
              <Stack gap={6}>
                <AnchorLink to={c.to} fw={600}>
                  {c.title}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {c.dimmed}
                </Text>
                <Text size="sm">{c.line}</Text>
                <Group gap="xs">{c.badges}</Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={newLabel}
        size="lg"
        fullScreen={phone}
      >
        {form(() => setCreating(false))}
      </Modal>
    </>
  );
}
