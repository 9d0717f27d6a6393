import { Anchor, Badge, Group, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { DetailsCard, DetailsItem, DetailsText, LastChangeItem, TagsItem } from '../../../ui/details';
import { ageLabel } from '../../pipeline/boardLabels';
import { valueFormatOf } from '../../pipeline/pipelineLabels';

export const OpportunityDetails_opportunity = graphql(`
  fragment OpportunityDetails_opportunity on Opportunity {
    id
    title
    expectedValue
    expectedDate
    nextStep
    lostReason
    daysInStage
    isRotting
    stageEnteredAt
    createdAt
    updatedAt
    pipeline {
      id
      name
      valueUnit
      currency
    }
    stage {
      id
      name
      kind
      rottingDays
    }
    organization {
      id
      name
    }
    project {
      id
      name
    }
    tags {
      id
      label
    }
    owner {
      id
      name
    }
    team {
      id
      name
    }
    createdBy {
      id
      name
    }
    updatedBy {
      id
      name
    }
  }
`);

const KIND_COLORS = { OPEN: 'blue', WON: 'green', LOST: 'gray' } as const;

/** An opportunity's fields, as read on its page. */
export function OpportunityDetails(props: {
  opportunity: FragmentType<typeof OpportunityDetails_opportunity>;
  tagAction?: ReactNode;
}) {
  const opportunity = getFragmentData(OpportunityDetails_opportunity, props.opportunity);
  const formatValue = valueFormatOf(opportunity.pipeline);
  return (
    <DetailsCard after={<DetailsText title="Next step" text={opportunity.nextStep} />}>
      <DetailsItem label="Pipeline">
        <Anchor component={Link} to={`/pipeline/${opportunity.pipeline.id}`}>
          {opportunity.pipeline.name}
        </Anchor>
      </DetailsItem>
      <DetailsItem label="Stage">
        <Group gap="xs">
          <Badge variant="dot" color={KIND_COLORS[opportunity.stage.kind]} tt="none">
            {opportunity.stage.name}
          </Badge>
          <Text size="sm" c={opportunity.isRotting ? 'orange.9' : 'dimmed'}>
            {ageLabel(opportunity.daysInStage)} in stage, since {dayjs(opportunity.stageEnteredAt).format('D MMM YYYY')}
          </Text>
          {opportunity.isRotting && (
            <Badge size="sm" color="orange" variant="light">
              Rotting
            </Badge>
          )}
        </Group>
      </DetailsItem>
      {opportunity.lostReason && <DetailsItem label="Why it was lost">{opportunity.lostReason}</DetailsItem>}
      <DetailsItem label="Organization">
        {opportunity.organization && (
          <Anchor component={Link} to={`/organizations/${opportunity.organization.id}`}>
            {opportunity.organization.name}
          </Anchor>
        )}
      </DetailsItem>
      <DetailsItem label="Project">
        {opportunity.project && (
          <Anchor component={Link} to={`/projects/${opportunity.project.id}`}>
            {opportunity.project.name}
          </Anchor>
        )}
      </DetailsItem>
      <DetailsItem label="Expected value">
        {opportunity.expectedValue == null ? null : formatValue(opportunity.expectedValue)}
      </DetailsItem>
      <DetailsItem label="Expected date">
        {opportunity.expectedDate && dayjs(opportunity.expectedDate).format('D MMM YYYY')}
      </DetailsItem>
      <TagsItem tags={opportunity.tags} action={props.tagAction} />
      <DetailsItem label="Owner">{opportunity.owner?.name}</DetailsItem>
      <DetailsItem label="Team">{opportunity.team?.name}</DetailsItem>
      <DetailsItem label="Recorded">
        {dayjs(opportunity.createdAt).format('D MMM YYYY')}
        {opportunity.createdBy && ` by ${opportunity.createdBy.name}`}
      </DetailsItem>
      <LastChangeItem at={opportunity.updatedAt} by={opportunity.updatedBy} />
    </DetailsCard>
  );
}
