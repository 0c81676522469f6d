import { registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS, Dimension, Health, HEALTHS, KpiDirection, Level, LEVELS, NodeStatus, PLAN_STATUSES, PlanStatus, Recurrence, RECURRENCES, STATUSES } from '@opsplan/domain';

/** The GraphQL faces of the cascade's vocabularies; the values are the domain's own strings. */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PlanStatusEnum = enumOf<PlanStatus>(PLAN_STATUSES);
export const NodeLevelEnum = enumOf<Level>(LEVELS);
export const NodeStatusEnum = enumOf<NodeStatus>(STATUSES);
export const DimensionEnum = enumOf<Dimension>(DIMENSIONS);
export const KpiDirectionEnum = enumOf<KpiDirection>(['higher_is_better', 'lower_is_better']);
export const HealthEnum = enumOf<Health>(HEALTHS);
export const RecurrenceEnum = enumOf<Recurrence>(RECURRENCES);

registerEnumType(PlanStatusEnum, { name: 'PlanStatus', description: 'draft → approved → archived; an archived plan is read-only.' });
registerEnumType(NodeLevelEnum, { name: 'NodeLevel', description: 'The five levels of the plan cascade, top to bottom.' });
registerEnumType(NodeStatusEnum, { name: 'NodeStatus', description: 'A done node counts as 100%; a cancelled one is left out of its parent’s roll-up.' });
registerEnumType(DimensionEnum, { name: 'Dimension', description: 'Operations = organisation × production × marketing.' });
registerEnumType(KpiDirectionEnum, { name: 'KpiDirection' });
registerEnumType(HealthEnum, { name: 'Health', description: 'Progress against time elapsed: ahead, on pace (within 10 points), behind, or unknown without dates.' });
registerEnumType(RecurrenceEnum, { name: 'Recurrence', description: 'How often routine work comes round again.' });
