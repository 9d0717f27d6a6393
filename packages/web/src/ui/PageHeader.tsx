import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Crumb {
  label: string;
  to: string;
}

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** The pages above this one, outermost first. */
  breadcrumbs?: Crumb[];
  /** Buttons on the right: "New organization", "Edit" … */
  actions?: ReactNode;
}

/** The top of every page: where you are, its one h1, and what you can do here. Sets the tab's title. */
export function PageHeader({ title, description, breadcrumbs, actions }: PageHeaderProps) {
  useDocumentTitle(`${title} · Liaison`);
  return (
    <Stack gap="xs" mb="lg">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb">
          {breadcrumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
              {crumb.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
