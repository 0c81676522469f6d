import { graphql } from '../../../../gql';

export const INVITATION_PREVIEW_QUERY = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organizationName
      role
      inviterName
      expiresAt
    }
  }
`);
