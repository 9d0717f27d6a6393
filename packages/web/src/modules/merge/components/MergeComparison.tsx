import { Radio, Table, Text } from '@mantine/core';

/** One record as the comparison shows it: its values by field, already formatted. */
export interface ComparedRecord {
  id: string;
  name: string;
  version: number;
  values: Record<string, string>;
}

/** A field the merge can take from either record: its value in `takeFromDuplicate` and its label. */
export interface MergeField {
  field: string;
  label: string;
}

export interface MergeComparisonProps {
  fields: MergeField[];
  records: readonly [ComparedRecord, ComparedRecord];
  survivorId: string;
  onSurvivor(id: string): void;
  /** Field → the id of the record whose value stays. */
  chosen: Record<string, string>;
  onChoose(field: string, recordId: string): void;
}

const shown = (value: string | undefined) => (value?.trim() ? value : '—');

/** The two records side by side, field by field: which one stays, and per field whose value. */
export function MergeComparison({ fields, records, survivorId, onSurvivor, chosen, onChoose }: MergeComparisonProps) {
  const differing = fields.filter((each) => records[0].values[each.field] !== records[1].values[each.field]);
  return (
    <Table withTableBorder verticalSpacing={6} aria-label="Compare the two records">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Field</Table.Th>
          {records.map((record) => (
            <Table.Th scope="col" key={record.id}>
              {record.name}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row">Record that stays</Table.Th>
          {records.map((record) => (
            <Table.Td key={record.id}>
              <Radio
                name="survivor"
                label={`Keep ${record.name}`}
                checked={survivorId === record.id}
                onChange={() => onSurvivor(record.id)}
              />
            </Table.Td>
          ))}
        </Table.Tr>
        {fields.map((each) => {
          const same = !differing.includes(each);
          return (
            <Table.Tr key={each.field}>
              <Table.Th scope="row">{each.label}</Table.Th>
              {records.map((record) => (
                <Table.Td key={record.id}>
                  {same ? (
                    <Text size="sm">{shown(record.values[each.field])}</Text>
                  ) : (
                    <Radio
                      name={`value-${each.field}`}
                      label={shown(record.values[each.field])}
                      aria-label={`${each.label}: ${shown(record.values[each.field])} (from ${record.name})`}
                      checked={chosen[each.field] === record.id}
                      onChange={() => onChoose(each.field, record.id)}
                    />
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Per field, the survivor's value unless it is empty and the other's is not (what the server fills anyway). */
export function defaultChoices(
  fields: MergeField[],
  records: readonly [ComparedRecord, ComparedRecord],
  survivorId: string,
): Record<string, string> {
  const survivor = records.find((record) => record.id === survivorId)!;
  const other = records.find((record) => record.id !== survivorId)!;
  return Object.fromEntries(
    fields.map((each) => [
      each.field,
      !survivor.values[each.field]?.trim() && other.values[each.field]?.trim() ? other.id : survivor.id,
    ]),
  );
}

/** The fields whose chosen value is the duplicate's, as `takeFromDuplicate` names them. */
export function takenFromDuplicate(fields: MergeField[], chosen: Record<string, string>, survivorId: string) {
  return fields.filter((each) => chosen[each.field] && chosen[each.field] !== survivorId).map((each) => each.field);
}
