import { DashboardOverview } from '#web/features/dashboard/components/DashboardOverview';
import { StudentHome } from '#web/features/home/components/StudentHome';
import { PartnersOverview } from '#web/features/partners/components/PartnersOverview';
import { useMe } from '#web/lib/session';

/**
 * Home: a student's own (calls to apply to, applications, exchanges); for staff the OIA dashboard, the partner
 * registry's totals (partners) and agreements worldwide (dashboard).
 */
export function HomePage() {
  const me = useMe();
  if (me?.roles.length && me.roles.every((r) => r.role === 'student')) return <StudentHome />;
  return (
    <>
      <PartnersOverview />
      <DashboardOverview />
    </>
  );
}
