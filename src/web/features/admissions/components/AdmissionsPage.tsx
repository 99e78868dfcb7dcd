import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useCreateRound, useRounds } from '../api/admissions';
import '../i18n';
import { RoundForm } from './RoundForm';

/** Admission rounds, newest first, as cards (the same on a phone). */
export function AdmissionsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const canManage = useCan('admissions', 'manage');
  const list = useRounds();
  const create = useCreateRound();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('admissionsUi.title')}
        subtitle={t('admissionsUi.subtitle')}
        actions={canManage ? <Button onClick={() => setCreating(true)}>{t('admissionsUi.newRound')}</Button> : null}
      />
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('admissionsUi.empty')}</EmptyState> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.data?.items.map((r) => (
          <Card key={r.id} withBorder padding="md">
            <Stack gap={6}>
              <AnchorLink to={paths.admissionRound(r.id)} fw={600}>
                {fmt.name(r.nameZh, r.nameEn)}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {t('common.academicYearOption', academicYearLabelParams(r.academicYear))} ·{' '}
                {t(`admissions.semesters.${r.semester}`)}
              </Text>
              <Text size="sm">
                {t('admissionsUi.period', {
                  from: fmt.date(r.opensAt.slice(0, 10)),
                  to: fmt.date(r.closesAt.slice(0, 10)),
                })}
              </Text>
              <Group gap="xs">
                <Badge variant="light" tt="none">
                  {t(`admissions.kinds.${r.kind}`)}
                </Badge>
                <Badge variant="light" color="teal" tt="none">
                  {t('admissionsUi.applicationsCount', { n: fmt.number(r.applications) })}
                </Badge>
                <Badge variant="outline" color={r.open ? 'blue' : 'gray'} tt="none">
                  {r.open ? t('admissionsUi.open') : t('admissionsUi.closed')}
                </Badge>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('admissionsUi.newRound')}
        size="lg"
        fullScreen={phone}
      >
        <RoundForm
          onSubmit={async (body) => {
            const round = await create.mutateAsync(body);
            notifySuccess(t('admissionsUi.saved'));
            setCreating(false);
            void navigate({ to: paths.admissionRound(round.id) });
          }}
        />
      </Modal>
    </>
  );
}
