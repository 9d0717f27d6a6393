import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { ReportSpecInput } from '../../../generated/graphql';
import { PRIVATE, SharingFields, sharingInput, type Sharing } from '../../savedView/components/SharingFields';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import type { ChartType } from '../reportOption';
import { savedChartOf } from '../savedReportChart';

export const CreateSavedReport = graphql(`
  mutation CreateSavedReport($input: CreateSavedReportInput!) {
    createSavedReport(input: $input) {
      id
      name
      visibility
    }
  }
`);

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
  const [sharing, setSharing] = useState<Sharing>(PRIVATE);
  const [create, { loading, error }] = useMutation(CreateSavedReport, {
    refetchQueries: ['SavedReports'],
  });
  const fields = error ? fieldErrorsOf(error) : {};

  const save = async () => {
    const { data } = await create({
      variables: {
        input: { name, spec, chart: savedChartOf(chart), ...sharingInput(sharing) },
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
          <SharingFields value={sharing} onChange={setSharing} teamError={fields.teamId} />
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
