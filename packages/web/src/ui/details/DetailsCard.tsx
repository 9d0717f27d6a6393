import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionCard } from './SectionCard';

/** One labelled field; a dash when it has no value. */
export function DetailsItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children || (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

export interface DetailsCardProps {
  /** The fields, as DetailsItem. */
  children: ReactNode;
  labelWidth?: number;
  /** Shown under the fields: a description, notes. */
  after?: ReactNode;
}

/** A record's fields, as read on its page: a bordered card titled "Details". */
export function DetailsCard({ children, labelWidth = 140, after }: DetailsCardProps) {
  return (
    <SectionCard title="Details">
      <DataList labelWidth={labelWidth}>{children}</DataList>
      {after}
    </SectionCard>
  );
}
