/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query GlobalSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      id\n      type\n      title\n      subtitle\n    }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      role\n    }\n    authInfo {\n      demo\n    }\n  }\n": typeof types.SessionDocument,
    "\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.OrganizationChildren_PageFragmentDoc,
    "\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n": typeof types.OrganizationChildren_OrganizationFragmentDoc,
    "\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n": typeof types.OrganizationChildrenMoreDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationForm_OrganizationFragmentDoc,
    "\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n": typeof types.OrganizationPickerDocument,
    "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": typeof types.OrganizationTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": typeof types.OrganizationExportDocument,
    "\n  mutation TagOrganizations($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": typeof types.TagOrganizationsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      ...OrganizationDetails_organization\n      ...OrganizationChildren_organization\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.OrganizationEditDocument,
    "\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": typeof types.OrganizationListDocument,
    "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n": typeof types.TagOptionsDocument,
};
const documents: Documents = {
    "\n  query GlobalSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      id\n      type\n      title\n      subtitle\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      role\n    }\n    authInfo {\n      demo\n    }\n  }\n": types.SessionDocument,
    "\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.OrganizationChildren_PageFragmentDoc,
    "\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n": types.OrganizationChildren_OrganizationFragmentDoc,
    "\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n": types.OrganizationChildrenMoreDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n": types.OrganizationForm_OrganizationFragmentDoc,
    "\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n": types.OrganizationPickerDocument,
    "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": types.OrganizationTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": types.OrganizationExportDocument,
    "\n  mutation TagOrganizations($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": types.TagOrganizationsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      ...OrganizationDetails_organization\n      ...OrganizationChildren_organization\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n": types.OrganizationEditDocument,
    "\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": types.OrganizationListDocument,
    "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n": types.TagOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      id\n      type\n      title\n      subtitle\n    }\n  }\n"): (typeof documents)["\n  query GlobalSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      id\n      type\n      title\n      subtitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      email\n      role\n    }\n    authInfo {\n      demo\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      email\n      role\n    }\n    authInfo {\n      demo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagOrganizations($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TagOrganizations($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      ...OrganizationDetails_organization\n      ...OrganizationChildren_organization\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      ...OrganizationDetails_organization\n      ...OrganizationChildren_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;