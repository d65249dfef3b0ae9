import { Module, forwardRef } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OwnersModule } from '../owners/owners.module';
import { CatsController } from './cats.controller';
import { CatsService } from './cats.service';
import { Cat, CatSchema } from './schemas/cat.schema';

export const CATS_OPTIONS = Symbol('CATS_OPTIONS');

@Module({
  imports: [
    MongooseModule.forFeature([{ name: Cat.name, schema: CatSchema }]),
    forwardRef(() => OwnersModule),
  ],
  controllers: [CatsController],
  providers: [
    CatsService,
    { provide: CATS_OPTIONS, useValue: { maxPerOwner: 5 } },
    {
      provide: 'CATS_CLOCK',
      useFactory: (options: { maxPerOwner: number }) => () => new Date(),
      inject: [CATS_OPTIONS],
    },
  ],
  exports: [CatsService],
})
export class CatsModule {}
