import { Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS } from '#shared/enums';
import { localName } from '#shared/i18n/names';
import { RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_LANGUAGES } from '#shared/resources';
import type { Resource, ResourceCreate } from '#shared/schemas/resources';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { fieldErrors, isApiError } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useLocale } from '#web/lib/locale';
import { useMe } from '#web/lib/session';
import { useCategories, useSaveResource } from '../api/resources';

export type Draft = Omit<ResourceCreate, 'unitId' | 'agreementKind' | 'ownerId'> & {
  unitId: number | null;
  agreementKind: ResourceCreate['agreementKind'] | null;
};

export const draftOf = (r?: Resource): Draft => ({
  categoryId: r?.categoryId ?? 0,
  kind: r?.kind ?? 'document',
  titleZh: r?.titleZh ?? null,
  titleEn: r?.titleEn ?? null,
  descriptionZh: r?.descriptionZh ?? null,
  descriptionEn: r?.descriptionEn ?? null,
  languages: r?.languages ?? 'both',
  url: r?.url ?? null,
  audience: r?.audience ?? 'staff',
  unitId: r?.unitId ?? null,
  tags: r?.tags ?? [],
  agreementKind: r?.agreementKind ?? null,
  reviewOn: r?.reviewOn ?? null,
});

type Props = {
  resource?: Resource;
  onDone: (r: Resource) => void;
  /** The values to start from (after a conflict was merged field by field); else the record's. */
  initial?: Draft;
  /** A 409 on save, with what the user typed, for the field-by-field merge. */
  onConflict?: (err: unknown, mine: Draft) => void;
};

/** Creates an item (no `resource`) or edits one; the file of a document is uploaded on its page. */
export function ResourceForm({ resource, onDone, initial, onConflict }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useCategories();
  const save = useSaveResource();
  const me = useMe();
  const [d, setD] = useState<Draft>(() => initial ?? draftOf(resource));
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const errors = fieldErrors(save.error);
  const text = (k: 'titleZh' | 'titleEn' | 'url', label: string) => (
    <TextInput
      label={label}
      value={d[k] ?? ''}
      error={errors[k]}
      onChange={(e) => set(k, e.currentTarget.value || null)}
    />
  );
  const submit = () => {
    // A new item is owned by whoever creates it: the owner gets the review-date reminder.
    const body = { ...d, ownerId: resource ? resource.ownerId : (me?.id ?? null) };
    save.mutate(
      { id: resource?.id, body: resource ? { ...body, archived: resource.archived, version: resource.version } : body },
      {
        onSuccess: onDone,
        onError: (err) => {
          if (onConflict && isApiError(err, 'VERSION_CONFLICT')) onConflict(err, d);
        },
      },
    );
  };
  const shown = Object.keys(errors);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('resourcesUi.category')}
          required
          data={(categories.data?.items ?? [])
            .filter((c) => !c.archived || c.id === d.categoryId)
            .map((c) => ({ value: String(c.id), label: localName(locale, c.nameZh, c.nameEn) }))}
          value={d.categoryId ? String(d.categoryId) : null}
          error={errors.categoryId}
          onChange={(v) => set('categoryId', Number(v ?? 0))}
        />
        {resource ? null : (
          <Select
            label={t('resourcesUi.kind')}
            data={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`resourcesUi.kinds.${k}`) }))}
            value={d.kind}
            allowDeselect={false}
            onChange={(v) => set('kind', (v ?? 'document') as Draft['kind'])}
          />
        )}
        {text('titleZh', t('resourcesUi.titleZh'))}
        {text('titleEn', t('resourcesUi.titleEn'))}
        <Textarea
          label={t('resourcesUi.descriptionZh')}
          autosize
          minRows={2}
          value={d.descriptionZh ?? ''}
          onChange={(e) => set('descriptionZh', e.currentTarget.value || null)}
        />
        <Textarea
          label={t('resourcesUi.descriptionEn')}
          autosize
          minRows={2}
          value={d.descriptionEn ?? ''}
          onChange={(e) => set('descriptionEn', e.currentTarget.value || null)}
        />
        {d.kind === 'link' ? text('url', t('resourcesUi.url')) : null}
        <Select
          label={t('resourcesUi.languages')}
          data={RESOURCE_LANGUAGES.map((k) => ({ value: k, label: t(`resourcesUi.languageOptions.${k}`) }))}
          value={d.languages}
          allowDeselect={false}
          onChange={(v) => set('languages', (v ?? 'both') as Draft['languages'])}
        />
        <Select
          label={t('resourcesUi.audience')}
          data={RESOURCE_AUDIENCES.map((k) => ({ value: k, label: t(`resourcesUi.audiences.${k}`) }))}
          value={d.audience}
          allowDeselect={false}
          onChange={(v) => set('audience', (v ?? 'staff') as Draft['audience'])}
        />
        {d.audience === 'unit' ? (
          <UnitSelect
            label={t('resourcesUi.unit')}
            value={d.unitId}
            error={errors.unitId}
            onChange={(id) => set('unitId', id)}
          />
        ) : null}
        <TagsInput
          label={t('resourcesUi.tags')}
          description={t('resourcesUi.tagsHint')}
          value={d.tags}
          error={errors.tags}
          onChange={(v) => set('tags', v)}
        />
        <Select
          label={t('resourcesUi.agreementKind')}
          description={t('resourcesUi.agreementKindHint')}
          clearable
          data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKinds.${k}`) }))}
          value={d.agreementKind ?? null}
          onChange={(v) => set('agreementKind', (v ?? null) as Draft['agreementKind'])}
        />
        <TextInput
          type="date"
          label={t('resourcesUi.reviewOn')}
          value={d.reviewOn ?? ''}
          error={errors.reviewOn}
          onChange={(e) => set('reviewOn', e.currentTarget.value || null)}
        />
        {save.error && !shown.length && !(onConflict && isApiError(save.error, 'VERSION_CONFLICT')) ? (
          <div role="alert" style={{ color: 'var(--mantine-color-red-8)' }}>
            {errorText(save.error)}
          </div>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('resourcesUi.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
