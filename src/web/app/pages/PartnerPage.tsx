import { useParams } from '@tanstack/react-router';
import { PartnerAgreementSections } from '#web/features/agreements/components/partner/PartnerAgreementSections';
import { PartnerDetailPage } from '#web/features/partners/components/PartnerDetailPage';
import { PartnerVisitsSection } from '#web/features/visits/components/PartnerVisitsSection';

/** A partner's page: the partner itself (partners feature) with its agreements, places and factsheet (agreements) and its visits both ways (visits). */
export function PartnerPage() {
  const id = Number(useParams({ strict: false }).id);
  return (
    <PartnerDetailPage>
      <PartnerAgreementSections partnerId={id} />
      <PartnerVisitsSection partnerId={id} />
    </PartnerDetailPage>
  );
}
