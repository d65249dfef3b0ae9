import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, Types } from 'mongoose';
import { Cat, CatDocument } from './schemas/cat.schema';
import { CreateCatDto } from './dto/create-cat.dto';
import { UpdateCatDto } from './dto/update-cat.dto';

export interface Page {
  skip: number;
  limit: number;
}

@Injectable()
export class CatsService {
  private readonly logger = new Logger(CatsService.name);

  constructor(@InjectModel(Cat.name) private readonly catModel: Model<CatDocument>) {}

  async create(dto: CreateCatDto): Promise<CatDocument> {
    const created = new this.catModel({ ...dto, owner: new Types.ObjectId(dto.ownerId) });
    this.logger.debug(`creating cat ${dto.name}`);
    return created.save();
  }

  findAll(filter: Pick<FilterQuery<Cat>, 'breed'>, page: Page): Promise<CatDocument[]> {
    const query: FilterQuery<Cat> = {};
    if (filter.breed !== undefined) {
      query.breed = { $regex: new RegExp(`^${escape(filter.breed)}`, 'i') };
    }
    return this.catModel
      .find(query)
      .sort({ createdAt: -1 })
      .skip(page.skip)
      .limit(page.limit)
      .lean<CatDocument[]>()
      .exec();
  }

  findById(id: string) {
    return this.catModel.findById(id).populate<{ owner: { name: string } }>('owner', 'name').exec();
  }

  async update(id: string, dto: UpdateCatDto): Promise<CatDocument | null> {
    return this.catModel.findByIdAndUpdate(id, { $set: dto }, { new: true, runValidators: true }).exec();
  }

  async remove(id: string): Promise<void> {
    const { deletedCount } = await this.catModel.deleteOne({ _id: id }).exec();
    if (deletedCount === 0) this.logger.warn(`nothing to delete for ${id}`);
  }

  async countByBreed(): Promise<Array<{ _id: string; count: number }>> {
    return this.catModel.aggregate<{ _id: string; count: number }>([
      { $match: { deletedAt: { $exists: false } } },
      { $group: { _id: '$breed', count: { $sum: 1 } } },
      { $sort: { count: -1 } },
    ]);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
