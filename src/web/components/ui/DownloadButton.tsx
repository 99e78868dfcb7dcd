import { Button, type ButtonProps } from '@mantine/core';
import { type MouseEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '#web/lib/api';
import { notifyError } from '#web/lib/notify';

type Props = Omit<ButtonProps, 'loading' | 'children'> & { href: string | undefined; children: ReactNode };

/**
 * A button for a file the server builds (xlsx exports, PDF letters and reports): it shows that the file is
 * being prepared (some take seconds), and an error arrives as a message instead of a browser error page.
 */
export function DownloadButton({ href, children, disabled, ...props }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    // Still a link (copy it, open it in a tab); a plain click fetches it here so the page can show progress.
    <Button
      {...props}
      component="a"
      href={href}
      download
      disabled={disabled || !href}
      loading={busy}
      loaderProps={{ 'aria-label': t('common.preparingFile') }}
      aria-busy={busy}
      onClick={async (event: MouseEvent<HTMLAnchorElement>) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (!href || busy) return;
        setBusy(true);
        try {
          await downloadFile(href);
        } catch (err) {
          notifyError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
