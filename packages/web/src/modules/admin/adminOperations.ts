import { graphql } from '../../generated';

export const UsersPageQuery = graphql(`
  query AdminUsers($text: String) {
    users(first: 500, filter: { text: $text }) {
      totalCount
      nodes {
        id
        name
        email
        role
        expertise
        active
        deactivatedAt
        lastSignInAt
        version
        memberships {
          id
          role
          team {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export const ActiveUsersQuery = graphql(`
  query ActiveUsers {
    users(first: 500, filter: { active: true }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const OwnedRecordCountsQuery = graphql(`
  query OwnedRecordCounts($id: ID!) {
    user(id: $id) {
      id
      ownedRecordCounts {
        type
        count
      }
    }
  }
`);

export const UpdateUserRoleMutation = graphql(`
  mutation UpdateUserRole($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
      version
    }
  }
`);

export const HandOverRecordsMutation = graphql(`
  mutation HandOverRecords($input: ReassignOwnerInput!) {
    reassignOwner(input: $input)
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserActivationInput!) {
    deactivateUser(input: $input) {
      id
      active
      deactivatedAt
      version
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserActivationInput!) {
    reactivateUser(input: $input) {
      id
      active
      deactivatedAt
      version
    }
  }
`);

export const TeamsPageQuery = graphql(`
  query AdminTeams {
    teams(first: 500) {
      totalCount
      nodes {
        id
        code
        name
        description
        version
        members {
          id
          role
          version
          user {
            id
            name
            active
          }
        }
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeamFromAdmin($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeamFromAdmin($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const DeleteTeamMutation = graphql(`
  mutation DeleteTeamFromAdmin($input: DeleteRecordInput!) {
    deleteTeam(input: $input) {
      id
      deletedAt
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
      role
    }
  }
`);

export const UpdateTeamMemberMutation = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      id
      role
      version
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
    removeTeamMember(input: $input) {
      id
    }
  }
`);
