import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { badInput, forbidden, unauthenticated } from '../../../common/errors/app-error';
import { answerFile } from '../../../common/http/answer-file';
import { identifyCaller } from '../../../common/auth/identify-caller';
import type { MemberCaller } from '../../../common/context/gql-context';
import { isUuid } from '../../../common/graphql/id-arg';
import { TenantDb } from '../../../database/tenant-db.service';
import { AccessTokenService } from '../../identity/services/access-token.service';
import { ResponsibilityLettersService } from '../services/responsibility-letters.service';
import { LETTER_LANGUAGES, LetterLanguage } from '../services/letter-languages';

/** pdfkit and the font load with the first letter, not at start-up. */
const letterPdf = () => import('../services/letter-pdf.util');

/**
 * GET /letters/:id.pdf?lang=zh-CN|en — a responsibility letter as a PDF.
 * Authenticated exactly as GraphQL is (the bearer access token, checked
 * against the session and membership in the database); the same rules as
 * the responsibilityLetters query decide who may read which letter. Errors
 * answer with the GraphQL error codes: { error: { code, message } }.
 */
@Controller()
export class LetterPdfController {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly db: TenantDb,
    private readonly letters: ResponsibilityLettersService,
  ) {}

  @Get('letters/:id.pdf')
  async download(@Param('id') id: string, @Query('lang') lang: string | undefined, @Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await answerFile(reply, async () => {
      const caller = await identifyCaller(this.tokens, this.db, authorization);
      if (!caller) throw unauthenticated('Please sign in to continue.');
      if (!caller.orgId || !caller.membershipId || !caller.role) throw forbidden('You are not an active member of this organisation.');
      if (!isUuid(id)) throw badInput('id', 'id is not a valid id.');
      const language = (lang ?? 'zh-CN') as LetterLanguage;
      if (!LETTER_LANGUAGES.includes(language)) throw badInput('lang', `lang must be one of ${LETTER_LANGUAGES.join(', ')}.`);
      const document = await this.letters.letterDocument(caller as MemberCaller, id.toLowerCase());
      const pdf = await (await letterPdf()).renderLetterPdf(document, { lang: language });
      await reply
        .code(200)
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename="responsibility-letter-${document.version.number}-${language}.pdf"`)
        .send(pdf);
    });
  }
}
