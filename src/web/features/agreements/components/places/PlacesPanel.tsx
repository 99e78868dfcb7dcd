import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS } from '#shared/enums';
import type { Agreement, Place } from '#shared/schemas/agreements';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { usePlaces, useRecordUsage, useRemovePlace, useSavePlace } from '#web/features/agreements/api/places';
import { notifySuccess } from '#web/lib/notify';
import { PlaceForm } from './PlaceForm';
import { PlacesTable } from './PlacesTable';
import { emptyPlace, fromPlace } from './placeState';
import { UsageForm } from './UsageForm';
import { useAcademicYear } from './useAcademicYear';

type Dialog = { kind: 'add' } | { kind: 'edit'; place: Place } | { kind: 'usage'; place: Place };

/**
 * Exchange places of a student or staff exchange agreement, one table per academic year; OIA staff add, edit and
 * remove rows and record nominations (used places) while the mobility module is not there to count them.
 */
export function PlacesPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const yearLabel = useAcademicYear();
  const places = usePlaces(agreement.id);
  const save = useSavePlace(agreement.id);
  const remove = useRemovePlace(agreement.id);
  const usage = useRecordUsage(agreement.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const manage = agreement.permissions.managePlaces && PLACE_KINDS.includes(agreement.kind);
  const close = () => setDialog(null);

  const years = new Map<number, Place[]>();
  for (const p of places.data ?? []) years.set(p.academicYear, [...(years.get(p.academicYear) ?? []), p]);
  const ordered = [...years.entries()].sort(([a], [b]) => b - a);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="places-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="places-heading">
          {t('agreementsUi.places.title')}
        </Title>
        {manage ? <Button onClick={() => setDialog({ kind: 'add' })}>{t('agreementsUi.places.add')}</Button> : null}
      </Group>
      {places.error ? <ErrorAlert error={places.error} onRetry={() => void places.refetch()} /> : null}
      {places.isPending ? <Loading /> : null}
      {places.data && places.data.length === 0 ? <EmptyState>{t('agreementsUi.places.none')}</EmptyState> : null}
      <Stack gap="md">
        {ordered.map(([year, rows]) => (
          <div key={year}>
            <Title order={3} size="h5" mb="xs">
              {yearLabel(year)}
            </Title>
            <PlacesTable
              caption={yearLabel(year)}
              rows={rows}
              actions={
                manage
                  ? {
                      onEdit: (place) => setDialog({ kind: 'edit', place }),
                      onUsage: (place) => setDialog({ kind: 'usage', place }),
                      onRemove: async (place) => {
                        await remove.mutateAsync(place);
                        notifySuccess(t('agreementsUi.places.removed'));
                      },
                      removing: remove.isPending,
                    }
                  : null
              }
            />
          </div>
        ))}
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={
          dialog?.kind === 'add'
            ? t('agreementsUi.places.add')
            : dialog?.kind === 'edit'
              ? t('agreementsUi.places.edit')
              : t('agreementsUi.places.recordUsage')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'usage' ? (
          <UsageForm
            place={dialog.place}
            onCancel={close}
            onSubmit={async (body) => {
              await usage.mutateAsync({ placeId: dialog.place.id, ...body });
              notifySuccess(t('agreementsUi.places.usageRecorded'));
              close();
            }}
          />
        ) : dialog ? (
          <PlaceForm
            initial={dialog.kind === 'edit' ? fromPlace(dialog.place) : emptyPlace()}
            onCancel={close}
            onSubmit={async (body) => {
              const placeId = dialog.kind === 'edit' ? dialog.place.id : null;
              const version = dialog.kind === 'edit' ? { version: dialog.place.version } : {};
              await save.mutateAsync({ placeId, body: { ...body, ...version } });
              notifySuccess(t('agreementsUi.places.saved'));
              close();
            }}
          />
        ) : null}
      </Modal>
      {places.data?.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('agreementsUi.places.usedHint')}
        </Text>
      ) : null}
    </Paper>
  );
}
