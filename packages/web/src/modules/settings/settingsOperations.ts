import { graphql } from '../../generated';

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      name
      email
      role
      expertise
      version
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      role
      expertise
      version
    }
  }
`);

export const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      scope
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      id
      revokedAt
    }
  }
`);

export const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      dueTodoReminders
      followUpReminders
      mentions
      emailDigest
      updatedAt
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      dueTodoReminders
      followUpReminders
      mentions
      emailDigest
      updatedAt
    }
  }
`);
