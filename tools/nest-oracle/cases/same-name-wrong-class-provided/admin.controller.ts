import { Controller, Get } from '@nestjs/common';
import { UsersService } from './admin-users.service';

@Controller('admin')
export class AdminController {
  constructor(private readonly users: UsersService) {}

  @Get()
  admins(): string[] {
    return this.users.admins();
  }
}
