import { graphql } from '../../../../gql';

export const CREATE_INVITATION_MUTATION = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      token
      invitation {
        ...InvitationFields
      }
    }
  }
`);
