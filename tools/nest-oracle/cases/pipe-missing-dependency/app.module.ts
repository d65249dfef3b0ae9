// Planted: a handler of CatsController uses CatByIdPipe on a parameter; the pipe needs
// CatsRepository, which AppModule does not provide. Nest creates parameter pipes given as
// classes in the controller's module too.
import { Module } from '@nestjs/common';
import { CatsController } from './cats.controller';

@Module({
  controllers: [CatsController],
})
export class AppModule {}
