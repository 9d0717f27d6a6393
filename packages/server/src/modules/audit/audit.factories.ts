import { ok } from '../../../test/server';

/** What the audit tests make through the API, as a given user (token). */
export function auditApi(url: string, token: string) {
  const call = <T>(query: string, variables: Record<string, unknown>) => ok<T>(url, token, query, variables);
  const created = async (mutation: string, type: string, input: Record<string, unknown>) => {
    const data = await call<Record<string, { id: string; version: number }>>(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { id version } }`,
      { input },
    );
    return data[mutation];
  };
  return {
    organization: (input: Record<string, unknown>) =>
      created('createOrganization', 'CreateOrganizationInput', { kind: 'UNIVERSITY', ...input }),
    contact: (input: Record<string, unknown>) => created('createContact', 'CreateContactInput', input),
    project: (input: Record<string, unknown>) =>
      created('createProject', 'CreateProjectInput', { kind: 'NATIONAL', ...input }),
    activity: (input: Record<string, unknown>) =>
      created('createActivity', 'CreateActivityInput', { kind: 'MEETING', ...input }),
    document: (input: Record<string, unknown>) => created('createDocument', 'CreateDocumentInput', input),
    need: (input: Record<string, unknown>) =>
      created('createNeed', 'CreateNeedInput', { category: 'COMPUTE', ...input }),
    tag: (label: string) => created('createTag', 'CreateTagInput', { label }),
    affiliate: (input: Record<string, unknown>) => created('affiliateContact', 'AffiliateContactInput', input),
    tagRecords: (input: Record<string, unknown>) =>
      call(`mutation($input: TagRecordsInput!) { tagRecords(input: $input) { count } }`, { input }),
    linkContactToProject: (input: Record<string, unknown>) =>
      created('linkContactToProject', 'LinkContactToProjectInput', { role: 'MEMBER', ...input }),
    linkOrganizationToProject: (input: Record<string, unknown>) =>
      created('linkOrganizationToProject', 'LinkOrganizationToProjectInput', { role: 'PARTNER', ...input }),
    update: async (type: 'Organization' | 'Contact' | 'Activity', input: Record<string, unknown>) => {
      const data = await call<Record<string, { id: string; version: number }>>(
        `mutation($input: Update${type}Input!) { update${type}(input: $input) { id version } }`,
        { input },
      );
      return data[`update${type}`];
    },
    remove: (type: 'Organization' | 'Contact' | 'Activity' | 'Document', id: string) =>
      call(`mutation($input: DeleteRecordInput!) { delete${type}(input: $input) { id } }`, { input: { id } }),
    restore: (type: 'Organization' | 'Contact' | 'Activity', id: string) =>
      call(`mutation($input: RestoreRecordInput!) { restore${type}(input: $input) { id } }`, { input: { id } }),
  };
}

export interface HistoryEntry {
  id: string;
  action: string;
  recordType: string;
  diff: Record<string, { before: unknown; after: unknown }>;
  actor: { name: string } | null;
  revertsChange: { id: string } | null;
  revertedBy: { id: string } | null;
}

export const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  history(recordId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id action recordType diff actor { name } revertsChange { id } revertedBy { id } }
  }
}`;

/** A record's history as a user sees it, newest first. */
export async function historyOf(url: string, token: string, id: string): Promise<HistoryEntry[]> {
  const data = await ok<{ history: { nodes: HistoryEntry[] } }>(url, token, HISTORY, { id, first: 100 });
  return data.history.nodes;
}
