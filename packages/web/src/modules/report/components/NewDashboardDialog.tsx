import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { NameAndSharingDialog } from '../../savedView/components/NameAndSharingDialog';
import { sharingInput, type Sharing } from '../../savedView/components/SharingFields';
import { CreateDashboard } from '../dashboardOperations';

/** Names a new, empty dashboard and its sharing, then opens it for editing. */
export function NewDashboardDialog({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateDashboard, { refetchQueries: ['Dashboards'] });

  const save = async (name: string, sharing: Sharing) => {
    const { data } = await create({ variables: { input: { name, ...sharingInput(sharing) } } });
    onClose();
    if (data?.createDashboard) void navigate(`/dashboards/${data.createDashboard.id}?edit=1`);
  };

  return (
    <NameAndSharingDialog
      title="New dashboard"
      submitLabel="Create dashboard"
      loading={loading}
      error={error}
      onSave={save}
      onClose={onClose}
    />
  );
}
