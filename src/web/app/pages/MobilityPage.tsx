import { useParams } from '@tanstack/react-router';
import { ChecklistPanel } from '#web/features/checklist/components/ChecklistPanel';
import { MobilityFundingPanel } from '#web/features/funding/components/MobilityFundingPanel';
import { MobilityDetailPage } from '#web/features/mobility/components/MobilityDetailPage';

/** A mobility's page: the record (mobility) with its document checklist (checklist) and funding (funding). */
export function MobilityPage() {
  const id = Number(useParams({ strict: false }).id);
  return (
    <MobilityDetailPage>
      <ChecklistPanel mobilityId={id} />
      <MobilityFundingPanel mobilityId={id} />
    </MobilityDetailPage>
  );
}
