import { Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceCategory } from '#shared/schemas/resources';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useCategories, useSaveCategory } from '../api/resources';

/** The categories (教職員專區 sections), editable by the office: names in both languages, order, archived. */
export function CategoriesPanel() {
  const { t } = useTranslation();
  const categories = useCategories();
  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="resource-categories">
      <Title order={2} size="h4" id="resource-categories" mb="sm">
        {t('resourcesUi.categories')}
      </Title>
      <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
      <Stack gap="xs">
        {(categories.data?.items ?? []).map((c) => (
          <CategoryRow key={`${c.id}-${c.version}`} category={c} />
        ))}
        <CategoryRow />
      </Stack>
    </Paper>
  );
}

function CategoryRow({ category }: { category?: ResourceCategory }) {
  const { t } = useTranslation();
  const save = useSaveCategory();
  const [nameZh, setNameZh] = useState(category?.nameZh ?? '');
  const [nameEn, setNameEn] = useState(category?.nameEn ?? '');
  const [sortOrder, setSortOrder] = useState(category?.sortOrder ?? 0);
  const [archived, setArchived] = useState(category?.archived ?? false);
  const errors = fieldErrors(save.error);
  const submit = () => {
    const body = { nameZh, nameEn, sortOrder };
    save.mutate(category ? { id: category.id, body: { ...body, archived, version: category.version } } : { body }, {
      onSuccess: () => {
        if (category) return;
        setNameZh('');
        setNameEn('');
      },
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {category ? null : (
        <Text size="sm" fw={600}>
          {t('resourcesUi.newCategory')}
        </Text>
      )}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('resourcesUi.nameZh')}
          value={nameZh}
          error={errors.nameZh}
          onChange={(e) => setNameZh(e.currentTarget.value)}
        />
        <TextInput
          label={t('resourcesUi.nameEn')}
          value={nameEn}
          error={errors.nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
        />
        <NumberInput
          label={t('resourcesUi.sortOrder')}
          w={90}
          min={0}
          max={999}
          value={sortOrder}
          onChange={(v) => setSortOrder(Number(v) || 0)}
        />
        {category ? (
          <Checkbox
            label={t('resourcesUi.archived')}
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
            mb={8}
          />
        ) : null}
        <Button type="submit" variant="light" loading={save.isPending}>
          {category ? t('resourcesUi.save') : t('resourcesUi.add')}
        </Button>
      </Group>
      {save.error && !Object.keys(errors).length ? (
        <Text c="red.8" size="sm" role="alert">
          {errorText(save.error)}
        </Text>
      ) : null}
    </form>
  );
}
