import { Injectable, PipeTransform } from '@nestjs/common';
import { CatsRepository } from './cats.repository';

@Injectable()
export class CatByIdPipe implements PipeTransform<string, string> {
  constructor(private readonly cats: CatsRepository) {}

  transform(id: string): string {
    return this.cats.name(id);
  }
}
