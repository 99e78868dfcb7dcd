import { Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '#shared/i18n/names';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { SearchInput } from '#web/components/ui/ListFilters';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useLocale } from '#web/lib/locale';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useUrlSearch } from '#web/lib/urlSearch';
import { useCategories, useResources } from '../api/resources';
import { parseResourceSearch } from '../search';
import { CategoriesPanel } from './CategoriesPanel';
import { ResourceBadges } from './ResourceBadges';
import { ResourceForm } from './ResourceForm';
import '../i18n';

/** The resource center (教職員專區): documents and links by category, searched by text and tag. */
export function ResourcesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const write = useCan('resources', 'write');
  const manageCategories = useCan('resources', 'manageCategories');
  const { search: filter, update } = useUrlSearch(paths.resources(), parseResourceSearch);
  const [creating, setCreating] = useState(false);
  const [showCategories, setShowCategories] = useState(false);
  const categories = useCategories();
  const list = useResources(filter);
  const categoryName = new Map(
    (categories.data?.items ?? []).map((c) => [c.id, localName(locale, c.nameZh, c.nameEn)]),
  );
  return (
    <>
      <PageHeader
        title={t('resourcesUi.title')}
        subtitle={t('resourcesUi.intro')}
        actions={
          <Group gap="xs">
            {manageCategories ? (
              <Button variant="light" onClick={() => setShowCategories((v) => !v)}>
                {t('resourcesUi.categories')}
              </Button>
            ) : null}
            {write ? <Button onClick={() => setCreating(true)}>{t('resourcesUi.new')}</Button> : null}
          </Group>
        }
      />
      {showCategories ? <CategoriesPanel /> : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Select
          label={t('resourcesUi.category')}
          placeholder={t('resourcesUi.allCategories')}
          clearable
          data={(categories.data?.items ?? [])
            .filter((c) => !c.archived)
            .map((c) => ({ value: String(c.id), label: localName(locale, c.nameZh, c.nameEn) }))}
          value={filter.categoryId ? String(filter.categoryId) : null}
          onChange={(v) => update({ categoryId: v ? Number(v) : undefined })}
        />
        <SearchInput
          label={t('resourcesUi.search')}
          placeholder={t('resourcesUi.searchHint')}
          value={filter.q}
          onSearch={(q) => update({ q })}
        />
        <TextInput
          label={t('resourcesUi.tag')}
          value={filter.tag ?? ''}
          onChange={(e) => update({ tag: e.currentTarget.value.trim() || undefined })}
        />
      </SimpleGrid>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.isPending ? <Loading /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('resourcesUi.none')}</EmptyState> : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(list.data?.items ?? []).map((r) => (
          <Paper key={r.id} withBorder p="sm" radius="md" component="li">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <AnchorLink to={paths.resource(r.id)} fw={600}>
                  {localName(locale, r.titleZh, r.titleEn)}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {categoryName.get(r.categoryId)}
                  {r.tags.length ? ` · ${r.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
                </Text>
              </Stack>
              <ResourceBadges r={r} />
            </Group>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('resourcesUi.new')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ResourceForm onDone={(r) => void navigate({ to: paths.resource(r.id) })} />
      </Modal>
    </>
  );
}
