import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '#shared/schemas/indicators';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useArchiveIndicator, useIndicator, useSaveIndicator } from '../api/indicators';
import '../i18n';
import { IndicatorForm, indicatorFormState } from './parts/IndicatorForm';
import { MethodText } from './parts/MethodText';
import { TargetsPanel } from './parts/TargetsPanel';

/** One indicator: its current definition, every version kept (the audit log keeps who changed what), and its targets grid. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: ind, error, isPending, refetch } = useIndicator(id);
  const save = useSaveIndicator();
  const archive = useArchiveIndicator();
  const [editing, setEditing] = useState(false);

  if (isPending) return <Loading />;
  if (!ind) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(ind.nameZh, ind.nameEn);
  return (
    <Stack gap="lg">
      <PageHeader
        above={
          <AnchorLink to={paths.indicators()} size="sm">{`← ${t('indicatorsUi.indicator.backToList')}`}</AnchorLink>
        }
        title={fmt.name(ind.nameZh, ind.nameEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <Badge variant="outline" color="gray" tt="none">
              {ind.code}
            </Badge>
            <Badge variant="light" tt="none">
              {t('indicatorsUi.indicator.versionNo', { n: ind.versionNo })}
            </Badge>
            {ind.archivedAt ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('indicatorsUi.indicator.archived')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          ind.permissions.manage ? (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <ConfirmButton
                label={ind.archivedAt ? t('indicatorsUi.indicator.restore') : t('indicatorsUi.indicator.archive')}
                title={ind.archivedAt ? t('indicatorsUi.indicator.restore') : t('indicatorsUi.indicator.archive')}
                message={t('indicatorsUi.indicator.archiveHint')}
                busy={archive.isPending}
                onConfirm={() => archive.mutateAsync({ indicator: ind, archived: !ind.archivedAt })}
              />
            </>
          ) : null
        }
      />
      <Definition indicator={ind} />
      <TargetsPanel indicator={ind} />
      <Versions indicator={ind} />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={t('indicatorsUi.indicator.edit')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('indicatorsUi.indicator.editHint')}
        </Text>
        <IndicatorForm
          initial={indicatorFormState(ind)}
          editing
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const { code: _code, ...rest } = body;
            await save.mutateAsync({ id: ind.id, body: { ...rest, version: ind.version } });
            notifySuccess(t('indicatorsUi.indicator.saved'));
            setEditing(false);
          }}
        />
      </Modal>
    </Stack>
  );
}

function Definition({ indicator: i }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm">
        <DetailField label={t('indicatorsUi.fields.definition')}>
          {fmt.name(i.definitionZh, i.definitionEn) || '—'}
        </DetailField>
        <DetailField label={t('indicatorsUi.fields.method')}>
          <MethodText indicator={i} />
        </DetailField>
        <DetailField label={t('indicatorsUi.fields.strategy')}>{t(`strategies.${i.strategy}`)}</DetailField>
        <DetailField label={t('indicatorsUi.fields.chapter')}>{i.chapter ?? '—'}</DetailField>
        <DetailField label={t('indicatorsUi.fields.unit')}>{t(`indicatorUnits.${i.unit}`)}</DetailField>
        <DetailField label={t('indicatorsUi.fields.source')}>{fmt.name(i.sourceZh, i.sourceEn) || '—'}</DetailField>
      </SimpleGrid>
    </Paper>
  );
}

/** Every version of the definition, newest first: reports made with an old one keep it. */
function Versions({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="indicator-versions">
      <Title order={2} size="h4" id="indicator-versions" mb="xs">
        {t('indicatorsUi.indicator.versions')}
      </Title>
      <ScrollTable label={t('indicatorsUi.indicator.versions')} minWidth={640}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicatorsUi.indicator.version')}</Table.Th>
              <Table.Th scope="col">{t('indicatorsUi.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('indicatorsUi.fields.method')}</Table.Th>
              <Table.Th scope="col">{t('indicatorsUi.indicator.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicator.versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  {v.versionNo}
                  {v.id === indicator.versionId ? ` · ${t('indicatorsUi.indicator.current')}` : ''}
                </Table.Td>
                <Table.Td>{fmt.name(v.nameZh, v.nameEn)}</Table.Td>
                <Table.Td>
                  <MethodText indicator={v} />
                </Table.Td>
                <Table.Td>{fmt.dateTime(v.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}
