import { useQuery } from '@apollo/client/react';
import { Badge, Skeleton, Table, Text } from '@mantine/core';
import type { PrivacyRequestKind } from '../../../generated/graphql';
import { SectionCard, SectionEmpty } from '../../../ui/details';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { DateCell } from '../../../ui/list/columns';
import { PrivacyRequestsQuery } from '../privacyOperations';

const KIND: Record<PrivacyRequestKind, { label: string; color: string }> = {
  EXPORT: { label: 'Export', color: 'blue' },
  ERASURE: { label: 'Erasure', color: 'red' },
};

/** The log of privacy requests carried out, newest first. */
export function PrivacyRequestList() {
  const { data, error, refetch } = useQuery(PrivacyRequestsQuery);
  const requests = data?.privacyRequests.nodes;
  return (
    <SectionCard title="Requests carried out">
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!requests ? (
        <Skeleton height={80} aria-hidden />
      ) : requests.length === 0 ? (
        <SectionEmpty>No request yet. Each export and erasure is listed here, with who did it and when.</SectionEmpty>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Privacy requests carried out">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Request</Table.Th>
                <Table.Th>Person</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>What it did</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <DateCell value={request.at} format="D MMM YYYY, HH:mm" />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={KIND[request.kind].color}>
                      {KIND[request.kind].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{request.contact?.name ?? 'Unknown'}</Table.Td>
                  <Table.Td>{request.requestedBy?.name ?? 'A removed account'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{request.summary}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
