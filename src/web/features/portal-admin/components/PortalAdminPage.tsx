export function PortalAdminPage() {
  return null;
}
