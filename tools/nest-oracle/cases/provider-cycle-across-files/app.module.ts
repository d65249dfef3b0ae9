// Planted: AuthorsService and BooksService inject each other without forwardRef.
import { Module } from '@nestjs/common';
import { AuthorsService } from './authors.service';
import { BooksService } from './books.service';

@Module({
  providers: [AuthorsService, BooksService],
})
export class AppModule {}
