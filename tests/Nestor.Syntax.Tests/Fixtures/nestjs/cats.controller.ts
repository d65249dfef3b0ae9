import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { LoggingInterceptor } from '../common/logging.interceptor';
import { ParseObjectIdPipe } from '../common/parse-object-id.pipe';
import { CatsService } from './cats.service';
import { CreateCatDto } from './dto/create-cat.dto';
import { ListCatsQuery } from './dto/list-cats.query';
import { UpdateCatDto } from './dto/update-cat.dto';
import type { CatResponse } from './cat.response';

@ApiTags('cats')
@Controller({ path: 'cats', version: '1' })
@UseGuards(JwtAuthGuard)
@UseInterceptors(LoggingInterceptor)
export class CatsController {
  constructor(private readonly catsService: CatsService) {}

  @Post()
  @Roles('admin')
  @HttpCode(HttpStatus.CREATED)
  async create(@Body() dto: CreateCatDto): Promise<CatResponse> {
    const cat = await this.catsService.create(dto);
    return CatResponse.from(cat);
  }

  @Get()
  @ApiOkResponse({ type: () => [CatResponse] })
  async findAll(@Query() query: ListCatsQuery): Promise<CatResponse[]> {
    const { page = 1, limit = 20, breed } = query;
    const cats = await this.catsService.findAll({ breed }, { skip: (page - 1) * limit, limit });
    return cats.map((cat) => CatResponse.from(cat));
  }

  @Get(':id')
  async findOne(@Param('id', ParseObjectIdPipe) id: string): Promise<CatResponse> {
    const cat = await this.catsService.findById(id);
    if (!cat) {
      throw new NotFoundException(`Cat ${id} not found`);
    }
    return CatResponse.from(cat);
  }

  @Patch(':id')
  async update(@Param('id', ParseObjectIdPipe) id: string, @Body() dto: UpdateCatDto) {
    return this.catsService.update(id, dto) ?? (() => { throw new NotFoundException(); })();
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', ParseObjectIdPipe) id: string): Promise<void> {
    await this.catsService.remove(id);
  }
}
