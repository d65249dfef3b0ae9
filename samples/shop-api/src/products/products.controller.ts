import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page } from '@common/dto/pagination.dto';
import { Public } from '@common/decorators/public.decorator';
import { Roles } from '@common/decorators/roles.decorator';
import { ParseObjectIdPipe } from '@common/pipes/parse-object-id.pipe';
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RolesGuard } from '../auth/guards/roles.guard';
import { Role } from '../users/role.enum';
import { CreateProductDto } from './dto/create-product.dto';
import { ProductQueryDto, ProductSearchDto } from './dto/product-query.dto';
import { ProductResponseDto } from './dto/product-response.dto';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsService } from './products.service';

@ApiTags('products')
@UseGuards(JwtAuthGuard, RolesGuard)
@Controller({ path: 'products', version: '1' })
export class ProductsController {
  constructor(private readonly productsService: ProductsService) {}

  @Public()
  @Get()
  list(@Query() query: ProductQueryDto): Promise<Page<ProductResponseDto>> {
    return this.productsService.listCatalogue(query);
  }

  @Public()
  @Get('search')
  search(@Query() query: ProductSearchDto): Promise<ProductResponseDto[]> {
    return this.productsService.search(query.q);
  }

  @Public()
  @Get('lookup')
  lookup(@Query() query: Record<string, unknown>): Promise<ProductResponseDto[]> {
    return this.productsService.lookup(query);
  }

  @ApiBearerAuth()
  @Roles(Role.Admin)
  @Get('suppliers/:code')
  bySupplier(@Param('code') code: string): Promise<ProductResponseDto[]> {
    return this.productsService.bySupplier(code);
  }

  @Public()
  @Get(':slug')
  findBySlug(@Param('slug') slug: string): Promise<ProductResponseDto> {
    return this.productsService.findBySlug(slug);
  }

  @ApiBearerAuth()
  @Roles(Role.Admin)
  @Post()
  create(@Body() dto: CreateProductDto): Promise<ProductResponseDto> {
    return this.productsService.create(dto);
  }

  @ApiBearerAuth()
  @Roles(Role.Admin)
  @Patch(':id')
  update(@Param('id', ParseObjectIdPipe) id: string, @Body() dto: UpdateProductDto): Promise<ProductResponseDto> {
    return this.productsService.update(id, dto);
  }

  @ApiBearerAuth()
  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseObjectIdPipe) id: string): Promise<void> {
    return this.productsService.remove(id);
  }
}
