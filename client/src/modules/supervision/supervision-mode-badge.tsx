import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupervisionMode } from '../../gql/graphql';

const colours: Record<SupervisionMode, string> = { IN_PERSON: 'teal', VIDEO: 'indigo', PHONE: 'grape' };

export function SupervisionModeBadge({ mode }: { mode: SupervisionMode }) {
  const { t } = useTranslation('supervision');
  return (
    <Badge variant="light" color={colours[mode]} radius="sm" tt="none">
      {t(`modes.${mode}`)}
    </Badge>
  );
}
