// Clean: the Cat model token is registered by hand, standing in for MongooseModule.forFeature.
import { Module } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Cat } from './cat.schema';
import { CatsService } from './cats.service';

@Module({
  providers: [{ provide: getModelToken(Cat.name), useValue: { modelName: Cat.name } }, CatsService],
})
export class AppModule {}
