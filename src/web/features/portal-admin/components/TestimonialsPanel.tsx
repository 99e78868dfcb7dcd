import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import type { Testimonial, TestimonialCreate } from '#shared/schemas/portal';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useSaveTestimonial, useTestimonials } from '../api/portal-admin';

const bodyOf = (partnerId: number, x?: Testimonial): TestimonialCreate => ({
  partnerId,
  firstName: x?.firstName ?? null,
  program: x?.program ?? null,
  academicYear: x?.academicYear ?? null,
  textZh: x?.textZh ?? null,
  textEn: x?.textEn ?? null,
  consented: x?.consented ?? false,
  approved: x?.approved ?? false,
});

/** What past outgoing students wrote about a partner: entered with their consent, shown once approved. */
export function TestimonialsPanel({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation();
  const list = useTestimonials(partnerId);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="testimonials">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="testimonials">
          {t('portalAdminUi.testimonials')}
        </Title>
        <Button size="xs" onClick={() => setAdding(true)} disabled={adding}>
          {t('portalAdminUi.newTestimonial')}
        </Button>
      </Group>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Stack gap="xs">
        {adding ? <TestimonialForm partnerId={partnerId} onDone={() => setAdding(false)} /> : null}
        {list.data?.items.length === 0 ? <Text size="sm">{t('portalAdminUi.noTestimonials')}</Text> : null}
        {(list.data?.items ?? []).map((x) => (
          <TestimonialRow key={x.id} partnerId={partnerId} item={x} />
        ))}
      </Stack>
    </section>
  );
}

function TestimonialRow({ partnerId, item }: { partnerId: number; item: Testimonial }) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useSaveTestimonial(partnerId);
  const [editing, setEditing] = useState(false);
  if (editing) return <TestimonialForm partnerId={partnerId} item={item} onDone={() => setEditing(false)} />;
  const approve = (approved: boolean) =>
    save.mutate(
      { id: item.id, body: { ...bodyOf(partnerId, item), approved, version: item.version } },
      { onError: notifyError },
    );
  return (
    <Paper withBorder p="sm" radius="md" component="article">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600}>
            {[
              item.firstName,
              item.program,
              item.academicYear ? t('portalAdminUi.year', academicYearLabelParams(item.academicYear)) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" lineClamp={3}>
            {f.name(item.textZh, item.textEn)}
          </Text>
          <Group gap={4}>
            <Badge color={item.approved ? 'teal' : 'gray'} variant="light">
              {item.approved ? t('portalAdminUi.approved') : t('portalAdminUi.notApproved')}
            </Badge>
            {item.consented ? null : (
              <Badge color="orange" variant="light">
                {t('portalAdminUi.noConsent')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('portalAdminUi.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            loading={save.isPending}
            disabled={!item.consented && !item.approved}
            onClick={() => approve(!item.approved)}
          >
            {item.approved ? t('portalAdminUi.withdraw') : t('portalAdminUi.approve')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function TestimonialForm(props: { partnerId: number; item?: Testimonial; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTestimonial(props.partnerId);
  const [d, setD] = useState<TestimonialCreate>(() => bodyOf(props.partnerId, props.item));
  const errors = fieldErrors(save.error);
  const set = (k: keyof TestimonialCreate, v: unknown) => setD((x) => ({ ...x, [k]: v }));
  const item = props.item;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: item?.id, body: item ? { ...d, version: item.version } : d }, { onSuccess: props.onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('portalAdminUi.firstName')}
          value={d.firstName ?? ''}
          error={errors.firstName}
          onChange={(e) => set('firstName', e.currentTarget.value || null)}
        />
        <TextInput
          label={t('portalAdminUi.program')}
          value={d.program ?? ''}
          error={errors.program}
          onChange={(e) => set('program', e.currentTarget.value || null)}
        />
        <NumberInput
          label={t('portalAdminUi.academicYear')}
          description={t('portalAdminUi.academicYearHint')}
          min={2000}
          max={2100}
          value={d.academicYear ?? ''}
          error={errors.academicYear}
          onChange={(v) => set('academicYear', typeof v === 'number' ? v : null)}
        />
        <Textarea
          label={t('portalAdminUi.textZh')}
          autosize
          minRows={3}
          value={d.textZh ?? ''}
          error={errors.textZh}
          onChange={(e) => set('textZh', e.currentTarget.value || null)}
        />
        <Textarea
          label={t('portalAdminUi.textEn')}
          autosize
          minRows={3}
          value={d.textEn ?? ''}
          error={errors.textEn}
          onChange={(e) => set('textEn', e.currentTarget.value || null)}
        />
        <Checkbox
          label={t('portalAdminUi.consented')}
          checked={d.consented}
          onChange={(e) => set('consented', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('portalAdminUi.approvedLabel')}
          checked={d.approved}
          error={errors.approved}
          onChange={(e) => set('approved', e.currentTarget.checked)}
        />
        {save.error && !Object.keys(errors).length ? (
          <Text c="red.8" size="sm" role="alert">
            {errorText(save.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('portalAdminUi.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('portalAdminUi.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
