import { graphql } from '../../../../gql';

export const ADD_CYCLE_STAGE_MUTATION = graphql(`
  mutation AddCycleStage($input: AddCycleStageInput!) {
    addCycleStage(input: $input) {
      ...CycleStageFields
    }
  }
`);

export const DELETE_CYCLE_STAGE_MUTATION = graphql(`
  mutation DeleteCycleStage($input: StageVersionInput!) {
    deleteCycleStage(input: $input) {
      id
      deletedAt
    }
  }
`);

export const RESTORE_CYCLE_STAGE_MUTATION = graphql(`
  mutation RestoreCycleStage($id: ID!) {
    restoreCycleStage(id: $id) {
      ...CycleStageFields
    }
  }
`);

export const REORDER_CYCLE_STAGES_MUTATION = graphql(`
  mutation ReorderCycleStages($input: ReorderCycleStagesInput!) {
    reorderCycleStages(input: $input) {
      id
      version
      criticalPath
      stages {
        ...CycleStageFields
      }
    }
  }
`);
