import { Foundation1764878400000 } from './1764878400000-foundation';
import { PlanCascade1796418378459 } from './1796418378459-plan-cascade';
import { SubtreeIndexes1796420229000 } from './1796420229000-subtree-indexes';
import { PlanProgressSnapshots1796422843647 } from './1796422843647-plan-progress-snapshots';
import { RollUpFunction1796424000000 } from './1796424000000-roll-up-function';
import { PlanningCycles1796425000000 } from './1796425000000-planning-cycles';
import { PlanVersions1796426000000 } from './1796426000000-plan-versions';
import { Budgets1796432623878 } from './1796432623878-budgets';
import { KpiBudgetLinks1796434000000 } from './1796434000000-kpi-budget-links';
import { BudgetImportUndo1796435000000 } from './1796435000000-budget-import-undo';
import { PlanTemplates1796440000000 } from './1796440000000-plan-templates';
import { RecentlyDeleted1796450000000 } from './1796450000000-recently-deleted';
import { DashboardIndexes1796460000000 } from './1796460000000-dashboard-indexes';
import { PlanNodeTallies1796470000000 } from './1796470000000-plan-node-tallies';
import { NotificationDueDate1796480000000 } from './1796480000000-notification-due-date';

/** Every migration, in order. A committed migration is never edited; add a new one. */
export const MIGRATIONS = [Foundation1764878400000, PlanCascade1796418378459, SubtreeIndexes1796420229000, PlanProgressSnapshots1796422843647, RollUpFunction1796424000000, PlanningCycles1796425000000, PlanVersions1796426000000, Budgets1796432623878, KpiBudgetLinks1796434000000, BudgetImportUndo1796435000000, PlanTemplates1796440000000, RecentlyDeleted1796450000000, DashboardIndexes1796460000000, PlanNodeTallies1796470000000, NotificationDueDate1796480000000];
