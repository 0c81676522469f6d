import { graphql } from '../../../../gql';

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);
