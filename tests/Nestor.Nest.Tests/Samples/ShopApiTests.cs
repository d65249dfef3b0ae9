using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Tests.Samples;

/// <summary>The realistic sample with planted DI mistakes: every plant found at its line, nothing else.</summary>
public sealed class ShopApiTests
{
    private static readonly Lazy<NestProject> Project = new(() => NestProjectLoader.Load(Path.Combine(RepositoryRoot(), "samples", "shop-api")));

    [Fact]
    public void Graph_reports_exactly_the_planted_problems()
    {
        var result = GraphAnalyzer.Analyze(Project.Value);
        var root = Project.Value.Root;

        Assert.Equal(
            [
                "NST3004 src/reports/csv-report.formatter.ts:5",
                "NST3003 src/reports/reports.module.ts:11",
                "NST3007 src/reports/reports.module.ts:18",
                "NST3002 src/reports/reports.module.ts:20",
                "NST3008 src/reports/reports.service.ts:13",
                "NST3001 src/reports/sales-report.builder.ts:15",
            ],
            result.Problems.Select(p => $"{p.Diagnostic.Code} {Path.GetRelativePath(root, p.Diagnostic.Path).Replace('\\', '/')}:{p.Line}"));
        Assert.Equal(
            "Nest can't resolve dependencies of the ReportsService (?, SalesReportBuilder, CsvReportFormatter, Symbol(CLOCK)). Please make sure that the argument \"OrderModel\" at index [0] is available in the ReportsModule module. The model Order is not registered with MongooseModule.forFeature in ReportsModule or a module it imports.",
            result.Problems.Single(p => p.Diagnostic.Code == "NST3008").Diagnostic.Message);
    }

    [Fact]
    public void Model_reads_bootstrap_schemas_and_query_sites()
    {
        var project = Project.Value;

        Assert.Equal("AppModule", project.RootModule);
        Assert.Equal(["OrderItem:orderitems:3:0", "Order:orders:8:4", "Product:products:9:4", "User:users:6:1"], project.Schemas.Select(s => $"{s.ModelName}:{s.Collection}:{s.Fields.Count}:{s.Indexes.Count}"));
        Assert.Equal(
            [
                "OrderStatsController.daily aggregate ?.orders {createdAt:range, status:eq} pipeline [$match, $group, $sort, $project]",
                "OrdersService.history aggregate ?.orders {customer:eq} sort {createdAt:-1} pipeline [$match, $sort, $skip, $limit, $lookup]",
                "OrdersService.cancel findAndModify ?.orders {_id:eq, status:eq}",
                "OrdersService.hasOpenOrdersFor find ?.orders {items.product:eq, status:in}",
                "OrdersService.expirePendingBefore find ?.orders {createdAt:range, status:eq} sort {createdAt:1} project {_id}",
                "OrdersService.expirePendingBefore update ?.orders {_id:in, status:eq}",
                "OrdersService.expirePendingBefore find ?.orders {_id:in, expiryRun:eq}",
                "OrdersService.requireOwnOrder find ?.orders {_id:eq}",
                "ProductsRepository.findCataloguePage find ?.products {category:eq, priceCents:range, status:eq} sort {priceCents:1}",
                "ProductsRepository.findCataloguePage count ?.products {category:eq, priceCents:range, status:eq}",
                "ProductsRepository.findById find ?.products {_id:eq}",
                "ProductsRepository.findBySlug find ?.products {slug:eq, status:eq}",
                "ProductsRepository.findByIds find ?.products {_id:in}",
                "ProductsRepository.findBySupplier find ?.products {supplierCode:eq} sort {name:1}",
                "ProductsRepository.searchByName find ?.products {name:regex, status:eq}",
                "ProductsRepository.findMatching find ?.products {} dynamic",
                "ProductsRepository.update findAndModify ?.products {_id:eq}",
                "ProductsRepository.adjustStock update ?.products {_id:eq, stock:range}",
                "ProductsRepository.delete delete ?.products {_id:eq}",
                "ReportsService.salesSince aggregate ?.orders {createdAt:range, status:eq} pipeline [$match, $unwind, $group, $project, $sort]",
                "UsersService.findById find ?.users {_id:eq}",
                "UsersService.findByEmail find ?.users {email:eq}",
                "UsersService.updateProfile findAndModify ?.users {_id:eq}",
                "UsersService.touchLastLogin update ?.users {_id:eq}",
            ],
            project.QuerySites.Select(q => $"{q.ClassName}.{q.MethodName} {q.Shape.Fingerprint}"));
        Assert.Equal(
            [
                "POST /api/v1/auth/register",
                "POST /api/v1/auth/login",
                "GET /api/v1/health",
                "Cron CronExpression.EVERY_10_MINUTES",
                "OnEvent order.created",
                "GET /api/v1/orders/stats/daily",
                "POST /api/v1/orders",
                "GET /api/v1/orders",
                "GET /api/v1/orders/:id",
                "POST /api/v1/orders/:id/cancel",
                "PUT /api/v1/products/:id/stock",
                "GET /api/v1/products",
                "GET /api/v1/products/search",
                "GET /api/v1/products/lookup",
                "GET /api/v1/products/suppliers/:code",
                "GET /api/v1/products/:slug",
                "POST /api/v1/products",
                "PATCH /api/v1/products/:id",
                "DELETE /api/v1/products/:id",
                "GET /api/v1/reports/sales",
                "GET /api/v1/reports/sales.csv",
                "GET /api/v1/reports/trend",
                "GET /api/v1/users/me",
                "PATCH /api/v1/users/me",
                "GET /api/v1/users/:id",
            ],
            project.Routes.Select(r => $"{r.Method} {r.Path}"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder.");
    }
}
