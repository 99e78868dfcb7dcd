import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Counted = { method: 'computed' | 'manual'; rule: string | null; activityKind: string | null };

/** How a definition is counted: "computed from records" and its rule, or "entered by hand" and the activity kind. */
export function MethodText({ indicator }: { indicator: Counted }) {
  const { t } = useTranslation();
  const detail =
    indicator.method === 'computed'
      ? indicator.rule && t(`computedRules.${indicator.rule}`)
      : indicator.activityKind && t(`activityKinds.${indicator.activityKind}`);
  return (
    <>
      <Text size="sm">{t(`indicatorMethods.${indicator.method}`)}</Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </>
  );
}
