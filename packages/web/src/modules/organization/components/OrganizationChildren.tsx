import { useApolloClient } from '@apollo/client/react';
import { Anchor, Button, List, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';

const OrganizationChildren_page = graphql(`
  fragment OrganizationChildren_page on OrganizationConnection {
    totalCount
    edges {
      cursor
      node {
        id
        name
        acronym
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const OrganizationChildren_organization = graphql(`
  fragment OrganizationChildren_organization on Organization {
    id
    children(first: 20) {
      ...OrganizationChildren_page
    }
  }
`);

/** The next page of children; the cache appends it to the list (relayStylePagination on Organization.children). */
const OrganizationChildrenMoreQuery = graphql(`
  query OrganizationChildrenMore($id: ID!, $after: String) {
    organization(id: $id) {
      id
      children(first: 20, after: $after) {
        ...OrganizationChildren_page
      }
    }
  }
`);

/** The organizations that are part of this one, 20 at a time. */
export function OrganizationChildren(props: { organization: FragmentType<typeof OrganizationChildren_organization> }) {
  const organization = getFragmentData(OrganizationChildren_organization, props.organization);
  const children = getFragmentData(OrganizationChildren_page, organization.children);
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const showMore = async () => {
    setLoadingMore(true);
    setError(null);
    try {
      await client.query({
        query: OrganizationChildrenMoreQuery,
        variables: { id: organization.id, after: children.pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Parts of this organization ({children.totalCount})
      </Title>
      {children.edges.length === 0 ? (
        <Text c="dimmed" size="sm">
          No organization is recorded as part of this one.
        </Text>
      ) : (
        <List spacing={4}>
          {children.edges.map(({ node }) => (
            <List.Item key={node.id}>
              <Anchor component={Link} to={`/organizations/${node.id}`}>
                {node.name}
              </Anchor>
              {node.acronym && <Text span c="dimmed" size="sm">{` (${node.acronym})`}</Text>}
            </List.Item>
          ))}
        </List>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {children.pageInfo.hasNextPage && (
        <Button variant="subtle" mt="sm" loading={loadingMore} onClick={() => void showMore()}>
          Show more
        </Button>
      )}
    </Paper>
  );
}
