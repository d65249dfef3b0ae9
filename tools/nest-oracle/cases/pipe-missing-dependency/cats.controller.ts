import { Controller, Get, Param } from '@nestjs/common';
import { CatByIdPipe } from './cat-by-id.pipe';

@Controller('cats')
export class CatsController {
  @Get(':id')
  one(@Param('id', CatByIdPipe) name: string): string {
    return name;
  }
}
