import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from './api-key.guard';

@Controller('cats')
@UseGuards(ApiKeyGuard)
export class CatsController {
  @Get()
  list(): string[] {
    return ['tom'];
  }
}
