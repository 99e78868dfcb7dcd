import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Badge.css';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useCreateProgram, usePrograms } from '../api/cohorts';
import '../i18n';
import { emptyProgram, ProgramForm } from './ProgramForm';

/** The office's cohort programs, newest first, as cards (the same on a phone). */
export function CohortsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const canWrite = useCan('cohorts', 'write');
  const list = usePrograms();
  const create = useCreateProgram();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('cohortsUi.title')}
        subtitle={t('cohortsUi.subtitle')}
        actions={canWrite ? <Button onClick={() => setCreating(true)}>{t('cohortsUi.new')}</Button> : null}
      />
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState>{t('cohortsUi.empty')}</EmptyState> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.data?.items.map((p) => (
          <Card key={p.id} withBorder padding="md">
            <Stack gap={6}>
              <AnchorLink to={paths.cohort(p.id)} fw={600}>
                {fmt.name(p.nameZh, p.nameEn)}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {fmt.otherName(p.nameZh, p.nameEn)}
              </Text>
              <Text size="sm">
                {fmt.date(p.startDate)} – {fmt.date(p.endDate)}
              </Text>
              <Group gap="xs">
                <Badge variant="light" tt="none">
                  {t('cohortsUi.applicationsCount', { n: fmt.number(p.applications) })}
                </Badge>
                <Badge variant="light" color="teal" tt="none">
                  {t('cohortsUi.participantsCount', { n: fmt.number(p.participants), places: fmt.number(p.places) })}
                </Badge>
                {p.applicationsOpen ? (
                  <Badge variant="outline" color="blue" tt="none">
                    {t('cohortsUi.open')}
                  </Badge>
                ) : null}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('cohortsUi.new')}
        size="lg"
        fullScreen={phone}
      >
        <ProgramForm
          initial={emptyProgram(null)}
          busy={create.isPending}
          onCancel={() => setCreating(false)}
          onSubmit={async (value) => {
            const p = await create.mutateAsync(value);
            notifySuccess(t('cohortsUi.saved'));
            setCreating(false);
            void navigate({ to: paths.cohort(p.id) });
          }}
        />
      </Modal>
    </>
  );
}
