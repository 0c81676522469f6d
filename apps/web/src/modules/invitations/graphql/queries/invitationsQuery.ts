import { graphql } from '../../../../gql';

export const INVITATIONS_QUERY = graphql(`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
`);
