import { Badge, Button, FileInput, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoList } from '#shared/schemas/visits';
import { API_BASE, api, fieldErrors } from '#web/lib/api';
import { notifyError } from '#web/lib/notify';
import { ConfirmButton } from '../ConfirmButton';

type Props = { kind: 'events' | 'visits'; id: number; editable: boolean };

/**
 * The photos of an event or a visit: a gallery for everyone who may read the record; editors upload (JPG, PNG or
 * WebP, checked by content on the server), remove, and mark the one the news item uses.
 */
export function EngagementPhotos({ kind, id, editable }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = [kind, id, 'photos'] as const;
  const base = `/${kind}/${id}/photos`;
  const photos = useQuery({ queryKey: key, queryFn: () => api.get<PhotoList>(base) });
  const done = (list: PhotoList) => qc.setQueryData(key, list);
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<PhotoList>(base, form);
    },
    onSuccess: done,
  });
  const act = useMutation({
    mutationFn: (path: string) => api.post<PhotoList>(path, {}),
    onSuccess: done,
    onError: notifyError,
  });
  const [file, setFile] = useState<File | null>(null);
  const items = photos.data?.items ?? [];
  if (!editable && items.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${kind}-${id}-photos`}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={`${kind}-${id}-photos`}>
          {t('engagementUi.photos')}
        </Title>
        {items.length === 0 ? <Text size="sm">{t('engagementUi.noPhotos')}</Text> : null}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {items.map((p) => (
            <Stack key={p.id} gap={4} role="group" aria-label={p.fileName}>
              <Image
                src={`${API_BASE}${base}/${p.id}`}
                alt={p.fileName}
                radius="sm"
                h={120}
                fit="cover"
                loading="lazy"
              />
              {p.isNews ? (
                <Badge variant="light" color="teal">
                  {t('engagementUi.newsPhoto')}
                </Badge>
              ) : null}
              {editable ? (
                <Group gap={4}>
                  {p.isNews ? null : (
                    <Button size="compact-xs" variant="subtle" onClick={() => act.mutate(`${base}/${p.id}/news`)}>
                      {t('engagementUi.useForNews')}
                    </Button>
                  )}
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    label={t('engagementUi.remove')}
                    title={t('engagementUi.removePhoto', { name: p.fileName })}
                    message={t('engagementUi.removePhotoConfirm')}
                    onConfirm={() => act.mutateAsync(`${base}/${p.id}/remove`)}
                  />
                </Group>
              ) : null}
            </Stack>
          ))}
        </SimpleGrid>
        {editable ? (
          <Group
            align="flex-end"
            gap="xs"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              if (file) upload.mutate(file, { onSuccess: () => setFile(null) });
            }}
          >
            <FileInput
              label={t('engagementUi.photoFile')}
              description={t('engagementUi.photoHint')}
              accept="image/jpeg,image/png,image/webp"
              value={file}
              onChange={setFile}
              error={fieldErrors(upload.error).file}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {t('engagementUi.upload')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
