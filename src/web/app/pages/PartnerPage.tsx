import { useParams } from '@tanstack/react-router';
import { PartnerAgreementSections } from '#web/features/agreements/components/partner/PartnerAgreementSections';
import { PartnerDetailPage } from '#web/features/partners/components/PartnerDetailPage';

/** A partner's page: the partner itself (partners feature) with its agreements, places and factsheet (agreements). */
export function PartnerPage() {
  const id = Number(useParams({ strict: false }).id);
  return (
    <PartnerDetailPage>
      <PartnerAgreementSections partnerId={id} />
    </PartnerDetailPage>
  );
}
