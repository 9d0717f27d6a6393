import { Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { PlainList, SectionCard, SectionEmpty } from '../../../ui/details';
import { ageLabel } from '../../pipeline/boardLabels';
import { daysHeld, stageChangeSentence } from '../stageHistory';

export const StageHistory_opportunity = graphql(`
  fragment StageHistory_opportunity on Opportunity {
    id
    stageChanges {
      id
      cause
      changedAt
      reason
      changedBy {
        id
        name
      }
      fromStage {
        id
        name
      }
      toStage {
        id
        name
      }
    }
  }
`);

/** Every stage the opportunity entered, oldest first, each with how long it stayed there. */
export function StageHistory(props: { opportunity: FragmentType<typeof StageHistory_opportunity> }) {
  const { stageChanges } = getFragmentData(StageHistory_opportunity, props.opportunity);
  const held = daysHeld(stageChanges);
  return (
    <SectionCard title="Stage history">
      {stageChanges.length === 0 ? (
        <SectionEmpty>No stage change recorded.</SectionEmpty>
      ) : (
        <PlainList gap="xs">
          {stageChanges.map((change, index) => (
            <li key={change.id}>
              <Text size="sm">{stageChangeSentence(change)}</Text>
              <Text size="xs" c="dimmed">
                {index === stageChanges.length - 1 ? 'In' : 'Stayed in'} {change.toStage.name} for{' '}
                {held[index] ? ageLabel(held[index]) : 'less than a day'}
                {index === stageChanges.length - 1 ? ' so far' : ''}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </SectionCard>
  );
}
