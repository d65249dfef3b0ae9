import { Injectable } from '@nestjs/common';
import { BooksService } from './books.service';

@Injectable()
export class AuthorsService {
  constructor(private readonly books: BooksService) {}

  bookCount(): number {
    return this.books.titles().length;
  }
}
