import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../../generated';
import type { ReportSpecInput } from '../../../generated/graphql';
import { NameAndSharingDialog } from '../../savedView/components/NameAndSharingDialog';
import { sharingInput, type Sharing } from '../../savedView/components/SharingFields';
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
  const [create, { loading, error }] = useMutation(CreateSavedReport, {
    refetchQueries: ['SavedReports'],
  });

  const save = async (name: string, sharing: Sharing) => {
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
    <NameAndSharingDialog
      title="Save this report"
      submitLabel="Save report"
      initialName={title}
      loading={loading}
      error={error}
      onSave={save}
      onClose={onClose}
    />
  );
}
