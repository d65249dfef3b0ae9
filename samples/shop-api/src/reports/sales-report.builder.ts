import { Inject, Injectable } from '@nestjs/common';
import { ProductsRepository } from '../products/products.repository';
import { REPORT_OPTIONS, type ReportOptions } from './report-options';
import { SalesReportDto, SalesReportLineDto } from './dto/sales-report.dto';

export interface ProductSales {
  productId: string;
  unitsSold: number;
  revenueCents: number;
}

@Injectable()
export class SalesReportBuilder {
  constructor(
    private readonly products: ProductsRepository,
    @Inject(REPORT_OPTIONS) private readonly options: ReportOptions,
  ) {}

  async build(sales: ProductSales[], generatedAt: Date): Promise<SalesReportDto> {
    const products = await this.products.findByIds(sales.map((line) => line.productId));
    const names = new Map(products.map((product) => [product.id as string, product.name]));
    const lines: SalesReportLineDto[] = sales.map((line) => ({
      productName: names.get(line.productId) ?? 'Deleted product',
      unitsSold: line.unitsSold,
      revenueCents: line.revenueCents,
    }));
    return { currency: this.options.currency, generatedAt: generatedAt.toISOString(), lines };
  }
}
