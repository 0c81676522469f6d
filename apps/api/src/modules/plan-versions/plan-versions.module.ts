import { Global, Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PLAN_SNAPSHOT } from '../planning-cycles/plan-snapshot.port';
import { PlanVersionsService } from './services/plan-versions.service';
import { ResponsibilityLettersService } from './services/responsibility-letters.service';
import { CycleApprovalSnapshotService } from './services/cycle-approval-snapshot.service';
import { PlanVersionsResolver } from './resolvers/plan-versions.resolver';
import { ResponsibilityLettersResolver } from './resolvers/responsibility-letters.resolver';
import { LetterPdfController } from './controllers/letter-pdf.controller';

/**
 * Immutable plan versions, their comparison, and the target-responsibility
 * letters drawn from them (with PDFs). Global so that the planning cycle,
 * which does not import this module, finds PLAN_SNAPSHOT (its optional port
 * for taking a version when the overall plan is approved).
 */
@Global()
@Module({
  imports: [IdentityModule],
  controllers: [LetterPdfController],
  providers: [
    PlanVersionsService,
    ResponsibilityLettersService,
    CycleApprovalSnapshotService,
    { provide: PLAN_SNAPSHOT, useExisting: CycleApprovalSnapshotService },
    PlanVersionsResolver,
    ResponsibilityLettersResolver,
  ],
  exports: [PlanVersionsService, PLAN_SNAPSHOT],
})
export class PlanVersionsModule {}
