import type { ValueUnit } from '../../generated/graphql';
import { ENGAGEMENT_WORDING, OPPORTUNITY_WORDING } from './boardLabels';
import type { BoardWording, ValueFormat } from './boardTypes';

interface PipelineNaming {
  name: string;
  valueUnit: ValueUnit;
  currency?: string | null;
}

/** The outreach pipeline brings communities on board: its opportunities are engagements. */
export const wordingOf = (pipeline: Pick<PipelineNaming, 'name'> | null | undefined): BoardWording =>
  pipeline?.name.trim().toLowerCase() === 'outreach' ? ENGAGEMENT_WORDING : OPPORTUNITY_WORDING;

export const VALUE_UNIT_LABELS: Record<ValueUnit, string> = {
  PEOPLE: 'People',
  RESOURCES: 'Resources',
  MONEY: 'Money',
};

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** How a pipeline's expected values read: "12 people", "3 resources", "€40,000". */
export function valueFormatOf(pipeline: PipelineNaming | null | undefined): ValueFormat {
  switch (pipeline?.valueUnit) {
    case 'MONEY': {
      const money = new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency: pipeline.currency || 'EUR',
        maximumFractionDigits: 0,
      });
      return (value) => money.format(value);
    }
    case 'RESOURCES':
      return (value) => `${number(value)} ${value === 1 ? 'resource' : 'resources'}`;
    default:
      return (value) => `${number(value)} ${value === 1 ? 'person' : 'people'}`;
  }
}
