import { ConflictException, Inject, Injectable, NotFoundException, forwardRef } from '@nestjs/common';
import { Page, toPage } from '@common/dto/pagination.dto';
import { OrdersService } from '../orders/orders.service';
import { CatalogCacheService } from './catalog-cache.service';
import { AdjustStockDto } from './dto/adjust-stock.dto';
import { CreateProductDto } from './dto/create-product.dto';
import { ProductQueryDto } from './dto/product-query.dto';
import { ProductResponseDto } from './dto/product-response.dto';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsRepository } from './products.repository';
import { ProductDocument } from './schemas/product.schema';

const SEARCH_LIMIT = 20;

export interface StockChange {
  productId: string;
  quantity: number;
}

@Injectable()
export class ProductsService {
  constructor(
    private readonly repository: ProductsRepository,
    private readonly cache: CatalogCacheService,
    // Orders price their lines from products, and a product with open orders cannot be deleted.
    @Inject(forwardRef(() => OrdersService)) private readonly ordersService: OrdersService,
  ) {}

  async listCatalogue(query: ProductQueryDto): Promise<Page<ProductResponseDto>> {
    const [products, total] = await this.repository.findCataloguePage(
      { category: query.category, maxPriceCents: query.maxPriceCents },
      query.skip,
      query.limit,
    );
    return toPage(products.map(ProductResponseDto.from), query.page, query.limit, total);
  }

  async findBySlug(slug: string): Promise<ProductResponseDto> {
    const cached = this.cache.get(slug);
    if (cached) {
      return cached;
    }
    const product = await this.repository.findBySlug(slug);
    if (!product) {
      throw new NotFoundException(`Product ${slug} not found`);
    }
    const dto = ProductResponseDto.from(product);
    this.cache.set(slug, dto);
    return dto;
  }

  async search(term: string): Promise<ProductResponseDto[]> {
    const products = await this.repository.searchByName(term, SEARCH_LIMIT);
    return products.map(ProductResponseDto.from);
  }

  async bySupplier(supplierCode: string): Promise<ProductResponseDto[]> {
    const products = await this.repository.findBySupplier(supplierCode);
    return products.map(ProductResponseDto.from);
  }

  async lookup(filter: Record<string, unknown>): Promise<ProductResponseDto[]> {
    const products = await this.repository.findMatching(filter);
    return products.map(ProductResponseDto.from);
  }

  async create(dto: CreateProductDto): Promise<ProductResponseDto> {
    return ProductResponseDto.from(await this.repository.create(dto));
  }

  async update(id: string, dto: UpdateProductDto): Promise<ProductResponseDto> {
    const product = await this.repository.update(id, { $set: dto });
    if (!product) {
      throw new NotFoundException(`Product ${id} not found`);
    }
    this.cache.invalidate(product.slug);
    return ProductResponseDto.from(product);
  }

  async adjustStock(id: string, dto: AdjustStockDto): Promise<void> {
    const applied = await this.repository.adjustStock(id, dto.delta);
    if (!applied) {
      throw new ConflictException(`Stock of product ${id} cannot change by ${dto.delta}`);
    }
  }

  async remove(id: string): Promise<void> {
    if (await this.ordersService.hasOpenOrdersFor(id)) {
      throw new ConflictException(`Product ${id} has open orders`);
    }
    if (!(await this.repository.delete(id))) {
      throw new NotFoundException(`Product ${id} not found`);
    }
  }

  /** For order placement: the product, or a 404 naming the missing id. */
  async requireProduct(id: string): Promise<ProductDocument> {
    const product = await this.repository.findById(id);
    if (!product) {
      throw new NotFoundException(`Product ${id} not found`);
    }
    return product;
  }

  /** Takes units out of stock for an order; false when there are not enough left. */
  reserve(id: string, quantity: number): Promise<boolean> {
    return this.repository.adjustStock(id, -quantity);
  }

  /** Gives reserved units back, in one round trip. */
  async releaseMany(changes: StockChange[]): Promise<void> {
    if (changes.length > 0) {
      await this.repository.restock(changes);
    }
  }
}
