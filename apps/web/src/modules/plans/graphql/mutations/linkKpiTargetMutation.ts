import { graphql } from '../../../../gql';

export const LINK_KPI_TARGET_MUTATION = graphql(`
  mutation LinkKpiTargetToBudget($input: LinkKpiTargetInput!) {
    linkKpiTargetToBudget(input: $input) {
      ...PlanNodeFields
    }
  }
`);
