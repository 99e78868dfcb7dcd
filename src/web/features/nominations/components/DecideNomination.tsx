import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearShortLabelParams } from '#shared/calendar';
import type { PartnerNominations, StaffNomination } from '#shared/schemas/nominations';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { useAcceptNomination, useRejectNomination } from '../api/nominations';

type Props = { partnerId: number; nomination: StaffNomination; places: PartnerNominations['inboundPlaces'] };

/** Accept (on one of the agreement's inbound places of that year, producing the mobility) or reject with a reason. */
export function DecideNomination({ partnerId, nomination: n, places }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptNomination(partnerId);
  const reject = useRejectNomination(partnerId);
  const [mode, setMode] = useState<'accept' | 'reject' | null>(null);
  const yearPlaces = places.filter((p) => p.academicYear === n.academicYear);
  const [placeId, setPlaceId] = useState<string | null>(yearPlaces[0] ? String(yearPlaces[0].id) : null);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (n.status !== 'submitted') return null;
  const done = { onSuccess: () => setMode(null), onError: (err: unknown) => setErrors(fieldErrors(err)) };

  if (!mode)
    return (
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" onClick={() => setMode('accept')}>
          {t('nominationsUi.staff.accept')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={() => setMode('reject')}>
          {t('nominationsUi.staff.reject')}
        </Button>
      </Group>
    );
  return (
    <Stack gap="xs" miw={240}>
      <ErrorAlert error={accept.error ?? reject.error} />
      {mode === 'accept' ? (
        <>
          <Select
            label={t('nominationsUi.staff.place')}
            data={yearPlaces.map((p) => ({
              value: String(p.id),
              label: t('nominationsUi.staff.placeOption', {
                agreement: p.agreementTitle,
                year: t('common.academicYearOption', academicYearShortLabelParams(p.academicYear)),
                level: p.level,
                used: p.used,
                places: p.places,
              }),
            }))}
            value={placeId}
            onChange={setPlaceId}
            error={errors.placeId}
          />
          <TextInput
            type="date"
            label={t('nominationsUi.staff.startDate')}
            value={startDate}
            error={errors.startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('nominationsUi.staff.endDate')}
            value={endDate}
            error={errors.endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
          />
        </>
      ) : (
        <Textarea
          label={t('nominationsUi.staff.reason')}
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      <Group gap="xs">
        <Button
          size="xs"
          loading={accept.isPending || reject.isPending}
          onClick={() =>
            mode === 'accept'
              ? accept.mutate({ id: n.id, version: n.version, placeId: Number(placeId), startDate, endDate }, done)
              : reject.mutate({ id: n.id, version: n.version, reason }, done)
          }
        >
          {t('nominationsUi.staff.confirm')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setMode(null)}>
          {t('nominationsUi.staff.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
