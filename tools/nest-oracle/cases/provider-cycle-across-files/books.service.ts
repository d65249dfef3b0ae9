import { Injectable } from '@nestjs/common';
import { AuthorsService } from './authors.service';

@Injectable()
export class BooksService {
  constructor(private readonly authors: AuthorsService) {}

  titles(): string[] {
    return [];
  }

  authorBookCount(): number {
    return this.authors.bookCount();
  }
}
