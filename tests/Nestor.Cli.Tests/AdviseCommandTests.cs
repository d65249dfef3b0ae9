using Nestor.Cli.Mongo.Advise;
using Nestor.Mongo.Advice;

namespace Nestor.Cli.Tests;

/// <summary><c>nestor mongo advise PATH</c>: the project's declared indexes and query sites join the evidence.</summary>
public sealed class AdviseCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nestor-advise-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_sample_projects_schema_index_serves_a_slow_shape_and_its_query_sites_are_named()
    {
        var explain = Path.Combine(folder, "orders.json");
        File.WriteAllText(explain, """
            { "queryPlanner": { "namespace": "shop.orders", "winningPlan": { "stage": "COLLSCAN" } },
              "executionStats": { "nReturned": 3, "executionTimeMillis": 70, "totalKeysExamined": 0, "totalDocsExamined": 9000 },
              "command": { "find": "orders", "filter": { "status": "pending", "createdAt": { "$lt": 1 } }, "$db": "shop" } }
            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = AdviseCommand.Run(new AdviseSettings { ProjectPath = SampleRoot(), Explains = [explain] }, "text", output, error);

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal("", error.ToString());
        var text = output.ToString();
        Assert.Contains("0 index plans, 1 already served", text, StringComparison.Ordinal);
        Assert.Contains("find shop.orders {createdAt:range, status:eq}  by status_1_createdAt_1", text, StringComparison.Ordinal);
        Assert.Contains("code: src/orders/order-stats.controller.ts:30, src/reports/reports.service.ts:20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mongoose_line_names_the_schema_variable_the_project_declares()
    {
        // The variable breaks the convention the advisor would otherwise guess from the collection (invoices → InvoiceSchema).
        var project = Path.Combine(folder, "project");
        Directory.CreateDirectory(Path.Combine(project, "src", "billing"));
        File.WriteAllText(Path.Combine(project, "package.json"), """{ "name": "billing", "dependencies": { "@nestjs/mongoose": "^10.0.0", "mongoose": "^8.0.0" } }""");
        File.WriteAllText(Path.Combine(project, "src", "billing", "invoice.schema.ts"), """
            import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

            @Schema({ collection: 'invoices' })
            export class Invoice {
              @Prop({ required: true })
              customerId: string;
            }

            export const BillingInvoiceSchema = SchemaFactory.createForClass(Invoice);
            """);
        var explain = Path.Combine(folder, "invoices.json");
        File.WriteAllText(explain, """
            { "queryPlanner": { "namespace": "shop.invoices", "winningPlan": { "stage": "COLLSCAN" } },
              "executionStats": { "nReturned": 2, "executionTimeMillis": 90, "totalKeysExamined": 0, "totalDocsExamined": 50000 },
              "command": { "find": "invoices", "filter": { "customerId": "c-1" }, "$db": "shop" } }
            """);
        var output = new StringWriter();

        var exit = AdviseCommand.Run(new AdviseSettings { ProjectPath = project, Explains = [explain] }, "text", output, new StringWriter());

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Contains("BillingInvoiceSchema.index({ customerId: 1 });", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvoiceSchema.index(", output.ToString().Replace("BillingInvoiceSchema", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_path_that_does_not_exist_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = AdviseCommand.Run(new AdviseSettings { ProjectPath = Path.Combine(folder, "missing"), Explains = ["x.json"] }, "text", new StringWriter(), error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no such folder", error.ToString(), StringComparison.Ordinal);
    }

    private static string SampleRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder."), "samples", "shop-api");
    }
}
