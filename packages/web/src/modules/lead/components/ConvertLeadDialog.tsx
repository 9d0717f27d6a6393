import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DialogForm, useDialogForm } from '../../../ui/form';
import { ConversionPipelinesQuery, ConvertLeadMutation, LeadDuplicatesQuery } from '../hooks/leadOperations';

/** Creating a new record rather than linking an existing one. */
const NEW = 'new';
/** No organization at all (a lead that names none). */
const NONE = 'none';

export interface ConvertLeadDialogProps {
  lead: { id: string; name: string; version: number; email: string | null; organizationName: string | null };
  onClose(): void;
}

const FIELD_LABELS = {
  contactId: 'Contact',
  organizationId: 'Organization',
  id: 'Lead',
  pipelineId: 'Pipeline',
  stageId: 'Stage',
  title: 'Opportunity',
};

interface ConvertValues {
  contact: string;
  organization: string;
  withOpportunity: boolean;
  pipelineId: string | null;
  stageId: string | null;
  title: string;
}

const whenOpportunity = (message: string) => (value: string | null, values: ConvertValues) =>
  values.withOpportunity && !value?.trim() ? message : null;

/**
 * Converts a lead in one step: a new contact and organization, or existing ones the lead may
 * already be (its duplicates, closest first), and the contact affiliated with the organization.
 */
export function ConvertLeadDialog({ lead, onClose }: ConvertLeadDialogProps) {
  const duplicates = useQuery(LeadDuplicatesQuery, { variables: { id: lead.id }, fetchPolicy: 'network-only' });
  const [convert] = useMutation(ConvertLeadMutation);
  const found = duplicates.data?.lead?.duplicates;
  const pipelines = useQuery(ConversionPipelinesQuery).data?.pipelines ?? [];
  const title = `Convert ${lead.name}`;
  const { form, formProps } = useDialogForm<ConvertValues>({
    values: {
      contact: NEW,
      organization: lead.organizationName ? NEW : NONE,
      withOpportunity: false,
      pipelineId: null,
      stageId: null,
      title: lead.organizationName ?? lead.name,
    },
    validate: {
      pipelineId: whenOpportunity('Choose the pipeline'),
      stageId: whenOpportunity('Choose the stage it starts in'),
      title: whenOpportunity('Give the opportunity a title'),
    },
    onSubmit: async (values) => {
      await convert({
        variables: {
          input: {
            id: lead.id,
            version: lead.version,
            ...(values.contact !== NEW && { contactId: values.contact }),
            ...(![NEW, NONE].includes(values.organization) && { organizationId: values.organization }),
            ...(values.withOpportunity && {
              createOpportunity: {
                pipelineId: values.pipelineId!,
                stageId: values.stageId!,
                title: values.title.trim(),
              },
            }),
          },
        },
        update(cache) {
          for (const field of ['leads', 'contacts', 'organizations'])
            cache.evict({ id: 'ROOT_QUERY', fieldName: field });
          cache.gc();
        },
      });
      notifications.show({ color: 'green', message: `${lead.name} was converted.` });
      onClose();
    },
    formErrorsOf: ({ contactId, organizationId, ...rest }: Record<string, string>) => ({
      ...rest,
      ...(contactId && { contact: contactId }),
      ...(organizationId && { organization: organizationId }),
    }),
  });

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <DialogForm {...formProps} label={title} submitLabel="Convert" onCancel={onClose} fieldLabels={FIELD_LABELS}>
        <Text size="sm">
          The lead stays, marked converted, with links to what it became. Records that may already be this lead are
          offered to link instead of creating duplicates.
        </Text>
        {duplicates.loading ? (
          <Skeleton height={80} />
        ) : (
          <>
            <Radio.Group label="Contact" {...form.getInputProps('contact')}>
              <Stack gap="xs" mt="xs">
                <Radio value={NEW} label={`Create a new contact: ${lead.name}${lead.email ? `, ${lead.email}` : ''}`} />
                {found?.contacts.map(({ contact, sameEmail }) => (
                  <Radio
                    key={contact.id}
                    value={contact.id}
                    label={
                      <Group gap="xs">
                        <span>
                          Link to {contact.name}
                          {contact.primaryOrganization ? ` (${contact.primaryOrganization.name})` : ''}
                        </span>
                        {sameEmail && (
                          <Badge size="xs" variant="light">
                            same email
                          </Badge>
                        )}
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group label="Organization" {...form.getInputProps('organization')}>
              <Stack gap="xs" mt="xs">
                {lead.organizationName ? (
                  <Radio value={NEW} label={`Create a new organization: ${lead.organizationName}`} />
                ) : (
                  <Radio value={NONE} label="No organization" />
                )}
                {found?.organizations.map(({ organization }) => (
                  <Radio
                    key={organization.id}
                    value={organization.id}
                    label={`Link to ${organization.name}${organization.country ? ` (${organization.country})` : ''}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}
        {pipelines.length > 0 && (
          <Checkbox
            label="Open an opportunity as well"
            {...form.getInputProps('withOpportunity', { type: 'checkbox' })}
          />
        )}
        {form.values.withOpportunity && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Pipeline"
                withAsterisk
                allowDeselect={false}
                data={pipelines.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
                {...form.getInputProps('pipelineId')}
                onChange={(pipelineId) => {
                  const pipeline = pipelines.find((candidate) => candidate.id === pipelineId);
                  const firstOpen = pipeline?.stages.find((stage) => stage.kind === 'OPEN');
                  form.setFieldValue('pipelineId', pipelineId);
                  form.setFieldValue('stageId', firstOpen?.id ?? null);
                }}
              />
              <Select
                label="Stage"
                withAsterisk
                allowDeselect={false}
                disabled={!form.values.pipelineId}
                data={(pipelines.find((pipeline) => pipeline.id === form.values.pipelineId)?.stages ?? []).map(
                  (stage) => ({ value: stage.id, label: stage.name }),
                )}
                {...form.getInputProps('stageId')}
              />
            </SimpleGrid>
            <TextInput label="Opportunity" withAsterisk {...form.getInputProps('title')} />
          </>
        )}
      </DialogForm>
    </Modal>
  );
}
