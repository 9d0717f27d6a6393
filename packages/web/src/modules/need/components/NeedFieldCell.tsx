import { useApolloClient } from '@apollo/client/react';
import { Badge } from '@mantine/core';
import { graphql } from '../../../generated';
import type { NeedPriority, NeedStatus } from '../../../generated/graphql';
import { InlineSelectCell } from '../../../ui/list';
import { useSetNeedField } from '../hooks/useSetNeedField';
import {
  NEED_PRIORITY_COLORS,
  NEED_PRIORITY_LABELS,
  NEED_PRIORITY_OPTIONS,
  NEED_STATUS_COLORS,
  NEED_STATUS_LABELS,
  NEED_STATUS_OPTIONS,
} from '../needLabels';

export const NeedFieldsNowQuery = graphql(`
  query NeedFieldsNow($id: ID!) {
    need(id: $id) {
      id
      version
      status
      priority
    }
  }
`);

interface NeedRow {
  id: string;
  title: string;
  version: number;
  status: NeedStatus;
  priority: NeedPriority;
}

/** The need as the server has it now (the list row shows it too), for a conflict. */
function useNeedNow(id: string) {
  const client = useApolloClient();
  return async () => {
    const { data } = await client.query({ query: NeedFieldsNowQuery, variables: { id }, fetchPolicy: 'network-only' });
    if (!data?.need) throw new Error('This need is no longer there.');
    return data.need;
  };
}

/** A need's status in its list row: editors change it there. */
export function NeedStatusCell({ need }: { need: NeedRow }) {
  const [setField] = useSetNeedField();
  const now = useNeedNow(need.id);
  return (
    <InlineSelectCell
      field="Status"
      recordName={need.title}
      value={need.status}
      version={need.version}
      options={NEED_STATUS_OPTIONS}
      display={
        <Badge variant="dot" color={NEED_STATUS_COLORS[need.status]} tt="none" miw="max-content">
          {NEED_STATUS_LABELS[need.status]}
        </Badge>
      }
      save={(status, version) => setField({ id: need.id, version }, { status })}
      reload={async () => {
        const latest = await now();
        return { value: latest.status, version: latest.version };
      }}
    />
  );
}

/** A need's priority in its list row: editors change it there. */
export function NeedPriorityCell({ need }: { need: NeedRow }) {
  const [setField] = useSetNeedField();
  const now = useNeedNow(need.id);
  return (
    <InlineSelectCell
      field="Priority"
      recordName={need.title}
      value={need.priority}
      version={need.version}
      options={NEED_PRIORITY_OPTIONS}
      display={
        <Badge variant="dot" color={NEED_PRIORITY_COLORS[need.priority]} tt="none" miw="max-content">
          {NEED_PRIORITY_LABELS[need.priority]}
        </Badge>
      }
      save={(priority, version) => setField({ id: need.id, version }, { priority })}
      reload={async () => {
        const latest = await now();
        return { value: latest.priority, version: latest.version };
      }}
    />
  );
}
