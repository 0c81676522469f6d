import { graphql } from '../../../../gql';

export const ADD_CHECK_IN_MUTATION = graphql(`
  mutation AddCheckIn($input: AddCheckInInput!) {
    addCheckIn(input: $input) {
      ...CheckInFields
    }
  }
`);
