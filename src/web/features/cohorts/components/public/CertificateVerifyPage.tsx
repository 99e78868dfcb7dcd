import { Alert, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/ui/Loading';
import { useFormat } from '#web/lib/format';
import { useVerification } from '../../api/cohorts';
import '../../i18n';
import { PublicFrame } from '#web/components/ui/PublicFrame';

/** The public check of a certificate's code: the name, the program and the date, nothing more. */
export function CertificateVerifyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const code = String(useParams({ strict: false }).code ?? '');
  const check = useVerification(code);
  return (
    <PublicFrame title={t('cohortsUi.verify.title')} intro={t('cohortsUi.verify.code', { code })}>
      {check.isPending ? <Loading /> : null}
      {check.error ? (
        <Alert color="red" role="alert">
          {check.error.message}
        </Alert>
      ) : null}
      {check.data ? (
        <Alert color="green" role="status">
          <Stack gap={4}>
            <Text fw={700}>{t('cohortsUi.verify.valid')}</Text>
            <Text size="sm">{t('cohortsUi.verify.name', { value: check.data.name })}</Text>
            <Text size="sm">
              {t('cohortsUi.verify.program', { value: fmt.name(check.data.programZh, check.data.programEn) })}
            </Text>
            <Text size="sm">{t('cohortsUi.verify.issuedOn', { value: fmt.date(check.data.issuedOn) })}</Text>
          </Stack>
        </Alert>
      ) : null}
    </PublicFrame>
  );
}
