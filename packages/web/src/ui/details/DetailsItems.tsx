import { Badge, Group, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { DetailsItem } from './DetailsCard';

/** The record's tags as badges, with an optional control beside them (adding one). */
export function TagsItem({ tags, action }: { tags: { id: string; label: string }[]; action?: ReactNode }) {
  return (
    <DetailsItem label="Tags">
      {(tags.length > 0 || action) && (
        <Group gap={4}>
          {tags.map((tag) => (
            <Badge key={tag.id} variant="light" color="gray" tt="none">
              {tag.label}
            </Badge>
          ))}
          {action}
        </Group>
      )}
    </DetailsItem>
  );
}

/** When the record was last changed, and by whom. */
export function LastChangeItem({ at, by }: { at: string; by?: { name: string } | null }) {
  return (
    <DetailsItem label="Last change">
      {dayjs(at).format('D MMM YYYY, HH:mm')}
      {by && ` by ${by.name}`}
    </DetailsItem>
  );
}

/** A long plain-text field under the details, titled; nothing when it is empty. */
export function DetailsText({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <>
      <Title order={3} size="h5" mt="md" mb={4}>
        {title}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
    </>
  );
}
