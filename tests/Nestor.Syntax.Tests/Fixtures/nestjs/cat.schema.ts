import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';
import { Owner } from '../owners/owner.schema';

export type CatDocument = HydratedDocument<Cat>;

@Schema({ timestamps: true, collection: 'cats' })
export class Cat {
  @Prop({ required: true, trim: true, maxlength: 50 })
  name!: string;

  @Prop({ min: 0, max: 40 })
  age?: number;

  @Prop({ index: true })
  breed!: string;

  @Prop({ type: Types.ObjectId, ref: () => Owner.name, required: true })
  owner!: Types.ObjectId;

  @Prop({ type: [String], default: [] })
  tags: string[] = [];

  @Prop()
  deletedAt?: Date;
}

export const CatSchema = SchemaFactory.createForClass(Cat);
CatSchema.index({ breed: 1, createdAt: -1 });
CatSchema.index({ owner: 1 }, { unique: false });
CatSchema.virtual('isSenior').get(function (this: Cat) {
  return (this.age ?? 0) > 10;
});
