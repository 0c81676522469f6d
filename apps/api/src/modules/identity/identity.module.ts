import { Module } from '@nestjs/common';
import { AccessTokenService } from './services/access-token.service';
import { AuthService } from './services/auth.service';
import { PasswordHasher } from './services/password-hasher.service';
import { SessionService } from './services/session.service';
import { SignInLimiter } from './services/sign-in-limiter.service';
import { ViewerService } from './services/viewer.service';
import { AuthResolver } from './resolvers/auth.resolver';

@Module({
  providers: [AccessTokenService, AuthService, PasswordHasher, SessionService, SignInLimiter, ViewerService, AuthResolver],
  exports: [AccessTokenService, AuthService],
})
export class IdentityModule {}
