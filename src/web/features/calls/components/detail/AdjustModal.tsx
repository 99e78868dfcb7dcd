import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Popover.css';
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADJUSTABLE_STATUSES } from '#shared/calls';
import type { ApplicationSummary, Call } from '#shared/schemas/calls';
import { useApplication } from '#web/features/calls/api/applications';
import { useAdjust } from '#web/features/calls/api/calls';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';

type Status = (typeof ADJUSTABLE_STATUSES)[number];
type Props = { call: Call; summary: ApplicationSummary | null; onClose: () => void };

/** Staff change one result by hand: the new status (and partner or waitlist position) with a required reason. */
export function AdjustModal({ call, summary, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const application = useApplication(summary?.id ?? null);
  const adjust = useAdjust(call.id);
  const [status, setStatus] = useState<Status>('selected');
  const [offerId, setOfferId] = useState<string | null>(null);
  const [position, setPosition] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!summary) return;
    setStatus(
      (ADJUSTABLE_STATUSES as readonly string[]).includes(summary.status) ? (summary.status as Status) : 'selected',
    );
    setOfferId(summary.allocatedOfferId !== null ? String(summary.allocatedOfferId) : null);
    setPosition(summary.waitlistPosition);
    setReason('');
    setErrors({});
    setFormError(null);
  }, [summary]);

  const a = application.data;
  const preferred = new Map(a?.preferences.map((p) => [p.offerId, p.rank]) ?? []);
  const offerOptions = call.offers.map((o) => ({
    value: String(o.id),
    label: `${fmt.name(o.partnerNameZh, o.partnerNameEn)} (${t('callsUi.adjust.offerPlaces', {
      allocated: fmt.number(o.allocated),
      places: fmt.number(o.places),
    })})${preferred.has(o.id) ? ` · ${t('callsUi.adjust.preferenceN', { n: preferred.get(o.id) })}` : ''}`,
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!a) return;
    const missing: Record<string, string> = {};
    if (!reason.trim()) missing.reason = t('validation.required');
    if (status === 'selected' && !offerId) missing.allocatedOfferId = t('validation.required');
    if (Object.keys(missing).length) {
      setErrors(missing);
      return;
    }
    try {
      await adjust.mutateAsync({
        applicationId: a.id,
        body: {
          version: a.version,
          status,
          allocatedOfferId: status === 'selected' ? Number(offerId) : null,
          waitlistPosition: status === 'waitlisted' ? position : null,
          reason,
        },
      });
      notifySuccess(t('callsUi.adjust.done'));
      onClose();
    } catch (err) {
      setErrors(fieldErrors(err));
      setFormError(errorText(err, ['reason', 'allocatedOfferId', 'waitlistPosition', 'status']));
      void application.refetch();
    }
  }

  const name = summary ? fmt.name(summary.applicant.nameZh, summary.applicant.nameEn) : '';
  return (
    <Modal
      opened={summary !== null}
      onClose={onClose}
      title={t('callsUi.adjust.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('callsUi.adjust.explain')}</Text>
          {a?.preferences.length ? (
            <Text size="sm">
              {t('callsUi.fields.preferences')}:{' '}
              {a.preferences.map((p) => fmt.name(p.partnerNameZh, p.partnerNameEn)).join(t('callsUi.listSeparator'))}
            </Text>
          ) : null}
          <Select
            label={t('callsUi.adjust.status')}
            allowDeselect={false}
            data={ADJUSTABLE_STATUSES.map((s) => ({ value: s, label: t(`applicationStatuses.${s}`) }))}
            value={status}
            error={errors.status}
            onChange={(v) => v && setStatus(v as Status)}
          />
          {status === 'selected' ? (
            <Select
              label={t('callsUi.adjust.offer')}
              required
              data={offerOptions}
              value={offerId}
              error={errors.allocatedOfferId}
              onChange={setOfferId}
            />
          ) : null}
          {status === 'waitlisted' ? (
            <NumberInput
              label={t('callsUi.adjust.position')}
              description={t('callsUi.adjust.positionHint')}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              value={position ?? ''}
              error={errors.waitlistPosition}
              onChange={(v) => setPosition(typeof v === 'number' ? v : null)}
            />
          ) : null}
          <Textarea
            label={t('callsUi.adjust.reason')}
            required
            autosize
            minRows={3}
            maxRows={8}
            value={reason}
            error={errors.reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors(({ reason: _, ...rest }) => rest);
            }}
          />
          {formError ? (
            <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={adjust.isPending} disabled={!a}>
              {t('callsUi.adjust.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
