import { graphql } from '../../../../gql';

export const SUBMIT_CYCLE_STAGE_MUTATION = graphql(`
  mutation SubmitCycleStage($input: StageVersionInput!) {
    submitCycleStage(input: $input) {
      ...CycleStageFields
    }
  }
`);

export const APPROVE_CYCLE_STAGE_MUTATION = graphql(`
  mutation ApproveCycleStage($input: StageVersionInput!) {
    approveCycleStage(input: $input) {
      ...CycleStageFields
    }
  }
`);

export const RETURN_CYCLE_STAGE_MUTATION = graphql(`
  mutation ReturnCycleStage($input: ReturnCycleStageInput!) {
    returnCycleStage(input: $input) {
      ...CycleStageFields
    }
  }
`);
