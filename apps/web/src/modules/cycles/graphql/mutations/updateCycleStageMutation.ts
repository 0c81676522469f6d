import { graphql } from '../../../../gql';

export const UPDATE_CYCLE_STAGE_MUTATION = graphql(`
  mutation UpdateCycleStage($input: UpdateCycleStageInput!) {
    updateCycleStage(input: $input) {
      ...CycleStageFields
    }
  }
`);
