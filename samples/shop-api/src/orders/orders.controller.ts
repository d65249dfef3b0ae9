import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@common/decorators/current-user.decorator';
import { PaginationQueryDto } from '@common/dto/pagination.dto';
import { ParseObjectIdPipe } from '@common/pipes/parse-object-id.pipe';
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RolesGuard } from '../auth/guards/roles.guard';
import type { AuthenticatedUser } from '../auth/jwt-payload';
import { CreateOrderDto } from './dto/create-order.dto';
import { OrderHistoryItemDto, OrderResponseDto } from './dto/order-response.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, RolesGuard)
@Controller({ path: 'orders', version: '1' })
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateOrderDto): Promise<OrderResponseDto> {
    return this.ordersService.create(user, dto);
  }

  @Get()
  history(@CurrentUser() user: AuthenticatedUser, @Query() page: PaginationQueryDto): Promise<OrderHistoryItemDto[]> {
    return this.ordersService.history(user, page);
  }

  @Get(':id')
  findOne(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseObjectIdPipe) id: string,
  ): Promise<OrderResponseDto> {
    return this.ordersService.findOneForUser(id, user);
  }

  @Post(':id/cancel')
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseObjectIdPipe) id: string,
    @Body() body: { reason: string },
  ): Promise<OrderResponseDto> {
    return this.ordersService.cancel(id, user, body.reason);
  }
}
