import { Module } from '@nestjs/common';
import { UsersRepository } from './users.repository.js';
import { UserMutationsResolver, UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [UsersService, UsersRepository, UsersResolver, UserMutationsResolver],
  exports: [UsersService],
})
export class UsersModule {}
