import { Anchor, Badge, Button, FileInput, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '#shared/i18n/names';
import type { Resource } from '#shared/schemas/resources';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { useLocale } from '#web/lib/locale';
import { paths } from '#web/lib/paths';
import { currentFileUrl, useResource, useUploadVersion, versionFileUrl } from '../api/resources';
import { ResourceBadges } from './ResourceBadges';
import { ResourceEdit } from './ResourceEdit';
import '../i18n';

/** One document or link: what it is, its versions (who uploaded which when), a new version, editing. */
export function ResourcePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = Number(useParams({ strict: false }).id);
  const query = useResource(id);
  const [editing, setEditing] = useState(false);
  const r = query.data;
  if (!r) return query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />;
  const current = r.versions.find((v) => v.current);
  return (
    <>
      <PageHeader
        title={localName(locale, r.titleZh, r.titleEn)}
        above={<AnchorLink to={paths.resources()}>{t('resourcesUi.back')}</AnchorLink>}
        actions={
          r.permissions.update ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('resourcesUi.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <ResourceBadges r={r} />
        {r.titleZh && r.titleEn ? (
          <Text size="sm" c="dimmed">
            {locale === 'en' ? r.titleZh : r.titleEn}
          </Text>
        ) : null}
        <Text style={{ whiteSpace: 'pre-wrap' }}>{localName(locale, r.descriptionZh, r.descriptionEn)}</Text>
        {r.agreementKind ? (
          <Text size="sm">
            {t('resourcesUi.templateFor')}{' '}
            <AnchorLink to={paths.agreements()}>{t(`agreementKinds.${r.agreementKind}`)}</AnchorLink>
          </Text>
        ) : null}
        {r.kind === 'link' && r.url ? (
          <Anchor href={r.url} target="_blank" rel="noopener noreferrer">
            {t('resourcesUi.openLink')}
          </Anchor>
        ) : null}
        {r.kind === 'document' ? (
          <>
            {current ? (
              <Group>
                <DownloadButton href={currentFileUrl(r.id)}>
                  {t('resourcesUi.downloadCurrent', { n: current.number })}
                </DownloadButton>
              </Group>
            ) : (
              <Text size="sm">{t('resourcesUi.noFile')}</Text>
            )}
            {r.permissions.update ? <UploadVersion id={r.id} /> : null}
            <Versions r={r} />
          </>
        ) : null}
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('resourcesUi.edit')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ResourceEdit id={r.id} onDone={() => setEditing(false)} />
      </Modal>
    </>
  );
}

function Versions({ r }: { r: Resource }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!r.versions.length) return null;
  return (
    <section aria-labelledby="resource-versions">
      <Title order={2} size="h4" id="resource-versions" mb="xs">
        {t('resourcesUi.versions')}
      </Title>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {r.versions.map((v) => (
          <Paper key={v.id} withBorder p="xs" radius="sm" component="li" data-testid="resource-version">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>{t('resourcesUi.versionN', { n: v.number })}</Text>
                  {v.current ? (
                    <Badge color="teal" variant="light">
                      {t('resourcesUi.current')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {v.fileName} · {t('resourcesUi.kb', { n: f.number(Math.max(1, Math.round(v.size / 1024))) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('resourcesUi.uploadedBy', { name: v.uploadedBy ?? '—', at: f.dateTime(v.uploadedAt) })}
                </Text>
                {v.note ? <Text size="sm">{v.note}</Text> : null}
              </Stack>
              <DownloadButton href={versionFileUrl(r.id, v.id)} size="xs" variant="light">
                {t('resourcesUi.download')}
              </DownloadButton>
            </Group>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

function UploadVersion({ id }: { id: number }) {
  const { t } = useTranslation();
  const upload = useUploadVersion(id);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const errors = fieldErrors(upload.error);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        upload.mutate(
          { file, note },
          {
            onSuccess: () => {
              setFile(null);
              setNote('');
            },
          },
        );
      }}
    >
      <Title order={2} size="h5" mb="xs">
        {t('resourcesUi.uploadVersion')}
      </Title>
      <Stack gap="xs">
        <FileInput
          label={t('resourcesUi.file')}
          description={t('resourcesUi.fileHint')}
          accept="application/pdf,image/png,image/jpeg"
          value={file}
          error={errors.file}
          onChange={setFile}
          clearable
        />
        <TextInput
          label={t('resourcesUi.note')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {upload.error && !errors.file ? (
          <Text c="red.8" size="sm" role="alert">
            {errorText(upload.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            {t('resourcesUi.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
