import { useTranslation } from 'react-i18next';
import type { Person } from '#shared/schemas/people';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';
import { useFormat } from '#web/lib/format';
import { useArchivePerson, usePerson } from '../api/people';

/** Archive (or restore) the person after a confirmation; people are never deleted. */
export function ArchivePersonButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const name = useFormat().name(person.nameZh, person.nameEn);
  const mutation = useArchivePerson(person.id);
  const { refetch } = usePerson(person.id);
  return (
    <ArchiveToggle
      archived={person.archivedAt !== null}
      setArchived={(archived) => mutation.mutateAsync({ archived, version: person.version })}
      onConflict={refetch}
      busy={mutation.isPending}
      texts={{
        archive: t('peopleUi.detail.archive'),
        restore: t('peopleUi.detail.restore'),
        archiveTitle: t('peopleUi.detail.archive'),
        restoreTitle: t('peopleUi.detail.restore'),
        archiveConfirm: t('peopleUi.detail.archiveConfirm', { name }),
        restoreConfirm: t('peopleUi.detail.restoreConfirm', { name }),
        archived: t('peopleUi.detail.archived'),
        restored: t('peopleUi.detail.restored'),
      }}
    />
  );
}
