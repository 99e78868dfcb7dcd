import { Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret the server shows once (a token, a signing secret): the note, the value, a copy button. */
export function ShownOnce({ note, value }: { note: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status">
      <Text fw={600}>{note}</Text>
      <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="xs" variant="light" onClick={copy} w="fit-content">
            {copied ? t('integrationsUi.tokens.copied') : t('integrationsUi.tokens.copy')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
