import { Badge, Button, Checkbox, FileInput, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { News, NewsCreate } from '#shared/schemas/portal';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { useLocale } from '#web/lib/locale';
import { notifyError } from '#web/lib/notify';
import { newsPhotoUrl, useNews, useNewsPhoto, useSaveNews } from '../api/portal-admin';

const bodyOf = (n?: News): NewsCreate => ({
  titleZh: n?.titleZh ?? null,
  titleEn: n?.titleEn ?? null,
  bodyZh: n?.bodyZh ?? null,
  bodyEn: n?.bodyEn ?? null,
  photoAltZh: n?.photoAltZh ?? null,
  photoAltEn: n?.photoAltEn ?? null,
  published: n?.published ?? false,
  publishedOn: n?.publishedOn ?? null,
});

/** The portal's news: each item in both languages, with a photo, published or not. */
export function NewsPanel() {
  const { t } = useTranslation();
  const news = useNews();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)} disabled={creating}>
          {t('portalAdminUi.newNews')}
        </Button>
      </Group>
      {creating ? <NewsForm onDone={() => setCreating(false)} /> : null}
      <ErrorAlert error={news.error} onRetry={() => void news.refetch()} />
      {news.isPending ? <Loading /> : null}
      {news.data?.items.length === 0 ? <EmptyState>{t('portalAdminUi.noNews')}</EmptyState> : null}
      {(news.data?.items ?? []).map((n) => (
        <NewsRow key={n.id} news={n} />
      ))}
    </Stack>
  );
}

function NewsRow({ news }: { news: News }) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useSaveNews();
  const [editing, setEditing] = useState(false);
  if (editing) return <NewsForm news={news} onDone={() => setEditing(false)} />;
  const toggle = () =>
    save.mutate(
      { id: news.id, body: { ...bodyOf(news), published: !news.published, version: news.version } },
      { onError: notifyError },
    );
  return (
    <Paper withBorder p="sm" radius="md" component="article">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{f.name(news.titleZh, news.titleEn)}</Text>
          <Group gap={4}>
            <Badge color={news.published ? 'teal' : 'gray'} variant="light">
              {news.published
                ? t('portalAdminUi.publishedOn', { date: f.date(news.publishedOn) })
                : t('portalAdminUi.draft')}
            </Badge>
            {news.hasPhoto ? <Badge variant="outline">{t('portalAdminUi.hasPhoto')}</Badge> : null}
            {!news.titleZh || !news.titleEn ? (
              <Badge color="orange" variant="light">
                {t('portalAdminUi.missingTranslation')}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('portalAdminUi.edit')}
          </Button>
          <Button size="xs" variant="subtle" loading={save.isPending} onClick={toggle}>
            {news.published ? t('portalAdminUi.unpublish') : t('portalAdminUi.publish')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function NewsForm({ news, onDone }: { news?: News; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveNews();
  const [d, setD] = useState<NewsCreate>(() => bodyOf(news));
  const set = (k: keyof NewsCreate, v: string | boolean | null) => setD((x) => ({ ...x, [k]: v }));
  const errors = fieldErrors(save.error);
  const text = (k: 'titleZh' | 'titleEn' | 'photoAltZh' | 'photoAltEn', label: string) => (
    <TextInput
      label={label}
      value={d[k] ?? ''}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value || null)}
    />
  );
  const area = (k: 'bodyZh' | 'bodyEn', label: string) => (
    <Textarea
      label={label}
      autosize
      minRows={3}
      value={d[k] ?? ''}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value || null)}
    />
  );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: news?.id, body: news ? { ...d, version: news.version } : d }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        {text('titleZh', t('portalAdminUi.titleZh'))}
        {text('titleEn', t('portalAdminUi.titleEn'))}
        {area('bodyZh', t('portalAdminUi.bodyZh'))}
        {area('bodyEn', t('portalAdminUi.bodyEn'))}
        {text('photoAltZh', t('portalAdminUi.photoAltZh'))}
        {text('photoAltEn', t('portalAdminUi.photoAltEn'))}
        <TextInput
          type="date"
          label={t('portalAdminUi.publishedOnLabel')}
          value={d.publishedOn ?? ''}
          onChange={(e) => set('publishedOn', e.currentTarget.value || null)}
        />
        <Checkbox
          label={t('portalAdminUi.published')}
          checked={d.published}
          onChange={(e) => set('published', e.currentTarget.checked)}
        />
        {news ? (
          <PhotoUpload news={news} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('portalAdminUi.photoAfterSave')}
          </Text>
        )}
        {news?.hasPhoto && news.published ? (
          <img
            src={newsPhotoUrl(news.id, locale)}
            alt={altOf(locale, news)}
            style={{ maxWidth: '100%', maxHeight: 200, objectFit: 'contain' }}
          />
        ) : null}
        {save.error && !Object.keys(errors).length ? (
          <Text c="red.8" size="sm" role="alert">
            {errorText(save.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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

/** The photo's alternative text in the reader's language (the other one when it is missing). */
const altOf = (locale: string, n: News) =>
  (locale === 'en' ? (n.photoAltEn ?? n.photoAltZh) : (n.photoAltZh ?? n.photoAltEn)) ?? '';

function PhotoUpload({ news }: { news: News }) {
  const { t } = useTranslation();
  const photo = useNewsPhoto(news.id);
  const errors = fieldErrors(photo.error);
  return (
    <FileInput
      label={news.hasPhoto ? t('portalAdminUi.replacePhoto') : t('portalAdminUi.photo')}
      description={t('portalAdminUi.photoHint')}
      accept="image/png,image/jpeg"
      error={errors.file ?? (photo.error && !errors.file ? errorText(photo.error) : undefined)}
      disabled={photo.isPending}
      value={null}
      onChange={(file) => {
        if (file) photo.mutate(file);
      }}
    />
  );
}
