import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, QueryFilter, UpdateQuery } from 'mongoose';
import { Product, ProductDocument, ProductStatus } from './schemas/product.schema';

export interface CatalogueFilter {
  category?: string;
  maxPriceCents?: number;
}

/** The only place that talks to the products collection. */
@Injectable()
export class ProductsRepository {
  constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

  async findCataloguePage(filter: CatalogueFilter, skip: number, limit: number): Promise<[ProductDocument[], number]> {
    const query: QueryFilter<Product> = { status: ProductStatus.Active };
    if (filter.category !== undefined) {
      query.category = filter.category;
    }
    if (filter.maxPriceCents !== undefined) {
      query.priceCents = { $lte: filter.maxPriceCents };
    }
    return Promise.all([
      this.products.find(query).sort({ priceCents: 1 }).skip(skip).limit(limit).exec(),
      this.products.countDocuments(query).exec(),
    ]);
  }

  findById(id: string): Promise<ProductDocument | null> {
    return this.products.findById(id).exec();
  }

  findBySlug(slug: string): Promise<ProductDocument | null> {
    return this.products.findOne({ slug, status: ProductStatus.Active }).exec();
  }

  findByIds(ids: string[]): Promise<ProductDocument[]> {
    return this.products.find({ _id: { $in: ids } }).exec();
  }

  findBySupplier(supplierCode: string): Promise<ProductDocument[]> {
    return this.products.find({ supplierCode }).sort({ name: 1 }).exec();
  }

  searchByName(term: string, limit: number): Promise<ProductDocument[]> {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.products
      .find({ status: ProductStatus.Active, name: { $regex: escaped, $options: 'i' } })
      .limit(limit)
      .exec();
  }

  findMatching(filter: QueryFilter<Product>): Promise<ProductDocument[]> {
    return this.products.find(filter).limit(100).exec();
  }

  create(product: Partial<Product>): Promise<ProductDocument> {
    return this.products.create(product);
  }

  update(id: string, changes: UpdateQuery<Product>): Promise<ProductDocument | null> {
    return this.products.findByIdAndUpdate(id, changes, { returnDocument: 'after', runValidators: true }).exec();
  }

  /** Applies a stock change only if it cannot take the stock below zero. */
  async adjustStock(id: string, delta: number): Promise<boolean> {
    const filter: QueryFilter<Product> = delta < 0 ? { _id: id, stock: { $gte: -delta } } : { _id: id };
    const result = await this.products.updateOne(filter, { $inc: { stock: delta } }).exec();
    return result.modifiedCount === 1;
  }

  async restock(changes: { productId: string; quantity: number }[]): Promise<void> {
    await this.products.bulkWrite(
      changes.map((change) => ({
        updateOne: { filter: { _id: change.productId }, update: { $inc: { stock: change.quantity } } },
      })),
      { ordered: false },
    );
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.products.deleteOne({ _id: id }).exec();
    return result.deletedCount === 1;
  }
}
