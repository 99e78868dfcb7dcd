import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams, businessDate, semesterOf } from '#shared/calendar';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useCan } from '#web/lib/session';
import { useBuddyRounds, useCreateBuddyRound } from '../api/buddy';
import '../i18n';

/** Staff: the buddy rounds, one per semester, with their sizes and status. */
export function BuddyPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const rounds = useBuddyRounds();
  const canManage = useCan('buddy', 'manage');
  return (
    <>
      <PageHeader title={t('buddyUi.title')} subtitle={t('buddyUi.intro')} />
      <ErrorAlert error={rounds.error} onRetry={() => rounds.refetch()} />
      <Stack gap="sm">
        {rounds.data?.items.map((r) => (
          <Card withBorder key={r.id}>
            <Group justify="space-between" wrap="wrap">
              <Anchor component={Link} to={`/buddy/rounds/${r.id}`} fw={600}>
                {f.name(r.titleZh, r.titleEn)}
              </Anchor>
              <Badge variant="light">{t(`buddyUi.statuses.${r.status}`)}</Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('buddyUi.round.counts', { internationals: r.internationals, locals: r.locals, pairs: r.pairs })}
            </Text>
          </Card>
        ))}
        {canManage ? <NewRound /> : null}
      </Stack>
    </>
  );
}

function NewRound() {
  const { t } = useTranslation();
  const create = useCreateBuddyRound();
  const { academicYear, semester } = semesterOf(businessDate(new Date()));
  const label = t('buddyUi.defaultTitle', { ...academicYearLabelParams(academicYear), semester });
  const [titleZh, setTitleZh] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await create.mutateAsync({ academicYear, semester: semester as 1 | 2, titleZh, titleEn });
      setErrors({});
      notifySuccess(t('buddyUi.created'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Card withBorder component="form" onSubmit={(e) => (e.preventDefault(), submit())} aria-label={t('buddyUi.new')}>
      <Text fw={600} mb="xs">
        {t('buddyUi.new')} · {label}
      </Text>
      <Group grow wrap="wrap" align="flex-start">
        <TextInput
          label={t('buddyUi.titleZh')}
          value={titleZh}
          onChange={(e) => setTitleZh(e.currentTarget.value)}
          error={errors.titleZh}
          miw={200}
        />
        <TextInput
          label={t('buddyUi.titleEn')}
          value={titleEn}
          onChange={(e) => setTitleEn(e.currentTarget.value)}
          error={errors.titleEn}
          miw={200}
        />
      </Group>
      <Group mt="sm">
        <Button type="submit" loading={create.isPending}>
          {t('buddyUi.create')}
        </Button>
      </Group>
    </Card>
  );
}
