import { useParams } from '@tanstack/react-router';
import { PersonMobilities } from '#web/features/mobility/components/PersonMobilities';
import { PersonDetailPage } from '#web/features/people/components/PersonDetailPage';
import { PersonPrivacy } from '#web/features/privacy/components/PersonPrivacy';

/** A person's page: the record (people feature) with their mobility records (mobility) and privacy section (privacy). */
export function PersonPage() {
  const id = Number(useParams({ strict: false }).id);
  return (
    <PersonDetailPage>
      <PersonMobilities personId={id} />
      <PersonPrivacy personId={id} />
    </PersonDetailPage>
  );
}
