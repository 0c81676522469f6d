import { graphql } from '../../../../gql';

export const MY_WORK_QUERY = graphql(`
  query MyWork {
    myWork {
      ...PlanNodeRowFields
    }
  }
`);
