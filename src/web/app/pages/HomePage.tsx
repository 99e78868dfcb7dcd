import { DashboardOverview } from '#web/features/dashboard/components/DashboardOverview';
import { StaffTodos } from '#web/features/home/components/StaffTodos';
import { StudentHome } from '#web/features/home/components/StudentHome';
import { PartnersOverview } from '#web/features/partners/components/PartnersOverview';
import { useMe } from '#web/lib/session';

/**
 * Home: a student's own (calls to apply to, applications, exchanges); for staff and coordinators their own to-dos first, then the OIA dashboard, the partner
 * registry's totals (partners) and agreements worldwide (dashboard).
 */
export function HomePage() {
  const me = useMe();
  if (me?.roles.length && me.roles.every((r) => r.role === 'student')) return <StudentHome />;
  return (
    <>
      <StaffTodos />
      <PartnersOverview />
      <DashboardOverview />
    </>
  );
}
