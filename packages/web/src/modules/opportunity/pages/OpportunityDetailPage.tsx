import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert } from '../../../ui/page';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { PageHeader } from '../../../ui/PageHeader';
import { BulkTagButton } from '../../bulk/components/BulkTagButton';
import { capitalized } from '../../pipeline/boardLabels';
import { wordingOf } from '../../pipeline/pipelineLabels';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { OpportunityDetails } from '../components/OpportunityDetails';
import { OpportunityPeople } from '../components/OpportunityPeople';
import { StageHistory } from '../components/StageHistory';

export const OpportunityDetailQuery = graphql(`
  query OpportunityDetail($id: ID!) {
    opportunity(id: $id) {
      id
      title
      version
      deletedAt
      pipeline {
        id
        name
      }
      ...OpportunityDetails_opportunity
      ...OpportunityPeople_opportunity
      ...StageHistory_opportunity
    }
  }
`);

/** /opportunities/:id */
export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(OpportunityDetailQuery, { variables: { id } });
  const opportunity = data?.opportunity;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!opportunity)
    return (
      <RecordNotFound
        label="Opportunity"
        plural="Pipeline"
        path="/pipeline"
        description="It may have been moved to the trash, or the link is wrong."
      />
    );
  const live = !opportunity.deletedAt;
  const wording = wordingOf(opportunity.pipeline);

  return (
    <>
      <PageHeader
        title={opportunity.title}
        breadcrumbs={[
          { label: 'Pipeline', to: '/pipeline' },
          { label: opportunity.pipeline.name, to: `/pipeline/${opportunity.pipeline.id}` },
        ]}
        description={capitalized(wording.singular)}
        actions={
          canEdit &&
          live && (
            <Group gap="xs">
              <EditLinkButton />
              <DeleteRecordButton
                type="OPPORTUNITY"
                id={opportunity.id}
                name={opportunity.title}
                version={opportunity.version}
              />
            </Group>
          )
        }
      />
      <Stack maw={1100}>
        {!live && (
          <TrashedAlert>
            This {wording.singular} was moved to the trash. It can be restored from the Trash.
          </TrashedAlert>
        )}
        <OpportunityDetails
          opportunity={opportunity}
          tagAction={
            canEdit && live ? (
              <BulkTagButton selection={{ opportunityIds: [opportunity.id] }} onDone={() => {}} />
            ) : null
          }
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <OpportunityPeople opportunity={opportunity} />
        </SimpleGrid>
        <StageHistory opportunity={opportunity} />
      </Stack>
    </>
  );
}
