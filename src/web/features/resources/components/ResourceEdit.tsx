import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { resourceKeys, useResource } from '../api/resources';
import { type Draft, draftOf, ResourceForm } from './ResourceForm';

/** The labels of the form's fields, for the conflict's field-by-field table. */
const LABELS: Record<keyof Draft, string> = {
  categoryId: 'category',
  kind: 'kind',
  titleZh: 'titleZh',
  titleEn: 'titleEn',
  descriptionZh: 'descriptionZh',
  descriptionEn: 'descriptionEn',
  languages: 'languages',
  url: 'url',
  audience: 'audience',
  unitId: 'unit',
  tags: 'tags',
  agreementKind: 'agreementKind',
  reviewOn: 'reviewOn',
};

/**
 * Editing an item someone else may change meanwhile: a 409 shows, field by field, what it was, what the user
 * typed and what it is now; the user keeps or takes each, and saves on top of the current version.
 */
export function ResourceEdit({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useTranslation();
  const query = useResource(id);
  const edit = useEditConflict({
    query,
    queryKey: resourceKeys.one(id),
    toForm: draftOf,
    fieldLabel: (key) => (key in LABELS ? t(`resourcesUi.${LABELS[key as keyof Draft]}`) : key),
  });
  const r = edit.record;
  if (!r) return null;
  return (
    <>
      {edit.alert}
      <ResourceForm key={r.version} resource={r} initial={edit.initial} onConflict={edit.onConflict} onDone={onDone} />
    </>
  );
}
