import { Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What it is and that it is shown only now ("copy it now"). */
  note: string;
  value: string;
  /** An accessible name for the value (e.g. "Calendar address"), when the note alone does not name it. */
  label?: string;
};

/**
 * A secret the server shows once and keeps only as a hash (an API token, a webhook's signing secret, a private
 * calendar address): the note, the value wrapped to the screen's width, and a copy button.
 */
export function ShownOnce({ note, value, label }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status">
      <Text fw={600}>{note}</Text>
      <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} aria-label={label}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="xs" variant="light" onClick={copy} w="fit-content">
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
