import { Controller, DefaultValuePipe, Get, Header, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@common/decorators/roles.decorator';
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RolesGuard } from '../auth/guards/roles.guard';
import { Role } from '../users/role.enum';
import { AnalyticsService, Trend } from './analytics/analytics.service';
import { SalesReportDto, SalesReportQueryDto } from './dto/sales-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles(Role.Admin)
@Controller({ path: 'reports', version: '1' })
export class ReportsController {
  constructor(
    private readonly reportsService: ReportsService,
    private readonly analyticsService: AnalyticsService,
  ) {}

  @Get('sales')
  sales(@Query() query: SalesReportQueryDto): Promise<SalesReportDto> {
    return this.reportsService.salesSince(query.since);
  }

  @Get('sales.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  salesCsv(@Query() query: SalesReportQueryDto): Promise<string> {
    return this.reportsService.salesCsvSince(query.since);
  }

  @Get('trend')
  trend(@Query('days', new DefaultValuePipe(7), ParseIntPipe) days: number): Promise<Trend> {
    return this.analyticsService.revenueTrend(days, new Date());
  }
}
