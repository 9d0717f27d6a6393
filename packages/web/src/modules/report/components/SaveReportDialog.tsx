import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { ReportSpecInput, Visibility } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import type { ChartType } from '../reportOption';
import { savedChartOf } from '../savedReportChart';

export const SaveReportTeams = graphql(`
  query SaveReportTeams {
    me {
      id
      teams {
        id
        name
      }
    }
  }
`);

export const CreateSavedReport = graphql(`
  mutation CreateSavedReport($input: CreateSavedReportInput!) {
    createSavedReport(input: $input) {
      id
      name
      visibility
    }
  }
`);

const SHARING: { value: Visibility; label: string }[] = [
  { value: 'PRIVATE', label: 'Only me' },
  { value: 'TEAM', label: 'My team' },
  { value: 'EVERYONE', label: 'Everyone' },
];

/** Saves the report being built under a name, shared with no one, the team or everyone, and opens it. */
export function SaveReportDialog({
  spec,
  chart,
  title,
  onClose,
}: {
  spec: ReportSpecInput;
  chart: ChartType;
  title: string;
  onClose(): void;
}) {
  const navigate = useNavigate();
  const [name, setName] = useState(title);
  const [visibility, setVisibility] = useState<Visibility>('PRIVATE');
  const [teamId, setTeamId] = useState<string | null>(null);
  const teams = useQuery(SaveReportTeams).data?.me?.teams ?? [];
  const [create, { loading, error }] = useMutation(CreateSavedReport, {
    refetchQueries: ['SavedReports'],
  });
  const fields = error ? fieldErrorsOf(error) : {};
  const team = teamId ?? teams[0]?.id ?? null;

  const save = async () => {
    const { data } = await create({
      variables: {
        input: { name, spec, chart: savedChartOf(chart), visibility, teamId: visibility === 'TEAM' ? team : null },
      },
    });
    notifications.show({ color: 'green', title: 'Report saved', message: `“${name}” is with the reports.` });
    onClose();
    if (data?.createSavedReport) void navigate(`/reports/saved/${data.createSavedReport.id}`);
  };

  return (
    <Modal opened onClose={onClose} title="Save this report">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save().catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fields.name}
          />
          <SegmentedControl
            aria-label="Shared with"
            data={SHARING}
            value={visibility}
            onChange={(value) => setVisibility(value as Visibility)}
          />
          {visibility === 'TEAM' && (
            <Select
              label="Team"
              data={teams.map((t) => ({ value: t.id, label: t.name }))}
              value={team}
              onChange={setTeamId}
              error={fields.teamId ?? (teams.length ? undefined : 'You are in no team')}
            />
          )}
          {error && !Object.keys(fields).length && <p role="alert">{describeError(error).title}</p>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save report
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
