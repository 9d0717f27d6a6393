import { Anchor, Badge } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable, defaultColumnKeys, type DataTableColumn } from '../../../ui/DataTable';
import { dateColumn } from '../../../ui/list';
import { ageLabel, capitalized, daysInStage, isRotting } from '../boardLabels';
import type { BoardStage, BoardWording, ValueFormat } from '../boardTypes';

/** An opportunity as the list shows it. */
interface OpportunityRow {
  id: string;
  title: string;
  stageId: string;
  stageEnteredAt: string;
  expectedValue?: number | null;
  expectedDate?: string | null;
  nextStep?: string | null;
  organization?: { id: string; name: string } | null;
  owner?: { name: string } | null;
  team?: { name: string } | null;
}

export interface OpportunityListProps {
  rows: OpportunityRow[];
  stages: BoardStage[];
  wording: BoardWording;
  formatValue: ValueFormat;
  loading?: boolean;
}

function columnsOf(stages: BoardStage[], wording: BoardWording, formatValue: ValueFormat) {
  const stageOf = (row: OpportunityRow) => stages.find((stage) => stage.id === row.stageId);
  const columns: DataTableColumn<OpportunityRow>[] = [
    {
      key: 'title',
      header: capitalized(wording.singular),
      alwaysVisible: true,
      render: (row) => (
        <Anchor component={Link} to={`/opportunities/${row.id}`} fw={600}>
          {row.title}
        </Anchor>
      ),
    },
    { key: 'stage', header: 'Stage', render: (row) => stageOf(row)?.name },
    {
      key: 'age',
      header: 'In stage',
      render: (row) => {
        const stage = stageOf(row);
        return (
          <>
            {ageLabel(daysInStage(row))}{' '}
            {stage && isRotting(row, stage) && (
              <Badge size="xs" color="orange" variant="light">
                Rotting
              </Badge>
            )}
          </>
        );
      },
    },
    {
      key: 'organization',
      header: 'Organization',
      render: (row) =>
        row.organization && (
          <Anchor component={Link} to={`/organizations/${row.organization.id}`}>
            {row.organization.name}
          </Anchor>
        ),
    },
    {
      key: 'value',
      header: 'Expected value',
      align: 'right',
      render: (row) => (row.expectedValue == null ? '' : formatValue(row.expectedValue)),
    },
    dateColumn('expectedDate', 'Expected', (row) => row.expectedDate),
    { key: 'nextStep', header: 'Next step', render: (row) => row.nextStep },
    { key: 'owner', header: 'Owner', render: (row) => row.owner?.name },
    { key: 'team', header: 'Team', render: (row) => row.team?.name, hiddenByDefault: true },
  ];
  return columns;
}

/** The board's records as a table, in stage order, a page at a time. */
export function OpportunityList({ rows, stages, wording, formatValue, loading }: OpportunityListProps) {
  const columns = columnsOf(stages, wording, formatValue);
  const [visible, setVisible] = useState(() => defaultColumnKeys(columns));
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(50);
  const order = new Map(stages.map((stage, index) => [stage.id, index]));
  const sorted = [...rows].sort((a, b) => (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0));
  return (
    <DataTable
      label={capitalized(wording.plural)}
      columns={columns}
      rows={sorted.slice((page - 1) * size, page * size)}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.title}
      loading={loading}
      visibleColumns={visible}
      onVisibleColumnsChange={setVisible}
      page={page}
      pageSize={size}
      totalCount={rows.length}
      onPageChange={setPage}
      onPageSizeChange={(next) => {
        setSize(next);
        setPage(1);
      }}
      empty={{ title: `No ${wording.plural} here`, description: 'None matches the filters.' }}
    />
  );
}
