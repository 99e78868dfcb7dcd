import { useParams } from '@tanstack/react-router';
import { PersonMobilities } from '#web/features/mobility/components/PersonMobilities';
import { PersonDetailPage } from '#web/features/people/components/PersonDetailPage';

/** A person's page: the record (people feature) with their mobility records (mobility feature). */
export function PersonPage() {
  const id = Number(useParams({ strict: false }).id);
  return (
    <PersonDetailPage>
      <PersonMobilities personId={id} />
    </PersonDetailPage>
  );
}
