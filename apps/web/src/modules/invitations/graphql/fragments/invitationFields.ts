import { graphql } from '../../../../gql';

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    role
    email
    expiresAt
    acceptedAt
    revokedAt
    createdAt
    department {
      id
      name
    }
    invitedBy {
      id
      displayName
    }
  }
`);
