import { Group, ThemeIcon, Title, type GroupProps, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

interface IconTitleProps extends Omit<GroupProps, 'children'> {
  icon: IconName;
  color?: string;
  order: TitleOrder;
  size: string;
  /** The heading's id, by which its region is named. */
  id: string;
  children: ReactNode;
}

/** A card's heading with its icon before it. */
export function IconTitle({ icon, color, order, size, id, children, ...group }: IconTitleProps) {
  return (
    <Group gap="sm" wrap="nowrap" {...group}>
      <ThemeIcon variant="light" size="lg" radius="md" color={color}>
        <Icon name={icon} />
      </ThemeIcon>
      <Title order={order} size={size} id={id}>
        {children}
      </Title>
    </Group>
  );
}
