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
    "\n  fragment ActivityConcerns_activity on Activity {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActivityConcerns_ActivityFragmentDoc,
    "\n  fragment ActivityDetails_activity on Activity {\n    id\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.ActivityDetails_ActivityFragmentDoc,
    "\n  fragment ActivityForm_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.ActivityForm_ActivityFragmentDoc,
    "\n  fragment ActivityParticipants_activity on Activity {\n    id\n    participants {\n      contacts {\n        id\n        name\n        title\n      }\n      users {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActivityParticipants_ActivityFragmentDoc,
    "\n  query ActivityStatusNow($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ActivityStatusNowDocument,
    "\n  fragment ActivityTable_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    updatedAt\n    createdAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActivityTable_ActivityFragmentDoc,
    "\n  query RecordPicker($text: String, $organizations: Boolean!, $contacts: Boolean!, $projects: Boolean!) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $organizations) {\n      nodes {\n        id\n        name\n      }\n    }\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $contacts) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $projects) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordPickerDocument,
    "\n  query ActivityExport($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n": typeof types.ActivityExportDocument,
    "\n  mutation AddActivityParticipants($input: ActivityParticipantsInput!) {\n    addActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n": typeof types.AddActivityParticipantsDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      subject\n      ...ActivityForm_activity\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation LinkActivity($input: LinkActivityInput!) {\n    linkActivity(input: $input) {\n      id\n      activity {\n        id\n        ...ActivityConcerns_activity\n      }\n    }\n  }\n": typeof types.LinkActivityDocument,
    "\n  mutation RemoveActivityParticipants($input: ActivityParticipantsInput!) {\n    removeActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n": typeof types.RemoveActivityParticipantsDocument,
    "\n  mutation SetActivityStatus($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SetActivityStatusDocument,
    "\n  mutation UnlinkActivity($input: UnlinkActivityInput!) {\n    unlinkActivity(input: $input) {\n      id\n      ...ActivityConcerns_activity\n    }\n  }\n": typeof types.UnlinkActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n      ...ActivityDetails_activity\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      kind\n      links {\n        id\n        organization {\n          id\n        }\n        project {\n          id\n        }\n      }\n      status\n      version\n      deletedAt\n      ...ActivityDetails_activity\n      ...ActivityParticipants_activity\n      ...ActivityConcerns_activity\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  query ActivityEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n    }\n  }\n": typeof types.ActivityEditDocument,
    "\n  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n": typeof types.ActivityListDocument,
    "\n  query AdminUsers($text: String) {\n    users(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        role\n        expertise\n        active\n        deactivatedAt\n        lastSignInAt\n        version\n        memberships {\n          id\n          role\n          team {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query ActiveUsers {\n    users(first: 500, filter: { active: true }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActiveUsersDocument,
    "\n  query OwnedRecordCounts($id: ID!) {\n    user(id: $id) {\n      id\n      ownedRecordCounts {\n        type\n        count\n      }\n    }\n  }\n": typeof types.OwnedRecordCountsDocument,
    "\n  mutation UpdateUserRole($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": typeof types.UpdateUserRoleDocument,
    "\n  mutation HandOverRecords($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n": typeof types.HandOverRecordsDocument,
    "\n  mutation DeactivateUser($input: UserActivationInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserActivationInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query AdminTeams {\n    teams(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        description\n        version\n        members {\n          id\n          role\n          version\n          user {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation CreateTeamFromAdmin($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTeamFromAdminDocument,
    "\n  mutation UpdateTeamFromAdmin($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": typeof types.UpdateTeamFromAdminDocument,
    "\n  mutation DeleteTeamFromAdmin($input: DeleteRecordInput!) {\n    deleteTeam(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteTeamFromAdminDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": typeof types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation BulkTag($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": typeof types.BulkTagDocument,
    "\n  mutation BulkUntag($input: TagRecordsInput!) {\n    untagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": typeof types.BulkUntagDocument,
    "\n  mutation ReassignOwner($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n": typeof types.ReassignOwnerDocument,
    "\n  query UserOptions {\n    users(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserOptionsDocument,
    "\n  query CalendarActivities($filter: ActivityFilter!) {\n    activities(filter: $filter, orderBy: { field: STARTS_AT, direction: ASC }, first: 500) {\n      totalCount\n      nodes {\n        id\n        version\n        kind\n        subject\n        status\n        startsAt\n        endsAt\n        dueAt\n        location\n      }\n    }\n  }\n": typeof types.CalendarActivitiesDocument,
    "\n  mutation RescheduleActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      startsAt\n      endsAt\n      dueAt\n    }\n  }\n": typeof types.RescheduleActivityDocument,
    "\n  fragment AffiliationFields_affiliation on Affiliation {\n    id\n    version\n    role\n    primary\n    since\n    until\n    contact {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AffiliationFields_AffiliationFragmentDoc,
    "\n  fragment ContactAffiliations_contact on Contact {\n    id\n    name\n    affiliations(first: 100) {\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        organization {\n          id\n          name\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n": typeof types.ContactAffiliations_ContactFragmentDoc,
    "\n  fragment ContactDetails_contact on Contact {\n    id\n    name\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.ContactDetails_ContactFragmentDoc,
    "\n  query ContactFieldsNow($id: ID!) {\n    contact(id: $id) {\n      id\n      version\n      title\n      country\n    }\n  }\n": typeof types.ContactFieldsNowDocument,
    "\n  query ContactFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ContactFilterOrganizationDocument,
    "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n  }\n": typeof types.ContactForm_ContactFragmentDoc,
    "\n  query ContactPicker($text: String) {\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ContactPickerDocument,
    "\n  fragment ContactProjects_contact on Contact {\n    id\n    projectLinks(first: 100) {\n      nodes {\n        id\n        role\n        since\n        until\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ContactProjects_ContactFragmentDoc,
    "\n  fragment ContactTable_contact on Contact {\n    id\n    name\n    version\n    title\n    country\n    emails\n    phones\n    updatedAt\n    lastContactedAt\n    primaryOrganization {\n      id\n      name\n    }\n    primaryAffiliation {\n      id\n      role\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": typeof types.ContactTable_ContactFragmentDoc,
    "\n  fragment OrganizationContacts_organization on Organization {\n    id\n    name\n    affiliations(first: 200) {\n      totalCount\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          name\n          title\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n": typeof types.OrganizationContacts_OrganizationFragmentDoc,
    "\n  mutation AffiliateContact($input: AffiliateContactInput!) {\n    affiliateContact(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n": typeof types.AffiliateContactDocument,
    "\n  mutation UpdateAffiliation($input: UpdateAffiliationInput!) {\n    updateAffiliation(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n": typeof types.UpdateAffiliationDocument,
    "\n  mutation RemoveAffiliation($input: RemoveAffiliationInput!) {\n    removeAffiliation(input: $input) {\n      id\n      contact {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.RemoveAffiliationDocument,
    "\n  query ContactExport($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n": typeof types.ContactExportDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation SetContactField($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      version\n      title\n      country\n      updatedAt\n    }\n  }\n": typeof types.SetContactFieldDocument,
    "\n  query SimilarContacts($name: String, $email: String) {\n    similarContacts(name: $name, email: $email, first: 5) {\n      score\n      sameEmail\n      contact {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SimilarContactsDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      name\n      version\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      deletedAt\n      mergedInto {\n        id\n        name\n      }\n      primaryOrganization {\n        id\n        name\n      }\n      ...ContactDetails_contact\n      ...ContactAffiliations_contact\n      ...ContactProjects_contact\n    }\n  }\n": typeof types.ContactDetailDocument,
    "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      ...ContactForm_contact\n    }\n  }\n": typeof types.ContactEditDocument,
    "\n  query ContactList($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n": typeof types.ContactListDocument,
    "\n  fragment DocumentAttachments_document on Document {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n      activity {\n        id\n        name: subject\n      }\n      need {\n        id\n        name: title\n      }\n    }\n  }\n": typeof types.DocumentAttachments_DocumentFragmentDoc,
    "\n  fragment DocumentFilePanel_document on Document {\n    id\n    version\n    deletedAt\n    file {\n      id\n      fileName\n      contentType\n      byteSize\n      url\n      updatedAt\n    }\n  }\n": typeof types.DocumentFilePanel_DocumentFragmentDoc,
    "\n  query DocumentFileLimit {\n    documentFileMaxBytes\n  }\n": typeof types.DocumentFileLimitDocument,
    "\n  fragment DocumentForm_document on Document {\n    id\n    version\n    title\n    kind\n    visibility\n    body\n  }\n": typeof types.DocumentForm_DocumentFragmentDoc,
    "\n  fragment DocumentTable_document on Document {\n    id\n    title\n    kind\n    visibility\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    file {\n      id\n      fileName\n      byteSize\n    }\n    attachedTo {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DocumentTable_DocumentFragmentDoc,
    "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      document {\n        id\n        ...DocumentAttachments_document\n      }\n    }\n  }\n": typeof types.AttachDocumentDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  mutation DetachDocument($input: DetachDocumentInput!) {\n    detachDocument(input: $input) {\n      id\n      ...DocumentAttachments_document\n    }\n  }\n": typeof types.DetachDocumentDocument,
    "\n  query DocumentExport($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n": typeof types.DocumentExportDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      body\n      updatedAt\n      ...DocumentForm_document\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      visibility\n      body\n      version\n      deletedAt\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n      }\n      tags {\n        id\n        label\n      }\n      ...DocumentFilePanel_document\n      ...DocumentAttachments_document\n    }\n  }\n": typeof types.DocumentDetailDocument,
    "\n  query DocumentEdit($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n": typeof types.DocumentEditDocument,
    "\n  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n": typeof types.DocumentListDocument,
    "\n  query DocumentAttachedToName($id: ID!, $organization: Boolean!, $contact: Boolean!, $project: Boolean!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      name\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      name\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      name\n    }\n  }\n": typeof types.DocumentAttachedToNameDocument,
    "\n  query Experts($topic: String!) {\n    experts(topic: $topic) {\n      topic\n      users(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          expertise\n          teams {\n            id\n            name\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n      contacts(first: 24) {\n        totalCount\n        nodes {\n          id\n          name\n          title\n          emails\n          expertise\n          organizations(first: 3) {\n            nodes {\n              id\n              name\n            }\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpertsDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    label\n    subtitle\n    country\n    degree\n    trashed\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    kind\n    source\n    target\n    role\n    main\n    since\n    until\n    past\n    note\n    count\n    lastDate\n    weight\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment GraphPathFields on GraphPath {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n": typeof types.GraphPathFieldsFragmentDoc,
    "\n  query GraphNeighborhood($input: GraphNeighborhoodInput!) {\n    graphNeighborhood(input: $input) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n  }\n": typeof types.GraphNeighborhoodDocument,
    "\n  query ConnectionPaths($input: ConnectionPathsInput!) {\n    connectionPaths(input: $input) {\n      ...GraphPathFields\n    }\n  }\n": typeof types.ConnectionPathsDocument,
    "\n  query WhoKnows($input: WhoKnowsInput!) {\n    whoKnows(input: $input) {\n      hops\n      strength\n      node {\n        ...GraphNodeFields\n      }\n      path {\n        ...GraphPathFields\n      }\n    }\n  }\n": typeof types.WhoKnowsDocument,
    "\n  query RecordHistory($recordId: ID!, $first: Int!) {\n    history(recordId: $recordId, first: $first) {\n      totalCount\n      nodes {\n        id\n        action\n        at\n        diff\n        actor {\n          id\n          name\n        }\n        revertedBy {\n          id\n          at\n        }\n        revertsChange {\n          id\n          at\n        }\n        records {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      action\n      revertsChange {\n        id\n        revertedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RevertChangeDocument,
    "\n  fragment LeadDetails_lead on Lead {\n    id\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    disqualifiedReason\n    convertedAt\n    convertedBy {\n      id\n      name\n    }\n    convertedContact {\n      id\n      name\n    }\n    convertedOrganization {\n      id\n      name\n    }\n    convertedOpportunity {\n      id\n      title\n      stage {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.LeadDetails_LeadFragmentDoc,
    "\n  fragment LeadForm_lead on Lead {\n    id\n    version\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.LeadForm_LeadFragmentDoc,
    "\n  fragment LeadTable_lead on Lead {\n    id\n    name\n    version\n    organizationName\n    email\n    country\n    source\n    status\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": typeof types.LeadTable_LeadFragmentDoc,
    "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": typeof types.DisqualifyLeadDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": typeof types.ConvertLeadDocument,
    "\n  mutation UndoLeadConversion($id: ID!) {\n    undoLeadConversion(id: $id) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": typeof types.UndoLeadConversionDocument,
    "\n  query LeadDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      duplicates {\n        contacts {\n          score\n          sameEmail\n          contact {\n            id\n            name\n            emails\n            primaryOrganization {\n              id\n              name\n            }\n          }\n        }\n        organizations {\n          score\n          organization {\n            id\n            name\n            country\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadDuplicatesDocument,
    "\n  query ConversionPipelines {\n    pipelines {\n      id\n      name\n      stages {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ConversionPipelinesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      name\n      ...LeadForm_lead\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query LeadExport($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n": typeof types.LeadExportDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      name\n      version\n      ...LeadDetails_lead\n      ...LeadForm_lead\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      email\n      organizationName\n      deletedAt\n      ...LeadDetails_lead\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  query LeadEdit($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      ...LeadForm_lead\n    }\n  }\n": typeof types.LeadEditDocument,
    "\n  query LeadList($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  subscription RecordChanges($ids: [ID!]) {\n    recordChanged(ids: $ids) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordChangesDocument,
    "\n  subscription TimelineChanges($recordId: ID!) {\n    timelineChanged(recordId: $recordId) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TimelineChangesDocument,
    "\n  fragment ContactMergeFields_contact on Contact {\n    id\n    name\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.ContactMergeFields_ContactFragmentDoc,
    "\n  query ContactMergeComparison($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      ...ContactMergeFields_contact\n    }\n    b: contact(id: $b) {\n      ...ContactMergeFields_contact\n    }\n  }\n": typeof types.ContactMergeComparisonDocument,
    "\n  fragment OrganizationMergeFields_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationMergeFields_OrganizationFragmentDoc,
    "\n  query OrganizationMergeComparison($a: ID!, $b: ID!) {\n    a: organization(id: $a) {\n      ...OrganizationMergeFields_organization\n    }\n    b: organization(id: $b) {\n      ...OrganizationMergeFields_organization\n    }\n  }\n": typeof types.OrganizationMergeComparisonDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.MergeContactsDocument,
    "\n  mutation MergeOrganizations($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.MergeOrganizationsDocument,
    "\n  fragment NeedDetails_need on Need {\n    id\n    title\n    category\n    priority\n    status\n    source\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.NeedDetails_NeedFragmentDoc,
    "\n  query NeedFieldsNow($id: ID!) {\n    need(id: $id) {\n      id\n      version\n      status\n      priority\n    }\n  }\n": typeof types.NeedFieldsNowDocument,
    "\n  query NeedFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.NeedFilterOrganizationDocument,
    "\n  fragment NeedForm_need on Need {\n    id\n    version\n    title\n    category\n    priority\n    status\n    source\n    description\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.NeedForm_NeedFragmentDoc,
    "\n  fragment NeedTable_need on Need {\n    id\n    title\n    version\n    category\n    priority\n    status\n    source\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": typeof types.NeedTable_NeedFragmentDoc,
    "\n  fragment OrganizationNeeds_organization on Organization {\n    id\n    deletedAt\n    needs(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        priority\n        status\n      }\n    }\n  }\n": typeof types.OrganizationNeeds_OrganizationFragmentDoc,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n      ...NeedForm_need\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  query NeedExport($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n": typeof types.NeedExportDocument,
    "\n  mutation SetNeedField($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      version\n      status\n      priority\n      updatedAt\n    }\n  }\n": typeof types.SetNeedFieldDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      version\n      ...NeedDetails_need\n      ...NeedForm_need\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  query NeedCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.NeedCreateOrganizationDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      ...NeedDetails_need\n    }\n  }\n": typeof types.NeedDetailDocument,
    "\n  query NeedEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...NeedForm_need\n    }\n  }\n": typeof types.NeedEditDocument,
    "\n  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n": typeof types.NeedListDocument,
    "\n  fragment OpportunityDetails_opportunity on Opportunity {\n    id\n    title\n    expectedValue\n    expectedDate\n    nextStep\n    lostReason\n    daysInStage\n    isRotting\n    stageEnteredAt\n    createdAt\n    updatedAt\n    pipeline {\n      id\n      name\n      valueUnit\n      currency\n    }\n    stage {\n      id\n      name\n      kind\n      rottingDays\n    }\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.OpportunityDetails_OpportunityFragmentDoc,
    "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    title\n    pipelineId\n    stageId\n    expectedValue\n    expectedDate\n    nextStep\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.OpportunityForm_OpportunityFragmentDoc,
    "\n  fragment OpportunityPeople_opportunity on Opportunity {\n    id\n    contacts {\n      id\n      role\n      contact {\n        id\n        name\n      }\n    }\n    needs {\n      id\n      title\n      status\n    }\n  }\n": typeof types.OpportunityPeople_OpportunityFragmentDoc,
    "\n  fragment OrganizationOpportunities_organization on Organization {\n    id\n    deletedAt\n    opportunities(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        isRotting\n        pipeline {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganizationOpportunities_OrganizationFragmentDoc,
    "\n  fragment StageHistory_opportunity on Opportunity {\n    id\n    stageChanges {\n      id\n      cause\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n      fromStage {\n        id\n        name\n      }\n      toStage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StageHistory_OpportunityFragmentDoc,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      id\n      title\n      ...OpportunityForm_opportunity\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      id\n      title\n      version\n      ...OpportunityDetails_opportunity\n      ...OpportunityForm_opportunity\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  query OpportunityCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.OpportunityCreateOrganizationDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      pipeline {\n        id\n        name\n      }\n      ...OpportunityDetails_opportunity\n      ...OpportunityPeople_opportunity\n      ...StageHistory_opportunity\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  query OpportunityEdit($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      stageId\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...OpportunityForm_opportunity\n    }\n  }\n": typeof types.OpportunityEditDocument,
    "\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.OrganizationChildren_PageFragmentDoc,
    "\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n": typeof types.OrganizationChildren_OrganizationFragmentDoc,
    "\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n": typeof types.OrganizationChildrenMoreDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  query OrganizationFieldsNow($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n    }\n  }\n": typeof types.OrganizationFieldsNowDocument,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrganizationForm_OrganizationFragmentDoc,
    "\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n": typeof types.OrganizationPickerDocument,
    "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    lastContactedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OrganizationTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": typeof types.OrganizationExportDocument,
    "\n  mutation SetOrganizationField($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n      updatedAt\n    }\n  }\n": typeof types.SetOrganizationFieldDocument,
    "\n  query SimilarOrganizations($name: String!) {\n    similarOrganizations(name: $name, first: 5) {\n      score\n      organization {\n        id\n        name\n        acronym\n        country\n        city\n      }\n    }\n  }\n": typeof types.SimilarOrganizationsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      version\n      mergedInto {\n        id\n        name\n      }\n      ...OrganizationDetails_organization\n      ...OrganizationContacts_organization\n      ...OrganizationChildren_organization\n      ...OrganizationProjects_organization\n      ...OrganizationNeeds_organization\n      ...OrganizationOpportunities_organization\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n": typeof types.OrganizationEditDocument,
    "\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": typeof types.OrganizationListDocument,
    "\n  query PipelineSettings {\n    pipelines {\n      id\n      name\n      version\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        version\n        kind\n        probability\n        rottingDays\n      }\n    }\n  }\n": typeof types.PipelineSettingsDocument,
    "\n  mutation UpdatePipeline($input: UpdatePipelineInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      version\n      valueUnit\n      currency\n    }\n  }\n": typeof types.UpdatePipelineDocument,
    "\n  mutation AddPipelineStage($input: AddPipelineStageInput!) {\n    addPipelineStage(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPipelineStageDocument,
    "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      id\n      name\n      version\n      kind\n      probability\n      rottingDays\n    }\n  }\n": typeof types.UpdatePipelineStageDocument,
    "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n": typeof types.ReorderPipelineStagesDocument,
    "\n  mutation RemovePipelineStage($input: RemovePipelineStageInput!) {\n    removePipelineStage(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n": typeof types.RemovePipelineStageDocument,
    "\n  query BoardOpportunities($filter: OpportunityFilter!, $first: Int!, $after: String) {\n    opportunities(\n      filter: $filter\n      first: $first\n      after: $after\n      orderBy: { field: STAGE_ENTERED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          title\n          stageId\n          stageEnteredAt\n          expectedValue\n          expectedDate\n          nextStep\n          organization {\n            id\n            name\n            country\n          }\n          owner {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardOpportunitiesDocument,
    "\n  mutation MoveOpportunity($input: MoveOpportunityInput!) {\n    moveOpportunity(input: $input) {\n      id\n      version\n      stageId\n      stageEnteredAt\n      daysInStage\n      isRotting\n      lostReason\n      stage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MoveOpportunityDocument,
    "\n  query Pipelines {\n    pipelines {\n      id\n      name\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        kind\n        rottingDays\n      }\n    }\n  }\n": typeof types.PipelinesDocument,
    "\n  query BoardTotals($filter: OpportunityFilter!) {\n    opportunityTotals(filter: $filter) {\n      stageId\n      count\n      value\n    }\n  }\n": typeof types.BoardTotalsDocument,
    "\n  query PipelineTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PipelineTeamsDocument,
    "\n  query PrivacyRequests {\n    privacyRequests(first: 100) {\n      totalCount\n      nodes {\n        id\n        at\n        kind\n        summary\n        contact {\n          id\n          name\n          erasedAt\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PrivacyRequestsDocument,
    "\n  mutation ExportPersonalData($input: PersonalDataInput!) {\n    exportPersonalData(input: $input)\n  }\n": typeof types.ExportPersonalDataDocument,
    "\n  mutation EraseContact($input: PersonalDataInput!) {\n    eraseContact(input: $input) {\n      contact {\n        id\n        name\n        erasedAt\n        deletedAt\n        version\n      }\n      redacted {\n        recordType\n        recordId\n        fields\n      }\n      filesToReview {\n        documentId\n        fileName\n        url\n      }\n    }\n  }\n": typeof types.EraseContactDocument,
    "\n  fragment ProjectDetails_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.ProjectDetails_ProjectFragmentDoc,
    "\n  query ProjectFilterNames($org: ID!, $contact: ID!, $withOrg: Boolean!, $withContact: Boolean!) {\n    organization(id: $org) @include(if: $withOrg) {\n      id\n      name\n    }\n    contact(id: $contact) @include(if: $withContact) {\n      id\n      name\n    }\n  }\n": typeof types.ProjectFilterNamesDocument,
    "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.ProjectForm_ProjectFragmentDoc,
    "\n  query ProjectPicker($text: String) {\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        status\n      }\n    }\n  }\n": typeof types.ProjectPickerDocument,
    "\n  fragment ProjectTable_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": typeof types.ProjectTable_ProjectFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      ...ProjectForm_project\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  query ProjectExport($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n": typeof types.ProjectExportDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      name\n      version\n      ...ProjectDetails_project\n      ...ProjectForm_project\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      acronym\n      version\n      deletedAt\n      ...ProjectDetails_project\n      ...ProjectLinks_project\n      ...ProjectTasks_project\n      ...ProjectMilestones_project\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      version\n      ...ProjectForm_project\n    }\n  }\n": typeof types.ProjectEditDocument,
    "\n  query ProjectList($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  fragment OrganizationProjects_organization on Organization {\n    id\n    name\n    deletedAt\n    projectLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n  }\n": typeof types.OrganizationProjects_OrganizationFragmentDoc,
    "\n  fragment ProjectLinks_project on Project {\n    id\n    name\n    status\n    organizationLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n    contactLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectContactLink_link\n      }\n    }\n  }\n": typeof types.ProjectLinks_ProjectFragmentDoc,
    "\n  fragment ProjectOrganizationLink_link on ProjectOrganizationLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    organization {\n      id\n      name\n      acronym\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n": typeof types.ProjectOrganizationLink_LinkFragmentDoc,
    "\n  fragment ProjectContactLink_link on ProjectContactLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    contact {\n      id\n      name\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n": typeof types.ProjectContactLink_LinkFragmentDoc,
    "\n  mutation LinkContactToProject($input: LinkContactToProjectInput!) {\n    linkContactToProject(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n": typeof types.LinkContactToProjectDocument,
    "\n  mutation LinkOrganizationToProject($input: LinkOrganizationToProjectInput!) {\n    linkOrganizationToProject(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n": typeof types.LinkOrganizationToProjectDocument,
    "\n  mutation UnlinkContactFromProject($input: UnlinkContactFromProjectInput!) {\n    unlinkContactFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkContactFromProjectDocument,
    "\n  mutation UnlinkOrganizationFromProject($input: UnlinkOrganizationFromProjectInput!) {\n    unlinkOrganizationFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkOrganizationFromProjectDocument,
    "\n  mutation UpdateProjectContactLink($input: UpdateProjectContactLinkInput!) {\n    updateProjectContactLink(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n": typeof types.UpdateProjectContactLinkDocument,
    "\n  mutation UpdateProjectOrganizationLink($input: UpdateProjectOrganizationLinkInput!) {\n    updateProjectOrganizationLink(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n": typeof types.UpdateProjectOrganizationLinkDocument,
    "\n  fragment ProjectMilestoneItem_milestone on Milestone {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    reachedOn\n  }\n": typeof types.ProjectMilestoneItem_MilestoneFragmentDoc,
    "\n  fragment ProjectMilestones_project on Project {\n    id\n    milestones(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectMilestoneItem_milestone\n      }\n    }\n  }\n": typeof types.ProjectMilestones_ProjectFragmentDoc,
    "\n  fragment ProjectTaskItem_task on ProjectTask {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.ProjectTaskItem_TaskFragmentDoc,
    "\n  fragment ProjectTasks_project on Project {\n    id\n    tasks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskItem_task\n      }\n    }\n  }\n": typeof types.ProjectTasks_ProjectFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n": typeof types.CreateMilestoneDocument,
    "\n  mutation CreateProjectTask($input: CreateProjectTaskInput!) {\n    createProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n": typeof types.CreateProjectTaskDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation UpdateProjectTask($input: UpdateProjectTaskInput!) {\n    updateProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n": typeof types.UpdateProjectTaskDocument,
    "\n  fragment ProjectTaskList_task on ProjectTask {\n    id\n    title\n    status\n    dueDate\n    project {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.ProjectTaskList_TaskFragmentDoc,
    "\n  query ProjectTaskList($filter: ProjectTaskFilter, $first: Int!, $after: String) {\n    projectTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskList_task\n      }\n    }\n  }\n": typeof types.ProjectTaskListDocument,
    "\n  mutation CreateSavedReport($input: CreateSavedReportInput!) {\n    createSavedReport(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n": typeof types.CreateSavedReportDocument,
    "\n  fragment DashboardFields on Dashboard {\n    id\n    version\n    name\n    description\n    visibility\n    team {\n      id\n    }\n    owner {\n      id\n      name\n    }\n    filters {\n      period\n      teamIds\n      countries\n      tagIds\n    }\n    widgets {\n      kind\n      savedReportId\n      builtInReportId\n      markdown\n      title\n      x\n      y\n      w\n      h\n      visible\n      savedReport {\n        id\n        name\n        chart\n        spec\n      }\n    }\n  }\n": typeof types.DashboardFieldsFragmentDoc,
    "\n  query Dashboards {\n    dashboards(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n        team {\n          id\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DashboardsDocument,
    "\n  query Dashboard($id: ID!) {\n    dashboard(id: $id) {\n      ...DashboardFields\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation CreateDashboard($input: CreateDashboardInput!) {\n    createDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n": typeof types.CreateDashboardDocument,
    "\n  mutation UpdateDashboard($input: UpdateDashboardInput!) {\n    updateDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n": typeof types.UpdateDashboardDocument,
    "\n  mutation DeleteDashboard($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteDashboardDocument,
    "\n  query Report($spec: ReportSpecInput!) {\n    report(spec: $spec) {\n      kind\n      list\n      truncated\n      dimensions {\n        field\n        label\n        type\n        bucket\n      }\n      measures {\n        label\n      }\n      rows {\n        keys\n        labels\n        values\n        previous\n        filter\n        previousFilter\n      }\n      pivot {\n        dimension\n        columnKeys\n        columnLabels\n        rows {\n          keys\n          labels\n          cells {\n            values\n            filter\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  query BuiltInReports {\n    builtInReports {\n      id\n      title\n      description\n      chart\n      spec\n    }\n  }\n": typeof types.BuiltInReportsDocument,
    "\n  query ReportFields($kind: ReportKind!) {\n    reportFields(kind: $kind) {\n      name\n      label\n      type\n      groupable\n      functions\n    }\n  }\n": typeof types.ReportFieldsDocument,
    "\n  query SavedReports {\n    savedReports(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n      }\n    }\n  }\n": typeof types.SavedReportsDocument,
    "\n  query SavedReport($id: ID!) {\n    savedReport(id: $id) {\n      id\n      version\n      name\n      description\n      spec\n      chart\n      visibility\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SavedReportDocument,
    "\n  query DashboardTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DashboardTeamsDocument,
    "\n  mutation RenameSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.RenameSavedViewDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n      kind\n      filters\n      sort\n      columns\n      visibility\n    }\n  }\n": typeof types.CreateSavedViewDocument,
    "\n  query NavigationSavedViews {\n    savedViews(first: 100) {\n      nodes {\n        id\n        version\n        name\n        kind\n        filters\n        sort\n        columns\n        visibility\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NavigationSavedViewsDocument,
    "\n  mutation DeleteSavedView($input: DeleteRecordInput!) {\n    deleteSavedView(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  query SharingTeams {\n    me {\n      id\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SharingTeamsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      email\n      role\n      expertise\n      version\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      role\n      expertise\n      version\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n": typeof types.TagOptionsDocument,
    "\n  query TagsPage($text: String) {\n    tags(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        label\n        color\n        description\n        version\n        usageCount\n        usage {\n          type\n          count\n        }\n      }\n    }\n  }\n": typeof types.TagsPageDocument,
    "\n  mutation CreateTagFromList($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.CreateTagFromListDocument,
    "\n  mutation UpdateTagFromList($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      label\n      color\n      description\n      version\n    }\n  }\n": typeof types.UpdateTagFromListDocument,
    "\n  mutation DeleteTagFromList($input: DeleteRecordInput!) {\n    deleteTag(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteTagFromListDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      label\n      version\n      usageCount\n    }\n  }\n": typeof types.MergeTagsDocument,
    "\n  fragment RecentWork_activities on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      activity {\n        id\n        kind\n        subject\n        status\n      }\n    }\n  }\n": typeof types.RecentWork_ActivitiesFragmentDoc,
    "\n  fragment RecentWork_documents on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      document {\n        id\n        title\n        kind\n      }\n    }\n  }\n": typeof types.RecentWork_DocumentsFragmentDoc,
    "\n  query RecentWork($id: ID!, $organization: Boolean!, $contact: Boolean!, $first: Int!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], related: true, first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], related: true, first: $first) {\n        ...RecentWork_documents\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], first: $first) {\n        ...RecentWork_documents\n      }\n    }\n  }\n": typeof types.RecentWorkDocument,
    "\n  fragment RecordTimeline_page on TimelineItemConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TimelineEntry_item\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.RecordTimeline_PageFragmentDoc,
    "\n  query RecordTimeline(\n    $id: ID!\n    $organization: Boolean!\n    $contact: Boolean!\n    $project: Boolean!\n    $kinds: [TimelineItemKind!]\n    $related: Boolean\n    $first: Int!\n    $after: String\n  ) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n  }\n": typeof types.RecordTimelineDocument,
    "\n  fragment TimelineEntry_item on TimelineItem {\n    kind\n    at\n    activity {\n      id\n      kind\n      subject\n      status\n      startsAt\n      dueAt\n      description\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n      kind\n    }\n    change {\n      id\n      action\n      diff\n      actor {\n        id\n        name\n      }\n      records {\n        id\n        title\n      }\n    }\n    via {\n      type\n      id\n      title\n    }\n  }\n": typeof types.TimelineEntry_ItemFragmentDoc,
    "\n  fragment TodoItem_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    dueAt\n    startsAt\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TodoItem_ActivityFragmentDoc,
    "\n  query MyTodos {\n    activities(filter: { mine: true, statuses: [PLANNED] }, orderBy: { field: DUE_AT, direction: ASC }, first: 200) {\n      totalCount\n      nodes {\n        id\n        ...TodoItem_activity\n      }\n    }\n  }\n": typeof types.MyTodosDocument,
    "\n  mutation DeleteOrganizationRecord($input: DeleteRecordInput!) {\n    deleteOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteOrganizationRecordDocument,
    "\n  mutation DeleteContactRecord($input: DeleteRecordInput!) {\n    deleteContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteContactRecordDocument,
    "\n  mutation DeleteProjectRecord($input: DeleteRecordInput!) {\n    deleteProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteProjectRecordDocument,
    "\n  mutation DeleteActivityRecord($input: DeleteRecordInput!) {\n    deleteActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteActivityRecordDocument,
    "\n  mutation DeleteDocumentRecord($input: DeleteRecordInput!) {\n    deleteDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteDocumentRecordDocument,
    "\n  mutation DeleteNeedRecord($input: DeleteRecordInput!) {\n    deleteNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteNeedRecordDocument,
    "\n  mutation DeleteLeadRecord($input: DeleteRecordInput!) {\n    deleteLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteLeadRecordDocument,
    "\n  mutation DeleteOpportunityRecord($input: DeleteRecordInput!) {\n    deleteOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteOpportunityRecordDocument,
    "\n  mutation DeleteSavedReportRecord($input: DeleteRecordInput!) {\n    deleteSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteSavedReportRecordDocument,
    "\n  mutation DeleteDashboardRecord($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.DeleteDashboardRecordDocument,
    "\n  mutation RestoreOrganizationRecord($input: RestoreRecordInput!) {\n    restoreOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreOrganizationRecordDocument,
    "\n  mutation RestoreContactRecord($input: RestoreRecordInput!) {\n    restoreContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreContactRecordDocument,
    "\n  mutation RestoreProjectRecord($input: RestoreRecordInput!) {\n    restoreProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreProjectRecordDocument,
    "\n  mutation RestoreActivityRecord($input: RestoreRecordInput!) {\n    restoreActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreActivityRecordDocument,
    "\n  mutation RestoreDocumentRecord($input: RestoreRecordInput!) {\n    restoreDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreDocumentRecordDocument,
    "\n  mutation RestoreNeedRecord($input: RestoreRecordInput!) {\n    restoreNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreNeedRecordDocument,
    "\n  mutation RestoreLeadRecord($input: RestoreRecordInput!) {\n    restoreLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreLeadRecordDocument,
    "\n  mutation RestoreOpportunityRecord($input: RestoreRecordInput!) {\n    restoreOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreOpportunityRecordDocument,
    "\n  mutation RestoreSavedReportRecord($input: RestoreRecordInput!) {\n    restoreSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreSavedReportRecordDocument,
    "\n  mutation RestoreDashboardRecord($input: RestoreRecordInput!) {\n    restoreDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": typeof types.RestoreDashboardRecordDocument,
    "\n  query Trash($types: [TrashType!], $first: Int!, $after: String) {\n    trash(types: $types, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        deletedAt\n        deletedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TrashDocument,
};
const documents: Documents = {
    "\n  query GlobalSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      id\n      type\n      title\n      subtitle\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      role\n    }\n    authInfo {\n      demo\n    }\n  }\n": types.SessionDocument,
    "\n  fragment ActivityConcerns_activity on Activity {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": types.ActivityConcerns_ActivityFragmentDoc,
    "\n  fragment ActivityDetails_activity on Activity {\n    id\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.ActivityDetails_ActivityFragmentDoc,
    "\n  fragment ActivityForm_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    owner {\n      id\n      name\n    }\n  }\n": types.ActivityForm_ActivityFragmentDoc,
    "\n  fragment ActivityParticipants_activity on Activity {\n    id\n    participants {\n      contacts {\n        id\n        name\n        title\n      }\n      users {\n        id\n        name\n      }\n    }\n  }\n": types.ActivityParticipants_ActivityFragmentDoc,
    "\n  query ActivityStatusNow($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.ActivityStatusNowDocument,
    "\n  fragment ActivityTable_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    updatedAt\n    createdAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": types.ActivityTable_ActivityFragmentDoc,
    "\n  query RecordPicker($text: String, $organizations: Boolean!, $contacts: Boolean!, $projects: Boolean!) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $organizations) {\n      nodes {\n        id\n        name\n      }\n    }\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $contacts) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $projects) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.RecordPickerDocument,
    "\n  query ActivityExport($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n": types.ActivityExportDocument,
    "\n  mutation AddActivityParticipants($input: ActivityParticipantsInput!) {\n    addActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n": types.AddActivityParticipantsDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      subject\n      ...ActivityForm_activity\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation LinkActivity($input: LinkActivityInput!) {\n    linkActivity(input: $input) {\n      id\n      activity {\n        id\n        ...ActivityConcerns_activity\n      }\n    }\n  }\n": types.LinkActivityDocument,
    "\n  mutation RemoveActivityParticipants($input: ActivityParticipantsInput!) {\n    removeActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n": types.RemoveActivityParticipantsDocument,
    "\n  mutation SetActivityStatus($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SetActivityStatusDocument,
    "\n  mutation UnlinkActivity($input: UnlinkActivityInput!) {\n    unlinkActivity(input: $input) {\n      id\n      ...ActivityConcerns_activity\n    }\n  }\n": types.UnlinkActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n      ...ActivityDetails_activity\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      kind\n      links {\n        id\n        organization {\n          id\n        }\n        project {\n          id\n        }\n      }\n      status\n      version\n      deletedAt\n      ...ActivityDetails_activity\n      ...ActivityParticipants_activity\n      ...ActivityConcerns_activity\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  query ActivityEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n    }\n  }\n": types.ActivityEditDocument,
    "\n  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n": types.ActivityListDocument,
    "\n  query AdminUsers($text: String) {\n    users(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        role\n        expertise\n        active\n        deactivatedAt\n        lastSignInAt\n        version\n        memberships {\n          id\n          role\n          team {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query ActiveUsers {\n    users(first: 500, filter: { active: true }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ActiveUsersDocument,
    "\n  query OwnedRecordCounts($id: ID!) {\n    user(id: $id) {\n      id\n      ownedRecordCounts {\n        type\n        count\n      }\n    }\n  }\n": types.OwnedRecordCountsDocument,
    "\n  mutation UpdateUserRole($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": types.UpdateUserRoleDocument,
    "\n  mutation HandOverRecords($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n": types.HandOverRecordsDocument,
    "\n  mutation DeactivateUser($input: UserActivationInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserActivationInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query AdminTeams {\n    teams(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        description\n        version\n        members {\n          id\n          role\n          version\n          user {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation CreateTeamFromAdmin($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.CreateTeamFromAdminDocument,
    "\n  mutation UpdateTeamFromAdmin($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": types.UpdateTeamFromAdminDocument,
    "\n  mutation DeleteTeamFromAdmin($input: DeleteRecordInput!) {\n    deleteTeam(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteTeamFromAdminDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n      version\n    }\n  }\n": types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation BulkTag($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": types.BulkTagDocument,
    "\n  mutation BulkUntag($input: TagRecordsInput!) {\n    untagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n": types.BulkUntagDocument,
    "\n  mutation ReassignOwner($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n": types.ReassignOwnerDocument,
    "\n  query UserOptions {\n    users(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.UserOptionsDocument,
    "\n  query CalendarActivities($filter: ActivityFilter!) {\n    activities(filter: $filter, orderBy: { field: STARTS_AT, direction: ASC }, first: 500) {\n      totalCount\n      nodes {\n        id\n        version\n        kind\n        subject\n        status\n        startsAt\n        endsAt\n        dueAt\n        location\n      }\n    }\n  }\n": types.CalendarActivitiesDocument,
    "\n  mutation RescheduleActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      startsAt\n      endsAt\n      dueAt\n    }\n  }\n": types.RescheduleActivityDocument,
    "\n  fragment AffiliationFields_affiliation on Affiliation {\n    id\n    version\n    role\n    primary\n    since\n    until\n    contact {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AffiliationFields_AffiliationFragmentDoc,
    "\n  fragment ContactAffiliations_contact on Contact {\n    id\n    name\n    affiliations(first: 100) {\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        organization {\n          id\n          name\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n": types.ContactAffiliations_ContactFragmentDoc,
    "\n  fragment ContactDetails_contact on Contact {\n    id\n    name\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.ContactDetails_ContactFragmentDoc,
    "\n  query ContactFieldsNow($id: ID!) {\n    contact(id: $id) {\n      id\n      version\n      title\n      country\n    }\n  }\n": types.ContactFieldsNowDocument,
    "\n  query ContactFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": types.ContactFilterOrganizationDocument,
    "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n  }\n": types.ContactForm_ContactFragmentDoc,
    "\n  query ContactPicker($text: String) {\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ContactPickerDocument,
    "\n  fragment ContactProjects_contact on Contact {\n    id\n    projectLinks(first: 100) {\n      nodes {\n        id\n        role\n        since\n        until\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ContactProjects_ContactFragmentDoc,
    "\n  fragment ContactTable_contact on Contact {\n    id\n    name\n    version\n    title\n    country\n    emails\n    phones\n    updatedAt\n    lastContactedAt\n    primaryOrganization {\n      id\n      name\n    }\n    primaryAffiliation {\n      id\n      role\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": types.ContactTable_ContactFragmentDoc,
    "\n  fragment OrganizationContacts_organization on Organization {\n    id\n    name\n    affiliations(first: 200) {\n      totalCount\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          name\n          title\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n": types.OrganizationContacts_OrganizationFragmentDoc,
    "\n  mutation AffiliateContact($input: AffiliateContactInput!) {\n    affiliateContact(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n": types.AffiliateContactDocument,
    "\n  mutation UpdateAffiliation($input: UpdateAffiliationInput!) {\n    updateAffiliation(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n": types.UpdateAffiliationDocument,
    "\n  mutation RemoveAffiliation($input: RemoveAffiliationInput!) {\n    removeAffiliation(input: $input) {\n      id\n      contact {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.RemoveAffiliationDocument,
    "\n  query ContactExport($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n": types.ContactExportDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation SetContactField($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      version\n      title\n      country\n      updatedAt\n    }\n  }\n": types.SetContactFieldDocument,
    "\n  query SimilarContacts($name: String, $email: String) {\n    similarContacts(name: $name, email: $email, first: 5) {\n      score\n      sameEmail\n      contact {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SimilarContactsDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      name\n      version\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n": types.UpdateContactDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      deletedAt\n      mergedInto {\n        id\n        name\n      }\n      primaryOrganization {\n        id\n        name\n      }\n      ...ContactDetails_contact\n      ...ContactAffiliations_contact\n      ...ContactProjects_contact\n    }\n  }\n": types.ContactDetailDocument,
    "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      ...ContactForm_contact\n    }\n  }\n": types.ContactEditDocument,
    "\n  query ContactList($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n": types.ContactListDocument,
    "\n  fragment DocumentAttachments_document on Document {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n      activity {\n        id\n        name: subject\n      }\n      need {\n        id\n        name: title\n      }\n    }\n  }\n": types.DocumentAttachments_DocumentFragmentDoc,
    "\n  fragment DocumentFilePanel_document on Document {\n    id\n    version\n    deletedAt\n    file {\n      id\n      fileName\n      contentType\n      byteSize\n      url\n      updatedAt\n    }\n  }\n": types.DocumentFilePanel_DocumentFragmentDoc,
    "\n  query DocumentFileLimit {\n    documentFileMaxBytes\n  }\n": types.DocumentFileLimitDocument,
    "\n  fragment DocumentForm_document on Document {\n    id\n    version\n    title\n    kind\n    visibility\n    body\n  }\n": types.DocumentForm_DocumentFragmentDoc,
    "\n  fragment DocumentTable_document on Document {\n    id\n    title\n    kind\n    visibility\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    file {\n      id\n      fileName\n      byteSize\n    }\n    attachedTo {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": types.DocumentTable_DocumentFragmentDoc,
    "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      document {\n        id\n        ...DocumentAttachments_document\n      }\n    }\n  }\n": types.AttachDocumentDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n": types.CreateDocumentDocument,
    "\n  mutation DetachDocument($input: DetachDocumentInput!) {\n    detachDocument(input: $input) {\n      id\n      ...DocumentAttachments_document\n    }\n  }\n": types.DetachDocumentDocument,
    "\n  query DocumentExport($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n": types.DocumentExportDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      body\n      updatedAt\n      ...DocumentForm_document\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      visibility\n      body\n      version\n      deletedAt\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n      }\n      tags {\n        id\n        label\n      }\n      ...DocumentFilePanel_document\n      ...DocumentAttachments_document\n    }\n  }\n": types.DocumentDetailDocument,
    "\n  query DocumentEdit($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n": types.DocumentEditDocument,
    "\n  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n": types.DocumentListDocument,
    "\n  query DocumentAttachedToName($id: ID!, $organization: Boolean!, $contact: Boolean!, $project: Boolean!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      name\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      name\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      name\n    }\n  }\n": types.DocumentAttachedToNameDocument,
    "\n  query Experts($topic: String!) {\n    experts(topic: $topic) {\n      topic\n      users(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          expertise\n          teams {\n            id\n            name\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n      contacts(first: 24) {\n        totalCount\n        nodes {\n          id\n          name\n          title\n          emails\n          expertise\n          organizations(first: 3) {\n            nodes {\n              id\n              name\n            }\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExpertsDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    label\n    subtitle\n    country\n    degree\n    trashed\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    kind\n    source\n    target\n    role\n    main\n    since\n    until\n    past\n    note\n    count\n    lastDate\n    weight\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment GraphPathFields on GraphPath {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n": types.GraphPathFieldsFragmentDoc,
    "\n  query GraphNeighborhood($input: GraphNeighborhoodInput!) {\n    graphNeighborhood(input: $input) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n  }\n": types.GraphNeighborhoodDocument,
    "\n  query ConnectionPaths($input: ConnectionPathsInput!) {\n    connectionPaths(input: $input) {\n      ...GraphPathFields\n    }\n  }\n": types.ConnectionPathsDocument,
    "\n  query WhoKnows($input: WhoKnowsInput!) {\n    whoKnows(input: $input) {\n      hops\n      strength\n      node {\n        ...GraphNodeFields\n      }\n      path {\n        ...GraphPathFields\n      }\n    }\n  }\n": types.WhoKnowsDocument,
    "\n  query RecordHistory($recordId: ID!, $first: Int!) {\n    history(recordId: $recordId, first: $first) {\n      totalCount\n      nodes {\n        id\n        action\n        at\n        diff\n        actor {\n          id\n          name\n        }\n        revertedBy {\n          id\n          at\n        }\n        revertsChange {\n          id\n          at\n        }\n        records {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      action\n      revertsChange {\n        id\n        revertedBy {\n          id\n        }\n      }\n    }\n  }\n": types.RevertChangeDocument,
    "\n  fragment LeadDetails_lead on Lead {\n    id\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    disqualifiedReason\n    convertedAt\n    convertedBy {\n      id\n      name\n    }\n    convertedContact {\n      id\n      name\n    }\n    convertedOrganization {\n      id\n      name\n    }\n    convertedOpportunity {\n      id\n      title\n      stage {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.LeadDetails_LeadFragmentDoc,
    "\n  fragment LeadForm_lead on Lead {\n    id\n    version\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.LeadForm_LeadFragmentDoc,
    "\n  fragment LeadTable_lead on Lead {\n    id\n    name\n    version\n    organizationName\n    email\n    country\n    source\n    status\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": types.LeadTable_LeadFragmentDoc,
    "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": types.DisqualifyLeadDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": types.ConvertLeadDocument,
    "\n  mutation UndoLeadConversion($id: ID!) {\n    undoLeadConversion(id: $id) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n": types.UndoLeadConversionDocument,
    "\n  query LeadDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      duplicates {\n        contacts {\n          score\n          sameEmail\n          contact {\n            id\n            name\n            emails\n            primaryOrganization {\n              id\n              name\n            }\n          }\n        }\n        organizations {\n          score\n          organization {\n            id\n            name\n            country\n          }\n        }\n      }\n    }\n  }\n": types.LeadDuplicatesDocument,
    "\n  query ConversionPipelines {\n    pipelines {\n      id\n      name\n      stages {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ConversionPipelinesDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      name\n      ...LeadForm_lead\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query LeadExport($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n": types.LeadExportDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      name\n      version\n      ...LeadDetails_lead\n      ...LeadForm_lead\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      email\n      organizationName\n      deletedAt\n      ...LeadDetails_lead\n    }\n  }\n": types.LeadDetailDocument,
    "\n  query LeadEdit($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      ...LeadForm_lead\n    }\n  }\n": types.LeadEditDocument,
    "\n  query LeadList($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  subscription RecordChanges($ids: [ID!]) {\n    recordChanged(ids: $ids) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.RecordChangesDocument,
    "\n  subscription TimelineChanges($recordId: ID!) {\n    timelineChanged(recordId: $recordId) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.TimelineChangesDocument,
    "\n  fragment ContactMergeFields_contact on Contact {\n    id\n    name\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.ContactMergeFields_ContactFragmentDoc,
    "\n  query ContactMergeComparison($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      ...ContactMergeFields_contact\n    }\n    b: contact(id: $b) {\n      ...ContactMergeFields_contact\n    }\n  }\n": types.ContactMergeComparisonDocument,
    "\n  fragment OrganizationMergeFields_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.OrganizationMergeFields_OrganizationFragmentDoc,
    "\n  query OrganizationMergeComparison($a: ID!, $b: ID!) {\n    a: organization(id: $a) {\n      ...OrganizationMergeFields_organization\n    }\n    b: organization(id: $b) {\n      ...OrganizationMergeFields_organization\n    }\n  }\n": types.OrganizationMergeComparisonDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.MergeContactsDocument,
    "\n  mutation MergeOrganizations($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.MergeOrganizationsDocument,
    "\n  fragment NeedDetails_need on Need {\n    id\n    title\n    category\n    priority\n    status\n    source\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.NeedDetails_NeedFragmentDoc,
    "\n  query NeedFieldsNow($id: ID!) {\n    need(id: $id) {\n      id\n      version\n      status\n      priority\n    }\n  }\n": types.NeedFieldsNowDocument,
    "\n  query NeedFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": types.NeedFilterOrganizationDocument,
    "\n  fragment NeedForm_need on Need {\n    id\n    version\n    title\n    category\n    priority\n    status\n    source\n    description\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.NeedForm_NeedFragmentDoc,
    "\n  fragment NeedTable_need on Need {\n    id\n    title\n    version\n    category\n    priority\n    status\n    source\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": types.NeedTable_NeedFragmentDoc,
    "\n  fragment OrganizationNeeds_organization on Organization {\n    id\n    deletedAt\n    needs(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        priority\n        status\n      }\n    }\n  }\n": types.OrganizationNeeds_OrganizationFragmentDoc,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n      ...NeedForm_need\n    }\n  }\n": types.CreateNeedDocument,
    "\n  query NeedExport($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n": types.NeedExportDocument,
    "\n  mutation SetNeedField($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      version\n      status\n      priority\n      updatedAt\n    }\n  }\n": types.SetNeedFieldDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      version\n      ...NeedDetails_need\n      ...NeedForm_need\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  query NeedCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": types.NeedCreateOrganizationDocument,
    "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      ...NeedDetails_need\n    }\n  }\n": types.NeedDetailDocument,
    "\n  query NeedEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...NeedForm_need\n    }\n  }\n": types.NeedEditDocument,
    "\n  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n": types.NeedListDocument,
    "\n  fragment OpportunityDetails_opportunity on Opportunity {\n    id\n    title\n    expectedValue\n    expectedDate\n    nextStep\n    lostReason\n    daysInStage\n    isRotting\n    stageEnteredAt\n    createdAt\n    updatedAt\n    pipeline {\n      id\n      name\n      valueUnit\n      currency\n    }\n    stage {\n      id\n      name\n      kind\n      rottingDays\n    }\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.OpportunityDetails_OpportunityFragmentDoc,
    "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    title\n    pipelineId\n    stageId\n    expectedValue\n    expectedDate\n    nextStep\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.OpportunityForm_OpportunityFragmentDoc,
    "\n  fragment OpportunityPeople_opportunity on Opportunity {\n    id\n    contacts {\n      id\n      role\n      contact {\n        id\n        name\n      }\n    }\n    needs {\n      id\n      title\n      status\n    }\n  }\n": types.OpportunityPeople_OpportunityFragmentDoc,
    "\n  fragment OrganizationOpportunities_organization on Organization {\n    id\n    deletedAt\n    opportunities(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        isRotting\n        pipeline {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganizationOpportunities_OrganizationFragmentDoc,
    "\n  fragment StageHistory_opportunity on Opportunity {\n    id\n    stageChanges {\n      id\n      cause\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n      fromStage {\n        id\n        name\n      }\n      toStage {\n        id\n        name\n      }\n    }\n  }\n": types.StageHistory_OpportunityFragmentDoc,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      id\n      title\n      ...OpportunityForm_opportunity\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      id\n      title\n      version\n      ...OpportunityDetails_opportunity\n      ...OpportunityForm_opportunity\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  query OpportunityCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n": types.OpportunityCreateOrganizationDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      pipeline {\n        id\n        name\n      }\n      ...OpportunityDetails_opportunity\n      ...OpportunityPeople_opportunity\n      ...StageHistory_opportunity\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  query OpportunityEdit($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      stageId\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...OpportunityForm_opportunity\n    }\n  }\n": types.OpportunityEditDocument,
    "\n  fragment OrganizationChildren_page on OrganizationConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        acronym\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.OrganizationChildren_PageFragmentDoc,
    "\n  fragment OrganizationChildren_organization on Organization {\n    id\n    children(first: 20) {\n      ...OrganizationChildren_page\n    }\n  }\n": types.OrganizationChildren_OrganizationFragmentDoc,
    "\n  query OrganizationChildrenMore($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      children(first: 20, after: $after) {\n        ...OrganizationChildren_page\n      }\n    }\n  }\n": types.OrganizationChildrenMoreDocument,
    "\n  fragment OrganizationDetails_organization on Organization {\n    id\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.OrganizationDetails_OrganizationFragmentDoc,
    "\n  query OrganizationFieldsNow($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n    }\n  }\n": types.OrganizationFieldsNowDocument,
    "\n  fragment OrganizationForm_organization on Organization {\n    id\n    version\n    name\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    parent {\n      id\n      name\n    }\n  }\n": types.OrganizationForm_OrganizationFragmentDoc,
    "\n  query OrganizationPicker($text: String) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        country\n      }\n    }\n  }\n": types.OrganizationPickerDocument,
    "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    lastContactedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n  }\n": types.OrganizationTable_OrganizationFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query OrganizationExport($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": types.OrganizationExportDocument,
    "\n  mutation SetOrganizationField($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n      updatedAt\n    }\n  }\n": types.SetOrganizationFieldDocument,
    "\n  query SimilarOrganizations($name: String!) {\n    similarOrganizations(name: $name, first: 5) {\n      score\n      organization {\n        id\n        name\n        acronym\n        country\n        city\n      }\n    }\n  }\n": types.SimilarOrganizationsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      version\n      mergedInto {\n        id\n        name\n      }\n      ...OrganizationDetails_organization\n      ...OrganizationContacts_organization\n      ...OrganizationChildren_organization\n      ...OrganizationProjects_organization\n      ...OrganizationNeeds_organization\n      ...OrganizationOpportunities_organization\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  query OrganizationEdit($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      version\n      parent {\n        id\n      }\n      ...OrganizationForm_organization\n    }\n  }\n": types.OrganizationEditDocument,
    "\n  query OrganizationList($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int!, $after: String) {\n    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...OrganizationTable_organization\n      }\n    }\n  }\n": types.OrganizationListDocument,
    "\n  query PipelineSettings {\n    pipelines {\n      id\n      name\n      version\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        version\n        kind\n        probability\n        rottingDays\n      }\n    }\n  }\n": types.PipelineSettingsDocument,
    "\n  mutation UpdatePipeline($input: UpdatePipelineInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      version\n      valueUnit\n      currency\n    }\n  }\n": types.UpdatePipelineDocument,
    "\n  mutation AddPipelineStage($input: AddPipelineStageInput!) {\n    addPipelineStage(input: $input) {\n      id\n    }\n  }\n": types.AddPipelineStageDocument,
    "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      id\n      name\n      version\n      kind\n      probability\n      rottingDays\n    }\n  }\n": types.UpdatePipelineStageDocument,
    "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n": types.ReorderPipelineStagesDocument,
    "\n  mutation RemovePipelineStage($input: RemovePipelineStageInput!) {\n    removePipelineStage(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n": types.RemovePipelineStageDocument,
    "\n  query BoardOpportunities($filter: OpportunityFilter!, $first: Int!, $after: String) {\n    opportunities(\n      filter: $filter\n      first: $first\n      after: $after\n      orderBy: { field: STAGE_ENTERED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          title\n          stageId\n          stageEnteredAt\n          expectedValue\n          expectedDate\n          nextStep\n          organization {\n            id\n            name\n            country\n          }\n          owner {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BoardOpportunitiesDocument,
    "\n  mutation MoveOpportunity($input: MoveOpportunityInput!) {\n    moveOpportunity(input: $input) {\n      id\n      version\n      stageId\n      stageEnteredAt\n      daysInStage\n      isRotting\n      lostReason\n      stage {\n        id\n        name\n      }\n    }\n  }\n": types.MoveOpportunityDocument,
    "\n  query Pipelines {\n    pipelines {\n      id\n      name\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        kind\n        rottingDays\n      }\n    }\n  }\n": types.PipelinesDocument,
    "\n  query BoardTotals($filter: OpportunityFilter!) {\n    opportunityTotals(filter: $filter) {\n      stageId\n      count\n      value\n    }\n  }\n": types.BoardTotalsDocument,
    "\n  query PipelineTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PipelineTeamsDocument,
    "\n  query PrivacyRequests {\n    privacyRequests(first: 100) {\n      totalCount\n      nodes {\n        id\n        at\n        kind\n        summary\n        contact {\n          id\n          name\n          erasedAt\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PrivacyRequestsDocument,
    "\n  mutation ExportPersonalData($input: PersonalDataInput!) {\n    exportPersonalData(input: $input)\n  }\n": types.ExportPersonalDataDocument,
    "\n  mutation EraseContact($input: PersonalDataInput!) {\n    eraseContact(input: $input) {\n      contact {\n        id\n        name\n        erasedAt\n        deletedAt\n        version\n      }\n      redacted {\n        recordType\n        recordId\n        fields\n      }\n      filesToReview {\n        documentId\n        fileName\n        url\n      }\n    }\n  }\n": types.EraseContactDocument,
    "\n  fragment ProjectDetails_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.ProjectDetails_ProjectFragmentDoc,
    "\n  query ProjectFilterNames($org: ID!, $contact: ID!, $withOrg: Boolean!, $withContact: Boolean!) {\n    organization(id: $org) @include(if: $withOrg) {\n      id\n      name\n    }\n    contact(id: $contact) @include(if: $withContact) {\n      id\n      name\n    }\n  }\n": types.ProjectFilterNamesDocument,
    "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    owner {\n      id\n      name\n    }\n  }\n": types.ProjectForm_ProjectFragmentDoc,
    "\n  query ProjectPicker($text: String) {\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        status\n      }\n    }\n  }\n": types.ProjectPickerDocument,
    "\n  fragment ProjectTable_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n": types.ProjectTable_ProjectFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      ...ProjectForm_project\n    }\n  }\n": types.CreateProjectDocument,
    "\n  query ProjectExport($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n": types.ProjectExportDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      name\n      version\n      ...ProjectDetails_project\n      ...ProjectForm_project\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      acronym\n      version\n      deletedAt\n      ...ProjectDetails_project\n      ...ProjectLinks_project\n      ...ProjectTasks_project\n      ...ProjectMilestones_project\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      version\n      ...ProjectForm_project\n    }\n  }\n": types.ProjectEditDocument,
    "\n  query ProjectList($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  fragment OrganizationProjects_organization on Organization {\n    id\n    name\n    deletedAt\n    projectLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n  }\n": types.OrganizationProjects_OrganizationFragmentDoc,
    "\n  fragment ProjectLinks_project on Project {\n    id\n    name\n    status\n    organizationLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n    contactLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectContactLink_link\n      }\n    }\n  }\n": types.ProjectLinks_ProjectFragmentDoc,
    "\n  fragment ProjectOrganizationLink_link on ProjectOrganizationLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    organization {\n      id\n      name\n      acronym\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n": types.ProjectOrganizationLink_LinkFragmentDoc,
    "\n  fragment ProjectContactLink_link on ProjectContactLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    contact {\n      id\n      name\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n": types.ProjectContactLink_LinkFragmentDoc,
    "\n  mutation LinkContactToProject($input: LinkContactToProjectInput!) {\n    linkContactToProject(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n": types.LinkContactToProjectDocument,
    "\n  mutation LinkOrganizationToProject($input: LinkOrganizationToProjectInput!) {\n    linkOrganizationToProject(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n": types.LinkOrganizationToProjectDocument,
    "\n  mutation UnlinkContactFromProject($input: UnlinkContactFromProjectInput!) {\n    unlinkContactFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      contact {\n        id\n      }\n    }\n  }\n": types.UnlinkContactFromProjectDocument,
    "\n  mutation UnlinkOrganizationFromProject($input: UnlinkOrganizationFromProjectInput!) {\n    unlinkOrganizationFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n": types.UnlinkOrganizationFromProjectDocument,
    "\n  mutation UpdateProjectContactLink($input: UpdateProjectContactLinkInput!) {\n    updateProjectContactLink(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n": types.UpdateProjectContactLinkDocument,
    "\n  mutation UpdateProjectOrganizationLink($input: UpdateProjectOrganizationLinkInput!) {\n    updateProjectOrganizationLink(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n": types.UpdateProjectOrganizationLinkDocument,
    "\n  fragment ProjectMilestoneItem_milestone on Milestone {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    reachedOn\n  }\n": types.ProjectMilestoneItem_MilestoneFragmentDoc,
    "\n  fragment ProjectMilestones_project on Project {\n    id\n    milestones(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectMilestoneItem_milestone\n      }\n    }\n  }\n": types.ProjectMilestones_ProjectFragmentDoc,
    "\n  fragment ProjectTaskItem_task on ProjectTask {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    assignee {\n      id\n      name\n    }\n  }\n": types.ProjectTaskItem_TaskFragmentDoc,
    "\n  fragment ProjectTasks_project on Project {\n    id\n    tasks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskItem_task\n      }\n    }\n  }\n": types.ProjectTasks_ProjectFragmentDoc,
    "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n": types.CreateMilestoneDocument,
    "\n  mutation CreateProjectTask($input: CreateProjectTaskInput!) {\n    createProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n": types.CreateProjectTaskDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation UpdateProjectTask($input: UpdateProjectTaskInput!) {\n    updateProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n": types.UpdateProjectTaskDocument,
    "\n  fragment ProjectTaskList_task on ProjectTask {\n    id\n    title\n    status\n    dueDate\n    project {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": types.ProjectTaskList_TaskFragmentDoc,
    "\n  query ProjectTaskList($filter: ProjectTaskFilter, $first: Int!, $after: String) {\n    projectTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskList_task\n      }\n    }\n  }\n": types.ProjectTaskListDocument,
    "\n  mutation CreateSavedReport($input: CreateSavedReportInput!) {\n    createSavedReport(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n": types.CreateSavedReportDocument,
    "\n  fragment DashboardFields on Dashboard {\n    id\n    version\n    name\n    description\n    visibility\n    team {\n      id\n    }\n    owner {\n      id\n      name\n    }\n    filters {\n      period\n      teamIds\n      countries\n      tagIds\n    }\n    widgets {\n      kind\n      savedReportId\n      builtInReportId\n      markdown\n      title\n      x\n      y\n      w\n      h\n      visible\n      savedReport {\n        id\n        name\n        chart\n        spec\n      }\n    }\n  }\n": types.DashboardFieldsFragmentDoc,
    "\n  query Dashboards {\n    dashboards(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n        team {\n          id\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.DashboardsDocument,
    "\n  query Dashboard($id: ID!) {\n    dashboard(id: $id) {\n      ...DashboardFields\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation CreateDashboard($input: CreateDashboardInput!) {\n    createDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n": types.CreateDashboardDocument,
    "\n  mutation UpdateDashboard($input: UpdateDashboardInput!) {\n    updateDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n": types.UpdateDashboardDocument,
    "\n  mutation DeleteDashboard($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteDashboardDocument,
    "\n  query Report($spec: ReportSpecInput!) {\n    report(spec: $spec) {\n      kind\n      list\n      truncated\n      dimensions {\n        field\n        label\n        type\n        bucket\n      }\n      measures {\n        label\n      }\n      rows {\n        keys\n        labels\n        values\n        previous\n        filter\n        previousFilter\n      }\n      pivot {\n        dimension\n        columnKeys\n        columnLabels\n        rows {\n          keys\n          labels\n          cells {\n            values\n            filter\n          }\n        }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  query BuiltInReports {\n    builtInReports {\n      id\n      title\n      description\n      chart\n      spec\n    }\n  }\n": types.BuiltInReportsDocument,
    "\n  query ReportFields($kind: ReportKind!) {\n    reportFields(kind: $kind) {\n      name\n      label\n      type\n      groupable\n      functions\n    }\n  }\n": types.ReportFieldsDocument,
    "\n  query SavedReports {\n    savedReports(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n      }\n    }\n  }\n": types.SavedReportsDocument,
    "\n  query SavedReport($id: ID!) {\n    savedReport(id: $id) {\n      id\n      version\n      name\n      description\n      spec\n      chart\n      visibility\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.SavedReportDocument,
    "\n  query DashboardTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DashboardTeamsDocument,
    "\n  mutation RenameSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.RenameSavedViewDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n      kind\n      filters\n      sort\n      columns\n      visibility\n    }\n  }\n": types.CreateSavedViewDocument,
    "\n  query NavigationSavedViews {\n    savedViews(first: 100) {\n      nodes {\n        id\n        version\n        name\n        kind\n        filters\n        sort\n        columns\n        visibility\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.NavigationSavedViewsDocument,
    "\n  mutation DeleteSavedView($input: DeleteRecordInput!) {\n    deleteSavedView(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteSavedViewDocument,
    "\n  query SharingTeams {\n    me {\n      id\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.SharingTeamsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      email\n      role\n      expertise\n      version\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      role\n      expertise\n      version\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n": types.TagOptionsDocument,
    "\n  query TagsPage($text: String) {\n    tags(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        label\n        color\n        description\n        version\n        usageCount\n        usage {\n          type\n          count\n        }\n      }\n    }\n  }\n": types.TagsPageDocument,
    "\n  mutation CreateTagFromList($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      label\n    }\n  }\n": types.CreateTagFromListDocument,
    "\n  mutation UpdateTagFromList($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      label\n      color\n      description\n      version\n    }\n  }\n": types.UpdateTagFromListDocument,
    "\n  mutation DeleteTagFromList($input: DeleteRecordInput!) {\n    deleteTag(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteTagFromListDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      label\n      version\n      usageCount\n    }\n  }\n": types.MergeTagsDocument,
    "\n  fragment RecentWork_activities on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      activity {\n        id\n        kind\n        subject\n        status\n      }\n    }\n  }\n": types.RecentWork_ActivitiesFragmentDoc,
    "\n  fragment RecentWork_documents on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      document {\n        id\n        title\n        kind\n      }\n    }\n  }\n": types.RecentWork_DocumentsFragmentDoc,
    "\n  query RecentWork($id: ID!, $organization: Boolean!, $contact: Boolean!, $first: Int!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], related: true, first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], related: true, first: $first) {\n        ...RecentWork_documents\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], first: $first) {\n        ...RecentWork_documents\n      }\n    }\n  }\n": types.RecentWorkDocument,
    "\n  fragment RecordTimeline_page on TimelineItemConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TimelineEntry_item\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.RecordTimeline_PageFragmentDoc,
    "\n  query RecordTimeline(\n    $id: ID!\n    $organization: Boolean!\n    $contact: Boolean!\n    $project: Boolean!\n    $kinds: [TimelineItemKind!]\n    $related: Boolean\n    $first: Int!\n    $after: String\n  ) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n  }\n": types.RecordTimelineDocument,
    "\n  fragment TimelineEntry_item on TimelineItem {\n    kind\n    at\n    activity {\n      id\n      kind\n      subject\n      status\n      startsAt\n      dueAt\n      description\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n      kind\n    }\n    change {\n      id\n      action\n      diff\n      actor {\n        id\n        name\n      }\n      records {\n        id\n        title\n      }\n    }\n    via {\n      type\n      id\n      title\n    }\n  }\n": types.TimelineEntry_ItemFragmentDoc,
    "\n  fragment TodoItem_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    dueAt\n    startsAt\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n": types.TodoItem_ActivityFragmentDoc,
    "\n  query MyTodos {\n    activities(filter: { mine: true, statuses: [PLANNED] }, orderBy: { field: DUE_AT, direction: ASC }, first: 200) {\n      totalCount\n      nodes {\n        id\n        ...TodoItem_activity\n      }\n    }\n  }\n": types.MyTodosDocument,
    "\n  mutation DeleteOrganizationRecord($input: DeleteRecordInput!) {\n    deleteOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteOrganizationRecordDocument,
    "\n  mutation DeleteContactRecord($input: DeleteRecordInput!) {\n    deleteContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteContactRecordDocument,
    "\n  mutation DeleteProjectRecord($input: DeleteRecordInput!) {\n    deleteProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteProjectRecordDocument,
    "\n  mutation DeleteActivityRecord($input: DeleteRecordInput!) {\n    deleteActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteActivityRecordDocument,
    "\n  mutation DeleteDocumentRecord($input: DeleteRecordInput!) {\n    deleteDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteDocumentRecordDocument,
    "\n  mutation DeleteNeedRecord($input: DeleteRecordInput!) {\n    deleteNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteNeedRecordDocument,
    "\n  mutation DeleteLeadRecord($input: DeleteRecordInput!) {\n    deleteLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteLeadRecordDocument,
    "\n  mutation DeleteOpportunityRecord($input: DeleteRecordInput!) {\n    deleteOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteOpportunityRecordDocument,
    "\n  mutation DeleteSavedReportRecord($input: DeleteRecordInput!) {\n    deleteSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteSavedReportRecordDocument,
    "\n  mutation DeleteDashboardRecord($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.DeleteDashboardRecordDocument,
    "\n  mutation RestoreOrganizationRecord($input: RestoreRecordInput!) {\n    restoreOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreOrganizationRecordDocument,
    "\n  mutation RestoreContactRecord($input: RestoreRecordInput!) {\n    restoreContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreContactRecordDocument,
    "\n  mutation RestoreProjectRecord($input: RestoreRecordInput!) {\n    restoreProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreProjectRecordDocument,
    "\n  mutation RestoreActivityRecord($input: RestoreRecordInput!) {\n    restoreActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreActivityRecordDocument,
    "\n  mutation RestoreDocumentRecord($input: RestoreRecordInput!) {\n    restoreDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreDocumentRecordDocument,
    "\n  mutation RestoreNeedRecord($input: RestoreRecordInput!) {\n    restoreNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreNeedRecordDocument,
    "\n  mutation RestoreLeadRecord($input: RestoreRecordInput!) {\n    restoreLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreLeadRecordDocument,
    "\n  mutation RestoreOpportunityRecord($input: RestoreRecordInput!) {\n    restoreOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreOpportunityRecordDocument,
    "\n  mutation RestoreSavedReportRecord($input: RestoreRecordInput!) {\n    restoreSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreSavedReportRecordDocument,
    "\n  mutation RestoreDashboardRecord($input: RestoreRecordInput!) {\n    restoreDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n": types.RestoreDashboardRecordDocument,
    "\n  query Trash($types: [TrashType!], $first: Int!, $after: String) {\n    trash(types: $types, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        deletedAt\n        deletedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TrashDocument,
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
export function graphql(source: "\n  fragment ActivityConcerns_activity on Activity {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityConcerns_activity on Activity {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityDetails_activity on Activity {\n    id\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityDetails_activity on Activity {\n    id\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityForm_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityForm_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    visibility\n    description\n    outcome\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityParticipants_activity on Activity {\n    id\n    participants {\n      contacts {\n        id\n        name\n        title\n      }\n      users {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityParticipants_activity on Activity {\n    id\n    participants {\n      contacts {\n        id\n        name\n        title\n      }\n      users {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityStatusNow($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  query ActivityStatusNow($id: ID!) {\n    activity(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityTable_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    updatedAt\n    createdAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityTable_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    startsAt\n    endsAt\n    dueAt\n    location\n    updatedAt\n    createdAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordPicker($text: String, $organizations: Boolean!, $contacts: Boolean!, $projects: Boolean!) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $organizations) {\n      nodes {\n        id\n        name\n      }\n    }\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $contacts) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $projects) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordPicker($text: String, $organizations: Boolean!, $contacts: Boolean!, $projects: Boolean!) {\n    organizations(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $organizations) {\n      nodes {\n        id\n        name\n      }\n    }\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $contacts) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 8) @include(if: $projects) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityExport($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityExport($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActivityParticipants($input: ActivityParticipantsInput!) {\n    addActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n"): (typeof documents)["\n  mutation AddActivityParticipants($input: ActivityParticipantsInput!) {\n    addActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      subject\n      ...ActivityForm_activity\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      subject\n      ...ActivityForm_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkActivity($input: LinkActivityInput!) {\n    linkActivity(input: $input) {\n      id\n      activity {\n        id\n        ...ActivityConcerns_activity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkActivity($input: LinkActivityInput!) {\n    linkActivity(input: $input) {\n      id\n      activity {\n        id\n        ...ActivityConcerns_activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivityParticipants($input: ActivityParticipantsInput!) {\n    removeActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveActivityParticipants($input: ActivityParticipantsInput!) {\n    removeActivityParticipants(input: $input) {\n      id\n      ...ActivityParticipants_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActivityStatus($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetActivityStatus($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkActivity($input: UnlinkActivityInput!) {\n    unlinkActivity(input: $input) {\n      id\n      ...ActivityConcerns_activity\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkActivity($input: UnlinkActivityInput!) {\n    unlinkActivity(input: $input) {\n      id\n      ...ActivityConcerns_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n      ...ActivityDetails_activity\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n      ...ActivityDetails_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      kind\n      links {\n        id\n        organization {\n          id\n        }\n        project {\n          id\n        }\n      }\n      status\n      version\n      deletedAt\n      ...ActivityDetails_activity\n      ...ActivityParticipants_activity\n      ...ActivityConcerns_activity\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      kind\n      links {\n        id\n        organization {\n          id\n        }\n        project {\n          id\n        }\n      }\n      status\n      version\n      deletedAt\n      ...ActivityDetails_activity\n      ...ActivityParticipants_activity\n      ...ActivityConcerns_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n    }\n  }\n"): (typeof documents)["\n  query ActivityEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      subject\n      version\n      ...ActivityForm_activity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int!, $after: String) {\n    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ActivityTable_activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($text: String) {\n    users(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        role\n        expertise\n        active\n        deactivatedAt\n        lastSignInAt\n        version\n        memberships {\n          id\n          role\n          team {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($text: String) {\n    users(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        role\n        expertise\n        active\n        deactivatedAt\n        lastSignInAt\n        version\n        memberships {\n          id\n          role\n          team {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveUsers {\n    users(first: 500, filter: { active: true }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveUsers {\n    users(first: 500, filter: { active: true }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnedRecordCounts($id: ID!) {\n    user(id: $id) {\n      id\n      ownedRecordCounts {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnedRecordCounts($id: ID!) {\n    user(id: $id) {\n      id\n      ownedRecordCounts {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRole($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRole($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverRecords($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n"): (typeof documents)["\n  mutation HandOverRecords($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserActivationInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserActivationInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserActivationInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserActivationInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n      deactivatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    teams(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        description\n        version\n        members {\n          id\n          role\n          version\n          user {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTeams {\n    teams(first: 500) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        description\n        version\n        members {\n          id\n          role\n          version\n          user {\n            id\n            name\n            active\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeamFromAdmin($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeamFromAdmin($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamFromAdmin($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamFromAdmin($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeamFromAdmin($input: DeleteRecordInput!) {\n    deleteTeam(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTeamFromAdmin($input: DeleteRecordInput!) {\n    deleteTeam(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkTag($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkTag($input: TagRecordsInput!) {\n    tagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUntag($input: TagRecordsInput!) {\n    untagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUntag($input: TagRecordsInput!) {\n    untagRecords(input: $input) {\n      count\n      tag {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignOwner($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReassignOwner($input: ReassignOwnerInput!) {\n    reassignOwner(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOptions {\n    users(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserOptions {\n    users(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarActivities($filter: ActivityFilter!) {\n    activities(filter: $filter, orderBy: { field: STARTS_AT, direction: ASC }, first: 500) {\n      totalCount\n      nodes {\n        id\n        version\n        kind\n        subject\n        status\n        startsAt\n        endsAt\n        dueAt\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarActivities($filter: ActivityFilter!) {\n    activities(filter: $filter, orderBy: { field: STARTS_AT, direction: ASC }, first: 500) {\n      totalCount\n      nodes {\n        id\n        version\n        kind\n        subject\n        status\n        startsAt\n        endsAt\n        dueAt\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      startsAt\n      endsAt\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      version\n      startsAt\n      endsAt\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AffiliationFields_affiliation on Affiliation {\n    id\n    version\n    role\n    primary\n    since\n    until\n    contact {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AffiliationFields_affiliation on Affiliation {\n    id\n    version\n    role\n    primary\n    since\n    until\n    contact {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactAffiliations_contact on Contact {\n    id\n    name\n    affiliations(first: 100) {\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        organization {\n          id\n          name\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactAffiliations_contact on Contact {\n    id\n    name\n    affiliations(first: 100) {\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        organization {\n          id\n          name\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetails_contact on Contact {\n    id\n    name\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactDetails_contact on Contact {\n    id\n    name\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFieldsNow($id: ID!) {\n    contact(id: $id) {\n      id\n      version\n      title\n      country\n    }\n  }\n"): (typeof documents)["\n  query ContactFieldsNow($id: ID!) {\n    contact(id: $id) {\n      id\n      version\n      title\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ContactFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n  }\n"): (typeof documents)["\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    consentSource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPicker($text: String) {\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactPicker($text: String) {\n    contacts(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactProjects_contact on Contact {\n    id\n    projectLinks(first: 100) {\n      nodes {\n        id\n        role\n        since\n        until\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactProjects_contact on Contact {\n    id\n    projectLinks(first: 100) {\n      nodes {\n        id\n        role\n        since\n        until\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactTable_contact on Contact {\n    id\n    name\n    version\n    title\n    country\n    emails\n    phones\n    updatedAt\n    lastContactedAt\n    primaryOrganization {\n      id\n      name\n    }\n    primaryAffiliation {\n      id\n      role\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ContactTable_contact on Contact {\n    id\n    name\n    version\n    title\n    country\n    emails\n    phones\n    updatedAt\n    lastContactedAt\n    primaryOrganization {\n      id\n      name\n    }\n    primaryAffiliation {\n      id\n      role\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationContacts_organization on Organization {\n    id\n    name\n    affiliations(first: 200) {\n      totalCount\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          name\n          title\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationContacts_organization on Organization {\n    id\n    name\n    affiliations(first: 200) {\n      totalCount\n      nodes {\n        id\n        role\n        primary\n        since\n        until\n        contact {\n          id\n          name\n          title\n        }\n        ...AffiliationFields_affiliation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AffiliateContact($input: AffiliateContactInput!) {\n    affiliateContact(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n"): (typeof documents)["\n  mutation AffiliateContact($input: AffiliateContactInput!) {\n    affiliateContact(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAffiliation($input: UpdateAffiliationInput!) {\n    updateAffiliation(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAffiliation($input: UpdateAffiliationInput!) {\n    updateAffiliation(input: $input) {\n      id\n      ...AffiliationFields_affiliation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAffiliation($input: RemoveAffiliationInput!) {\n    removeAffiliation(input: $input) {\n      id\n      contact {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAffiliation($input: RemoveAffiliationInput!) {\n    removeAffiliation(input: $input) {\n      id\n      contact {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactExport($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactExport($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactField($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      version\n      title\n      country\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactField($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      version\n      title\n      country\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarContacts($name: String, $email: String) {\n    similarContacts(name: $name, email: $email, first: 5) {\n      score\n      sameEmail\n      contact {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarContacts($name: String, $email: String) {\n    similarContacts(name: $name, email: $email, first: 5) {\n      score\n      sameEmail\n      contact {\n        id\n        name\n        primaryOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      name\n      version\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      id\n      name\n      version\n      ...ContactDetails_contact\n      ...ContactForm_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      deletedAt\n      mergedInto {\n        id\n        name\n      }\n      primaryOrganization {\n        id\n        name\n      }\n      ...ContactDetails_contact\n      ...ContactAffiliations_contact\n      ...ContactProjects_contact\n    }\n  }\n"): (typeof documents)["\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      deletedAt\n      mergedInto {\n        id\n        name\n      }\n      primaryOrganization {\n        id\n        name\n      }\n      ...ContactDetails_contact\n      ...ContactAffiliations_contact\n      ...ContactProjects_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      ...ContactForm_contact\n    }\n  }\n"): (typeof documents)["\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      version\n      ...ContactForm_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactList($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactList($filter: ContactFilter, $orderBy: ContactOrder, $first: Int!, $after: String) {\n    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ContactTable_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentAttachments_document on Document {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n      activity {\n        id\n        name: subject\n      }\n      need {\n        id\n        name: title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentAttachments_document on Document {\n    id\n    links {\n      id\n      organization {\n        id\n        name\n      }\n      contact {\n        id\n        name\n      }\n      project {\n        id\n        name\n      }\n      activity {\n        id\n        name: subject\n      }\n      need {\n        id\n        name: title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFilePanel_document on Document {\n    id\n    version\n    deletedAt\n    file {\n      id\n      fileName\n      contentType\n      byteSize\n      url\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFilePanel_document on Document {\n    id\n    version\n    deletedAt\n    file {\n      id\n      fileName\n      contentType\n      byteSize\n      url\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentFileLimit {\n    documentFileMaxBytes\n  }\n"): (typeof documents)["\n  query DocumentFileLimit {\n    documentFileMaxBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentForm_document on Document {\n    id\n    version\n    title\n    kind\n    visibility\n    body\n  }\n"): (typeof documents)["\n  fragment DocumentForm_document on Document {\n    id\n    version\n    title\n    kind\n    visibility\n    body\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentTable_document on Document {\n    id\n    title\n    kind\n    visibility\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    file {\n      id\n      fileName\n      byteSize\n    }\n    attachedTo {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentTable_document on Document {\n    id\n    title\n    kind\n    visibility\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    file {\n      id\n      fileName\n      byteSize\n    }\n    attachedTo {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      document {\n        id\n        ...DocumentAttachments_document\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachDocument($input: AttachDocumentInput!) {\n    attachDocument(input: $input) {\n      id\n      document {\n        id\n        ...DocumentAttachments_document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachDocument($input: DetachDocumentInput!) {\n    detachDocument(input: $input) {\n      id\n      ...DocumentAttachments_document\n    }\n  }\n"): (typeof documents)["\n  mutation DetachDocument($input: DetachDocumentInput!) {\n    detachDocument(input: $input) {\n      id\n      ...DocumentAttachments_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentExport($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentExport($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      body\n      updatedAt\n      ...DocumentForm_document\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      body\n      updatedAt\n      ...DocumentForm_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      visibility\n      body\n      version\n      deletedAt\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n      }\n      tags {\n        id\n        label\n      }\n      ...DocumentFilePanel_document\n      ...DocumentAttachments_document\n    }\n  }\n"): (typeof documents)["\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      visibility\n      body\n      version\n      deletedAt\n      createdAt\n      updatedAt\n      owner {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n      }\n      tags {\n        id\n        label\n      }\n      ...DocumentFilePanel_document\n      ...DocumentAttachments_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentEdit($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n"): (typeof documents)["\n  query DocumentEdit($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      ...DocumentForm_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentList($filter: DocumentFilter, $orderBy: DocumentOrder, $first: Int!, $after: String) {\n    documents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...DocumentTable_document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentAttachedToName($id: ID!, $organization: Boolean!, $contact: Boolean!, $project: Boolean!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      name\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      name\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DocumentAttachedToName($id: ID!, $organization: Boolean!, $contact: Boolean!, $project: Boolean!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      name\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      name\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experts($topic: String!) {\n    experts(topic: $topic) {\n      topic\n      users(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          expertise\n          teams {\n            id\n            name\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n      contacts(first: 24) {\n        totalCount\n        nodes {\n          id\n          name\n          title\n          emails\n          expertise\n          organizations(first: 3) {\n            nodes {\n              id\n              name\n            }\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Experts($topic: String!) {\n    experts(topic: $topic) {\n      topic\n      users(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          expertise\n          teams {\n            id\n            name\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n      contacts(first: 24) {\n        totalCount\n        nodes {\n          id\n          name\n          title\n          emails\n          expertise\n          organizations(first: 3) {\n            nodes {\n              id\n              name\n            }\n          }\n          activities(first: 3) {\n            nodes {\n              id\n              subject\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    label\n    subtitle\n    country\n    degree\n    trashed\n  }\n"): (typeof documents)["\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    label\n    subtitle\n    country\n    degree\n    trashed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    kind\n    source\n    target\n    role\n    main\n    since\n    until\n    past\n    note\n    count\n    lastDate\n    weight\n  }\n"): (typeof documents)["\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    kind\n    source\n    target\n    role\n    main\n    since\n    until\n    past\n    note\n    count\n    lastDate\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphPathFields on GraphPath {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n"): (typeof documents)["\n  fragment GraphPathFields on GraphPath {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphNeighborhood($input: GraphNeighborhoodInput!) {\n    graphNeighborhood(input: $input) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphNeighborhood($input: GraphNeighborhoodInput!) {\n    graphNeighborhood(input: $input) {\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPaths($input: ConnectionPathsInput!) {\n    connectionPaths(input: $input) {\n      ...GraphPathFields\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPaths($input: ConnectionPathsInput!) {\n    connectionPaths(input: $input) {\n      ...GraphPathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoKnows($input: WhoKnowsInput!) {\n    whoKnows(input: $input) {\n      hops\n      strength\n      node {\n        ...GraphNodeFields\n      }\n      path {\n        ...GraphPathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoKnows($input: WhoKnowsInput!) {\n    whoKnows(input: $input) {\n      hops\n      strength\n      node {\n        ...GraphNodeFields\n      }\n      path {\n        ...GraphPathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($recordId: ID!, $first: Int!) {\n    history(recordId: $recordId, first: $first) {\n      totalCount\n      nodes {\n        id\n        action\n        at\n        diff\n        actor {\n          id\n          name\n        }\n        revertedBy {\n          id\n          at\n        }\n        revertsChange {\n          id\n          at\n        }\n        records {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordHistory($recordId: ID!, $first: Int!) {\n    history(recordId: $recordId, first: $first) {\n      totalCount\n      nodes {\n        id\n        action\n        at\n        diff\n        actor {\n          id\n          name\n        }\n        revertedBy {\n          id\n          at\n        }\n        revertsChange {\n          id\n          at\n        }\n        records {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      action\n      revertsChange {\n        id\n        revertedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      action\n      revertsChange {\n        id\n        revertedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadDetails_lead on Lead {\n    id\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    disqualifiedReason\n    convertedAt\n    convertedBy {\n      id\n      name\n    }\n    convertedContact {\n      id\n      name\n    }\n    convertedOrganization {\n      id\n      name\n    }\n    convertedOpportunity {\n      id\n      title\n      stage {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadDetails_lead on Lead {\n    id\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    disqualifiedReason\n    convertedAt\n    convertedBy {\n      id\n      name\n    }\n    convertedContact {\n      id\n      name\n    }\n    convertedOrganization {\n      id\n      name\n    }\n    convertedOpportunity {\n      id\n      title\n      stage {\n        id\n        name\n      }\n    }\n    createdAt\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadForm_lead on Lead {\n    id\n    version\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadForm_lead on Lead {\n    id\n    version\n    name\n    organizationName\n    email\n    country\n    source\n    status\n    interest\n    notes\n    visibility\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadTable_lead on Lead {\n    id\n    name\n    version\n    organizationName\n    email\n    country\n    source\n    status\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment LeadTable_lead on Lead {\n    id\n    name\n    version\n    organizationName\n    email\n    country\n    source\n    status\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"): (typeof documents)["\n  mutation DisqualifyLead($input: DisqualifyLeadInput!) {\n    disqualifyLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoLeadConversion($id: ID!) {\n    undoLeadConversion(id: $id) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"): (typeof documents)["\n  mutation UndoLeadConversion($id: ID!) {\n    undoLeadConversion(id: $id) {\n      id\n      version\n      ...LeadDetails_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      duplicates {\n        contacts {\n          score\n          sameEmail\n          contact {\n            id\n            name\n            emails\n            primaryOrganization {\n              id\n              name\n            }\n          }\n        }\n        organizations {\n          score\n          organization {\n            id\n            name\n            country\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadDuplicates($id: ID!) {\n    lead(id: $id) {\n      id\n      duplicates {\n        contacts {\n          score\n          sameEmail\n          contact {\n            id\n            name\n            emails\n            primaryOrganization {\n              id\n              name\n            }\n          }\n        }\n        organizations {\n          score\n          organization {\n            id\n            name\n            country\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversionPipelines {\n    pipelines {\n      id\n      name\n      stages {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversionPipelines {\n    pipelines {\n      id\n      name\n      stages {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      name\n      ...LeadForm_lead\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      name\n      ...LeadForm_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadExport($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadExport($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      name\n      version\n      ...LeadDetails_lead\n      ...LeadForm_lead\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      id\n      name\n      version\n      ...LeadDetails_lead\n      ...LeadForm_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      email\n      organizationName\n      deletedAt\n      ...LeadDetails_lead\n    }\n  }\n"): (typeof documents)["\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      email\n      organizationName\n      deletedAt\n      ...LeadDetails_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadEdit($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      ...LeadForm_lead\n    }\n  }\n"): (typeof documents)["\n  query LeadEdit($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      version\n      status\n      ...LeadForm_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadList($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadList($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) {\n    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...LeadTable_lead\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecordChanges($ids: [ID!]) {\n    recordChanged(ids: $ids) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RecordChanges($ids: [ID!]) {\n    recordChanged(ids: $ids) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TimelineChanges($recordId: ID!) {\n    timelineChanged(recordId: $recordId) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TimelineChanges($recordId: ID!) {\n    timelineChanged(recordId: $recordId) {\n      changeId\n      kind\n      recordId\n      action\n      at\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactMergeFields_contact on Contact {\n    id\n    name\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactMergeFields_contact on Contact {\n    id\n    name\n    version\n    firstName\n    lastName\n    title\n    emails\n    phones\n    country\n    expertise\n    notes\n    consentBasis\n    consentDate\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMergeComparison($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      ...ContactMergeFields_contact\n    }\n    b: contact(id: $b) {\n      ...ContactMergeFields_contact\n    }\n  }\n"): (typeof documents)["\n  query ContactMergeComparison($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      ...ContactMergeFields_contact\n    }\n    b: contact(id: $b) {\n      ...ContactMergeFields_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationMergeFields_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationMergeFields_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    description\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMergeComparison($a: ID!, $b: ID!) {\n    a: organization(id: $a) {\n      ...OrganizationMergeFields_organization\n    }\n    b: organization(id: $b) {\n      ...OrganizationMergeFields_organization\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMergeComparison($a: ID!, $b: ID!) {\n    a: organization(id: $a) {\n      ...OrganizationMergeFields_organization\n    }\n    b: organization(id: $b) {\n      ...OrganizationMergeFields_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganizations($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrganizations($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedDetails_need on Need {\n    id\n    title\n    category\n    priority\n    status\n    source\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NeedDetails_need on Need {\n    id\n    title\n    category\n    priority\n    status\n    source\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedFieldsNow($id: ID!) {\n    need(id: $id) {\n      id\n      version\n      status\n      priority\n    }\n  }\n"): (typeof documents)["\n  query NeedFieldsNow($id: ID!) {\n    need(id: $id) {\n      id\n      version\n      status\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NeedFilterOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedForm_need on Need {\n    id\n    version\n    title\n    category\n    priority\n    status\n    source\n    description\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NeedForm_need on Need {\n    id\n    version\n    title\n    category\n    priority\n    status\n    source\n    description\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedTable_need on Need {\n    id\n    title\n    version\n    category\n    priority\n    status\n    source\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment NeedTable_need on Need {\n    id\n    title\n    version\n    category\n    priority\n    status\n    source\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationNeeds_organization on Organization {\n    id\n    deletedAt\n    needs(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        priority\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationNeeds_organization on Organization {\n    id\n    deletedAt\n    needs(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        priority\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n      ...NeedForm_need\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      id\n      title\n      ...NeedForm_need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedExport($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedExport($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNeedField($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      version\n      status\n      priority\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetNeedField($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      version\n      status\n      priority\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      version\n      ...NeedDetails_need\n      ...NeedForm_need\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      id\n      title\n      version\n      ...NeedDetails_need\n      ...NeedForm_need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NeedCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      ...NeedDetails_need\n    }\n  }\n"): (typeof documents)["\n  query NeedDetail($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      ...NeedDetails_need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...NeedForm_need\n    }\n  }\n"): (typeof documents)["\n  query NeedEdit($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      version\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...NeedForm_need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedList($filter: NeedFilter, $orderBy: NeedOrder, $first: Int!, $after: String) {\n    needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...NeedTable_need\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityDetails_opportunity on Opportunity {\n    id\n    title\n    expectedValue\n    expectedDate\n    nextStep\n    lostReason\n    daysInStage\n    isRotting\n    stageEnteredAt\n    createdAt\n    updatedAt\n    pipeline {\n      id\n      name\n      valueUnit\n      currency\n    }\n    stage {\n      id\n      name\n      kind\n      rottingDays\n    }\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OpportunityDetails_opportunity on Opportunity {\n    id\n    title\n    expectedValue\n    expectedDate\n    nextStep\n    lostReason\n    daysInStage\n    isRotting\n    stageEnteredAt\n    createdAt\n    updatedAt\n    pipeline {\n      id\n      name\n      valueUnit\n      currency\n    }\n    stage {\n      id\n      name\n      kind\n      rottingDays\n    }\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    title\n    pipelineId\n    stageId\n    expectedValue\n    expectedDate\n    nextStep\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    title\n    pipelineId\n    stageId\n    expectedValue\n    expectedDate\n    nextStep\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityPeople_opportunity on Opportunity {\n    id\n    contacts {\n      id\n      role\n      contact {\n        id\n        name\n      }\n    }\n    needs {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OpportunityPeople_opportunity on Opportunity {\n    id\n    contacts {\n      id\n      role\n      contact {\n        id\n        name\n      }\n    }\n    needs {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationOpportunities_organization on Organization {\n    id\n    deletedAt\n    opportunities(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        isRotting\n        pipeline {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationOpportunities_organization on Organization {\n    id\n    deletedAt\n    opportunities(first: 50) {\n      totalCount\n      nodes {\n        id\n        title\n        isRotting\n        pipeline {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageHistory_opportunity on Opportunity {\n    id\n    stageChanges {\n      id\n      cause\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n      fromStage {\n        id\n        name\n      }\n      toStage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StageHistory_opportunity on Opportunity {\n    id\n    stageChanges {\n      id\n      cause\n      changedAt\n      reason\n      changedBy {\n        id\n        name\n      }\n      fromStage {\n        id\n        name\n      }\n      toStage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      id\n      title\n      ...OpportunityForm_opportunity\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      id\n      title\n      ...OpportunityForm_opportunity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      id\n      title\n      version\n      ...OpportunityDetails_opportunity\n      ...OpportunityForm_opportunity\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n    updateOpportunity(input: $input) {\n      id\n      title\n      version\n      ...OpportunityDetails_opportunity\n      ...OpportunityForm_opportunity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OpportunityCreateOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      pipeline {\n        id\n        name\n      }\n      ...OpportunityDetails_opportunity\n      ...OpportunityPeople_opportunity\n      ...StageHistory_opportunity\n    }\n  }\n"): (typeof documents)["\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      deletedAt\n      pipeline {\n        id\n        name\n      }\n      ...OpportunityDetails_opportunity\n      ...OpportunityPeople_opportunity\n      ...StageHistory_opportunity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityEdit($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      stageId\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...OpportunityForm_opportunity\n    }\n  }\n"): (typeof documents)["\n  query OpportunityEdit($id: ID!) {\n    opportunity(id: $id) {\n      id\n      title\n      version\n      stageId\n      organization {\n        id\n      }\n      project {\n        id\n      }\n      ...OpportunityForm_opportunity\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationFieldsNow($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n    }\n  }\n"): (typeof documents)["\n  query OrganizationFieldsNow($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    lastContactedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationTable_organization on Organization {\n    id\n    name\n    version\n    acronym\n    kind\n    country\n    city\n    website\n    updatedAt\n    lastContactedAt\n    parent {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n    activityCount: activities(first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetOrganizationField($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationField($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      version\n      acronym\n      kind\n      country\n      city\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarOrganizations($name: String!) {\n    similarOrganizations(name: $name, first: 5) {\n      score\n      organization {\n        id\n        name\n        acronym\n        country\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarOrganizations($name: String!) {\n    similarOrganizations(name: $name, first: 5) {\n      score\n      organization {\n        id\n        name\n        acronym\n        country\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      version\n      ...OrganizationDetails_organization\n      ...OrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      version\n      mergedInto {\n        id\n        name\n      }\n      ...OrganizationDetails_organization\n      ...OrganizationContacts_organization\n      ...OrganizationChildren_organization\n      ...OrganizationProjects_organization\n      ...OrganizationNeeds_organization\n      ...OrganizationOpportunities_organization\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      acronym\n      deletedAt\n      version\n      mergedInto {\n        id\n        name\n      }\n      ...OrganizationDetails_organization\n      ...OrganizationContacts_organization\n      ...OrganizationChildren_organization\n      ...OrganizationProjects_organization\n      ...OrganizationNeeds_organization\n      ...OrganizationOpportunities_organization\n    }\n  }\n"];
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
export function graphql(source: "\n  query PipelineSettings {\n    pipelines {\n      id\n      name\n      version\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        version\n        kind\n        probability\n        rottingDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineSettings {\n    pipelines {\n      id\n      name\n      version\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        version\n        kind\n        probability\n        rottingDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePipeline($input: UpdatePipelineInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      version\n      valueUnit\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePipeline($input: UpdatePipelineInput!) {\n    updatePipeline(input: $input) {\n      id\n      name\n      version\n      valueUnit\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPipelineStage($input: AddPipelineStageInput!) {\n    addPipelineStage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPipelineStage($input: AddPipelineStageInput!) {\n    addPipelineStage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      id\n      name\n      version\n      kind\n      probability\n      rottingDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      id\n      name\n      version\n      kind\n      probability\n      rottingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePipelineStage($input: RemovePipelineStageInput!) {\n    removePipelineStage(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePipelineStage($input: RemovePipelineStageInput!) {\n    removePipelineStage(input: $input) {\n      id\n      stages {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOpportunities($filter: OpportunityFilter!, $first: Int!, $after: String) {\n    opportunities(\n      filter: $filter\n      first: $first\n      after: $after\n      orderBy: { field: STAGE_ENTERED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          title\n          stageId\n          stageEnteredAt\n          expectedValue\n          expectedDate\n          nextStep\n          organization {\n            id\n            name\n            country\n          }\n          owner {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardOpportunities($filter: OpportunityFilter!, $first: Int!, $after: String) {\n    opportunities(\n      filter: $filter\n      first: $first\n      after: $after\n      orderBy: { field: STAGE_ENTERED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          title\n          stageId\n          stageEnteredAt\n          expectedValue\n          expectedDate\n          nextStep\n          organization {\n            id\n            name\n            country\n          }\n          owner {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOpportunity($input: MoveOpportunityInput!) {\n    moveOpportunity(input: $input) {\n      id\n      version\n      stageId\n      stageEnteredAt\n      daysInStage\n      isRotting\n      lostReason\n      stage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOpportunity($input: MoveOpportunityInput!) {\n    moveOpportunity(input: $input) {\n      id\n      version\n      stageId\n      stageEnteredAt\n      daysInStage\n      isRotting\n      lostReason\n      stage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipelines {\n    pipelines {\n      id\n      name\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        kind\n        rottingDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pipelines {\n    pipelines {\n      id\n      name\n      valueUnit\n      currency\n      stages {\n        id\n        name\n        kind\n        rottingDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTotals($filter: OpportunityFilter!) {\n    opportunityTotals(filter: $filter) {\n      stageId\n      count\n      value\n    }\n  }\n"): (typeof documents)["\n  query BoardTotals($filter: OpportunityFilter!) {\n    opportunityTotals(filter: $filter) {\n      stageId\n      count\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyRequests {\n    privacyRequests(first: 100) {\n      totalCount\n      nodes {\n        id\n        at\n        kind\n        summary\n        contact {\n          id\n          name\n          erasedAt\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacyRequests {\n    privacyRequests(first: 100) {\n      totalCount\n      nodes {\n        id\n        at\n        kind\n        summary\n        contact {\n          id\n          name\n          erasedAt\n        }\n        requestedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonalData($input: PersonalDataInput!) {\n    exportPersonalData(input: $input)\n  }\n"): (typeof documents)["\n  mutation ExportPersonalData($input: PersonalDataInput!) {\n    exportPersonalData(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseContact($input: PersonalDataInput!) {\n    eraseContact(input: $input) {\n      contact {\n        id\n        name\n        erasedAt\n        deletedAt\n        version\n      }\n      redacted {\n        recordType\n        recordId\n        fields\n      }\n      filesToReview {\n        documentId\n        fileName\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EraseContact($input: PersonalDataInput!) {\n    eraseContact(input: $input) {\n      contact {\n        id\n        name\n        erasedAt\n        deletedAt\n        version\n      }\n      redacted {\n        recordType\n        recordId\n        fields\n      }\n      filesToReview {\n        documentId\n        fileName\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    updatedAt\n    tags {\n      id\n      label\n    }\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFilterNames($org: ID!, $contact: ID!, $withOrg: Boolean!, $withContact: Boolean!) {\n    organization(id: $org) @include(if: $withOrg) {\n      id\n      name\n    }\n    contact(id: $contact) @include(if: $withContact) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectFilterNames($org: ID!, $contact: ID!, $withOrg: Boolean!, $withContact: Boolean!) {\n    organization(id: $org) @include(if: $withOrg) {\n      id\n      name\n    }\n    contact(id: $contact) @include(if: $withContact) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectForm_project on Project {\n    id\n    version\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    website\n    description\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPicker($text: String) {\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPicker($text: String) {\n    projects(filter: { text: $text }, orderBy: { field: NAME }, first: 20) {\n      nodes {\n        id\n        name\n        acronym\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTable_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTable_project on Project {\n    id\n    name\n    acronym\n    kind\n    status\n    startDate\n    endDate\n    scientificDomain\n    updatedAt\n    owner {\n      id\n      name\n    }\n    tags {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      ...ProjectForm_project\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      ...ProjectForm_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectExport($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectExport($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      name\n      version\n      ...ProjectDetails_project\n      ...ProjectForm_project\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      id\n      name\n      version\n      ...ProjectDetails_project\n      ...ProjectForm_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      acronym\n      version\n      deletedAt\n      ...ProjectDetails_project\n      ...ProjectLinks_project\n      ...ProjectTasks_project\n      ...ProjectMilestones_project\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      acronym\n      version\n      deletedAt\n      ...ProjectDetails_project\n      ...ProjectLinks_project\n      ...ProjectTasks_project\n      ...ProjectMilestones_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      version\n      ...ProjectForm_project\n    }\n  }\n"): (typeof documents)["\n  query ProjectEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      version\n      ...ProjectForm_project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int!, $after: String) {\n    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTable_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationProjects_organization on Organization {\n    id\n    name\n    deletedAt\n    projectLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationProjects_organization on Organization {\n    id\n    name\n    deletedAt\n    projectLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectLinks_project on Project {\n    id\n    name\n    status\n    organizationLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n    contactLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectContactLink_link\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectLinks_project on Project {\n    id\n    name\n    status\n    organizationLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectOrganizationLink_link\n      }\n    }\n    contactLinks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectContactLink_link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectOrganizationLink_link on ProjectOrganizationLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    organization {\n      id\n      name\n      acronym\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectOrganizationLink_link on ProjectOrganizationLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    organization {\n      id\n      name\n      acronym\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectContactLink_link on ProjectContactLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    contact {\n      id\n      name\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectContactLink_link on ProjectContactLink {\n    id\n    version\n    role\n    since\n    until\n    note\n    contact {\n      id\n      name\n      deletedAt\n    }\n    project {\n      id\n      name\n      acronym\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkContactToProject($input: LinkContactToProjectInput!) {\n    linkContactToProject(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n"): (typeof documents)["\n  mutation LinkContactToProject($input: LinkContactToProjectInput!) {\n    linkContactToProject(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkOrganizationToProject($input: LinkOrganizationToProjectInput!) {\n    linkOrganizationToProject(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n"): (typeof documents)["\n  mutation LinkOrganizationToProject($input: LinkOrganizationToProjectInput!) {\n    linkOrganizationToProject(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkContactFromProject($input: UnlinkContactFromProjectInput!) {\n    unlinkContactFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkContactFromProject($input: UnlinkContactFromProjectInput!) {\n    unlinkContactFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkOrganizationFromProject($input: UnlinkOrganizationFromProjectInput!) {\n    unlinkOrganizationFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkOrganizationFromProject($input: UnlinkOrganizationFromProjectInput!) {\n    unlinkOrganizationFromProject(input: $input) {\n      id\n      project {\n        id\n      }\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectContactLink($input: UpdateProjectContactLinkInput!) {\n    updateProjectContactLink(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectContactLink($input: UpdateProjectContactLinkInput!) {\n    updateProjectContactLink(input: $input) {\n      id\n      ...ProjectContactLink_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectOrganizationLink($input: UpdateProjectOrganizationLinkInput!) {\n    updateProjectOrganizationLink(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectOrganizationLink($input: UpdateProjectOrganizationLinkInput!) {\n    updateProjectOrganizationLink(input: $input) {\n      id\n      ...ProjectOrganizationLink_link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectMilestoneItem_milestone on Milestone {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    reachedOn\n  }\n"): (typeof documents)["\n  fragment ProjectMilestoneItem_milestone on Milestone {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    reachedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectMilestones_project on Project {\n    id\n    milestones(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectMilestoneItem_milestone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectMilestones_project on Project {\n    id\n    milestones(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectMilestoneItem_milestone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTaskItem_task on ProjectTask {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTaskItem_task on ProjectTask {\n    id\n    version\n    title\n    description\n    dueDate\n    status\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTasks_project on Project {\n    id\n    tasks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskItem_task\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTasks_project on Project {\n    id\n    tasks(first: 200) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskItem_task\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMilestone($input: CreateMilestoneInput!) {\n    createMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProjectTask($input: CreateProjectTaskInput!) {\n    createProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProjectTask($input: CreateProjectTaskInput!) {\n    createProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      id\n      ...ProjectMilestoneItem_milestone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectTask($input: UpdateProjectTaskInput!) {\n    updateProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectTask($input: UpdateProjectTaskInput!) {\n    updateProjectTask(input: $input) {\n      id\n      ...ProjectTaskItem_task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTaskList_task on ProjectTask {\n    id\n    title\n    status\n    dueDate\n    project {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTaskList_task on ProjectTask {\n    id\n    title\n    status\n    dueDate\n    project {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectTaskList($filter: ProjectTaskFilter, $first: Int!, $after: String) {\n    projectTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskList_task\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectTaskList($filter: ProjectTaskFilter, $first: Int!, $after: String) {\n    projectTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...ProjectTaskList_task\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedReport($input: CreateSavedReportInput!) {\n    createSavedReport(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedReport($input: CreateSavedReportInput!) {\n    createSavedReport(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFields on Dashboard {\n    id\n    version\n    name\n    description\n    visibility\n    team {\n      id\n    }\n    owner {\n      id\n      name\n    }\n    filters {\n      period\n      teamIds\n      countries\n      tagIds\n    }\n    widgets {\n      kind\n      savedReportId\n      builtInReportId\n      markdown\n      title\n      x\n      y\n      w\n      h\n      visible\n      savedReport {\n        id\n        name\n        chart\n        spec\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardFields on Dashboard {\n    id\n    version\n    name\n    description\n    visibility\n    team {\n      id\n    }\n    owner {\n      id\n      name\n    }\n    filters {\n      period\n      teamIds\n      countries\n      tagIds\n    }\n    widgets {\n      kind\n      savedReportId\n      builtInReportId\n      markdown\n      title\n      x\n      y\n      w\n      h\n      visible\n      savedReport {\n        id\n        name\n        chart\n        spec\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboards {\n    dashboards(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n        team {\n          id\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboards {\n    dashboards(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n        team {\n          id\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($id: ID!) {\n    dashboard(id: $id) {\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($id: ID!) {\n    dashboard(id: $id) {\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDashboard($input: CreateDashboardInput!) {\n    createDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDashboard($input: CreateDashboardInput!) {\n    createDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDashboard($input: UpdateDashboardInput!) {\n    updateDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDashboard($input: UpdateDashboardInput!) {\n    updateDashboard(input: $input) {\n      id\n      ...DashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDashboard($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDashboard($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($spec: ReportSpecInput!) {\n    report(spec: $spec) {\n      kind\n      list\n      truncated\n      dimensions {\n        field\n        label\n        type\n        bucket\n      }\n      measures {\n        label\n      }\n      rows {\n        keys\n        labels\n        values\n        previous\n        filter\n        previousFilter\n      }\n      pivot {\n        dimension\n        columnKeys\n        columnLabels\n        rows {\n          keys\n          labels\n          cells {\n            values\n            filter\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Report($spec: ReportSpecInput!) {\n    report(spec: $spec) {\n      kind\n      list\n      truncated\n      dimensions {\n        field\n        label\n        type\n        bucket\n      }\n      measures {\n        label\n      }\n      rows {\n        keys\n        labels\n        values\n        previous\n        filter\n        previousFilter\n      }\n      pivot {\n        dimension\n        columnKeys\n        columnLabels\n        rows {\n          keys\n          labels\n          cells {\n            values\n            filter\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuiltInReports {\n    builtInReports {\n      id\n      title\n      description\n      chart\n      spec\n    }\n  }\n"): (typeof documents)["\n  query BuiltInReports {\n    builtInReports {\n      id\n      title\n      description\n      chart\n      spec\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFields($kind: ReportKind!) {\n    reportFields(kind: $kind) {\n      name\n      label\n      type\n      groupable\n      functions\n    }\n  }\n"): (typeof documents)["\n  query ReportFields($kind: ReportKind!) {\n    reportFields(kind: $kind) {\n      name\n      label\n      type\n      groupable\n      functions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReports {\n    savedReports(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedReports {\n    savedReports(first: 100) {\n      nodes {\n        id\n        name\n        visibility\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReport($id: ID!) {\n    savedReport(id: $id) {\n      id\n      version\n      name\n      description\n      spec\n      chart\n      visibility\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedReport($id: ID!) {\n    savedReport(id: $id) {\n      id\n      version\n      name\n      description\n      spec\n      chart\n      visibility\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTeams {\n    teams(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n      kind\n      filters\n      sort\n      columns\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n      kind\n      filters\n      sort\n      columns\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavigationSavedViews {\n    savedViews(first: 100) {\n      nodes {\n        id\n        version\n        name\n        kind\n        filters\n        sort\n        columns\n        visibility\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NavigationSavedViews {\n    savedViews(first: 100) {\n      nodes {\n        id\n        version\n        name\n        kind\n        filters\n        sort\n        columns\n        visibility\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($input: DeleteRecordInput!) {\n    deleteSavedView(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedView($input: DeleteRecordInput!) {\n    deleteSavedView(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingTeams {\n    me {\n      id\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharingTeams {\n    me {\n      id\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      name\n      email\n      role\n      expertise\n      version\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      name\n      email\n      role\n      expertise\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      role\n      expertise\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      role\n      expertise\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scope\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      dueTodoReminders\n      followUpReminders\n      mentions\n      emailDigest\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagOptions {\n    tags(first: 500) {\n      nodes {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsPage($text: String) {\n    tags(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        label\n        color\n        description\n        version\n        usageCount\n        usage {\n          type\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagsPage($text: String) {\n    tags(first: 500, filter: { text: $text }) {\n      totalCount\n      nodes {\n        id\n        label\n        color\n        description\n        version\n        usageCount\n        usage {\n          type\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTagFromList($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTagFromList($input: CreateTagInput!) {\n    createTag(input: $input) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTagFromList($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      label\n      color\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTagFromList($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      id\n      label\n      color\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTagFromList($input: DeleteRecordInput!) {\n    deleteTag(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTagFromList($input: DeleteRecordInput!) {\n    deleteTag(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      label\n      version\n      usageCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      id\n      label\n      version\n      usageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentWork_activities on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      activity {\n        id\n        kind\n        subject\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecentWork_activities on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      activity {\n        id\n        kind\n        subject\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentWork_documents on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      document {\n        id\n        title\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecentWork_documents on TimelineItemConnection {\n    totalCount\n    nodes {\n      at\n      via {\n        type\n        id\n        title\n      }\n      document {\n        id\n        title\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentWork($id: ID!, $organization: Boolean!, $contact: Boolean!, $first: Int!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], related: true, first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], related: true, first: $first) {\n        ...RecentWork_documents\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], first: $first) {\n        ...RecentWork_documents\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentWork($id: ID!, $organization: Boolean!, $contact: Boolean!, $first: Int!) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], related: true, first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], related: true, first: $first) {\n        ...RecentWork_documents\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      lastContactedAt\n      nextPlannedAt\n      recentActivities: timeline(kinds: [ACTIVITY], first: $first) {\n        ...RecentWork_activities\n      }\n      recentDocuments: timeline(kinds: [DOCUMENT], first: $first) {\n        ...RecentWork_documents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordTimeline_page on TimelineItemConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TimelineEntry_item\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment RecordTimeline_page on TimelineItemConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TimelineEntry_item\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordTimeline(\n    $id: ID!\n    $organization: Boolean!\n    $contact: Boolean!\n    $project: Boolean!\n    $kinds: [TimelineItemKind!]\n    $related: Boolean\n    $first: Int!\n    $after: String\n  ) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordTimeline(\n    $id: ID!\n    $organization: Boolean!\n    $contact: Boolean!\n    $project: Boolean!\n    $kinds: [TimelineItemKind!]\n    $related: Boolean\n    $first: Int!\n    $after: String\n  ) {\n    organization(id: $id) @include(if: $organization) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    contact(id: $id) @include(if: $contact) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n    project(id: $id) @include(if: $project) {\n      id\n      timeline(kinds: $kinds, related: $related, first: $first, after: $after) {\n        ...RecordTimeline_page\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEntry_item on TimelineItem {\n    kind\n    at\n    activity {\n      id\n      kind\n      subject\n      status\n      startsAt\n      dueAt\n      description\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n      kind\n    }\n    change {\n      id\n      action\n      diff\n      actor {\n        id\n        name\n      }\n      records {\n        id\n        title\n      }\n    }\n    via {\n      type\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineEntry_item on TimelineItem {\n    kind\n    at\n    activity {\n      id\n      kind\n      subject\n      status\n      startsAt\n      dueAt\n      description\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n      kind\n    }\n    change {\n      id\n      action\n      diff\n      actor {\n        id\n        name\n      }\n      records {\n        id\n        title\n      }\n    }\n    via {\n      type\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodoItem_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    dueAt\n    startsAt\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TodoItem_activity on Activity {\n    id\n    version\n    kind\n    subject\n    status\n    dueAt\n    startsAt\n    concerns {\n      organizations {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n      projects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTodos {\n    activities(filter: { mine: true, statuses: [PLANNED] }, orderBy: { field: DUE_AT, direction: ASC }, first: 200) {\n      totalCount\n      nodes {\n        id\n        ...TodoItem_activity\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTodos {\n    activities(filter: { mine: true, statuses: [PLANNED] }, orderBy: { field: DUE_AT, direction: ASC }, first: 200) {\n      totalCount\n      nodes {\n        id\n        ...TodoItem_activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganizationRecord($input: DeleteRecordInput!) {\n    deleteOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrganizationRecord($input: DeleteRecordInput!) {\n    deleteOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactRecord($input: DeleteRecordInput!) {\n    deleteContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContactRecord($input: DeleteRecordInput!) {\n    deleteContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProjectRecord($input: DeleteRecordInput!) {\n    deleteProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProjectRecord($input: DeleteRecordInput!) {\n    deleteProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivityRecord($input: DeleteRecordInput!) {\n    deleteActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteActivityRecord($input: DeleteRecordInput!) {\n    deleteActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocumentRecord($input: DeleteRecordInput!) {\n    deleteDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDocumentRecord($input: DeleteRecordInput!) {\n    deleteDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNeedRecord($input: DeleteRecordInput!) {\n    deleteNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNeedRecord($input: DeleteRecordInput!) {\n    deleteNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeadRecord($input: DeleteRecordInput!) {\n    deleteLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLeadRecord($input: DeleteRecordInput!) {\n    deleteLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpportunityRecord($input: DeleteRecordInput!) {\n    deleteOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOpportunityRecord($input: DeleteRecordInput!) {\n    deleteOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReportRecord($input: DeleteRecordInput!) {\n    deleteSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedReportRecord($input: DeleteRecordInput!) {\n    deleteSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDashboardRecord($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDashboardRecord($input: DeleteRecordInput!) {\n    deleteDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreOrganizationRecord($input: RestoreRecordInput!) {\n    restoreOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreOrganizationRecord($input: RestoreRecordInput!) {\n    restoreOrganization(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContactRecord($input: RestoreRecordInput!) {\n    restoreContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContactRecord($input: RestoreRecordInput!) {\n    restoreContact(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProjectRecord($input: RestoreRecordInput!) {\n    restoreProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreProjectRecord($input: RestoreRecordInput!) {\n    restoreProject(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreActivityRecord($input: RestoreRecordInput!) {\n    restoreActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreActivityRecord($input: RestoreRecordInput!) {\n    restoreActivity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDocumentRecord($input: RestoreRecordInput!) {\n    restoreDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDocumentRecord($input: RestoreRecordInput!) {\n    restoreDocument(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNeedRecord($input: RestoreRecordInput!) {\n    restoreNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNeedRecord($input: RestoreRecordInput!) {\n    restoreNeed(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreLeadRecord($input: RestoreRecordInput!) {\n    restoreLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreLeadRecord($input: RestoreRecordInput!) {\n    restoreLead(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreOpportunityRecord($input: RestoreRecordInput!) {\n    restoreOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreOpportunityRecord($input: RestoreRecordInput!) {\n    restoreOpportunity(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSavedReportRecord($input: RestoreRecordInput!) {\n    restoreSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSavedReportRecord($input: RestoreRecordInput!) {\n    restoreSavedReport(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDashboardRecord($input: RestoreRecordInput!) {\n    restoreDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDashboardRecord($input: RestoreRecordInput!) {\n    restoreDashboard(input: $input) {\n      id\n      version\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trash($types: [TrashType!], $first: Int!, $after: String) {\n    trash(types: $types, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        deletedAt\n        deletedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trash($types: [TrashType!], $first: Int!, $after: String) {\n    trash(types: $types, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        deletedAt\n        deletedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;