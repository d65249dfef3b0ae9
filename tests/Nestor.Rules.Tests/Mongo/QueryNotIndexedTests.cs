using Nestor.Rules.Mongo;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Mongo;

public sealed class QueryNotIndexedTests
{
    private static readonly QueryNotIndexed Rule = new();

    private const string Schema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

        @Schema({ _id: false })
        export class Line {
          @Prop({ index: true }) sku: string;
          @Prop() quantity: number;
        }

        export const LineSchema = SchemaFactory.createForClass(Line);

        export abstract class Audited {
          @Prop({ index: true }) tenantId: string;
          @Prop({ default: false }) isDeleted: boolean;
        }

        @Schema({ timestamps: true })
        export class Order extends Audited {
          @Prop({ unique: true }) number: string;
          @Prop() customer: string;
          @Prop() status: string;
          @Prop() supplier: string;
          @Prop() total: number;
          @Prop() email: string;
          @Prop({ index: { expires: '30d' } }) expiresAt: Date;
          @Prop({ type: [LineSchema] }) lines: Line[];
          @Prop({ type: [{ type: String, index: true }] }) tags: string[];
        }

        export const OrderSchema = SchemaFactory.createForClass(Order);

        OrderSchema.index({ customer: 1, createdAt: -1 });
        OrderSchema.index({ status: 1, total: 1 });
        OrderSchema.index({ isDeleted: 1, supplier: 1 });
        """;

    private static Dictionary<string, string> Project(string members, string schema = Schema, string extraPath = "", string extra = "") =>
        new()
        {
            ["src/orders/order.schema.ts"] = schema,
            ["src/orders/orders.repository.ts"] = $$"""
                import { Injectable } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';
                import { Order } from './order.schema';

                @Injectable()
                export class OrdersRepository {
                  constructor(@InjectModel(Order.name) private readonly orders: Model<Order>) {}

                {{members}}
                }
                """,
            [extraPath.Length == 0 ? "src/orders/orders.constants.ts" : extraPath] = extra.Length == 0 ? "export const PAGE = 20;\n" : extra,
        };

    [Theory]
    [InlineData("byId(id: string) { return this.orders.findById(id); }")]
    [InlineData("paid(id: string) { return this.orders.updateOne({ _id: id, status: 'pending' }, { $set: { status: 'paid' } }); }")]
    [InlineData("byNumber(number: string) { return this.orders.findOne({ number, status: 'paid' }); }")]
    [InlineData("history(customer: string) { return this.orders.find({ customer }).sort({ createdAt: -1 }); }")]
    [InlineData("history(customer: string) { return this.orders.find({ customer, status: 'paid' }).sort({ createdAt: -1 }); }")]
    [InlineData("cheap(status: string) { return this.orders.find({ status, total: { $lt: 100 } }).sort({ total: 1 }); }")]
    [InlineData("search(status: string, term: string) { return this.orders.find({ status, email: { $regex: term, $options: 'i' } }); }")]
    [InlineData("bySupplier(supplier: string) { return this.orders.find({ isDeleted: { $ne: true }, supplier }); }")]
    [InlineData("byTenant(tenantId: string) { return this.orders.countDocuments({ tenantId }); }")]
    [InlineData("expired() { return this.orders.deleteMany({ expiresAt: new Date() }); }")]
    [InlineData("bySku(sku: string) { return this.orders.find({ 'lines.sku': sku }); }")]
    [InlineData("open(statuses: string[]) { return this.orders.find({ status: { $in: statuses } }).sort({ total: 1 }); }")]
    [InlineData("withSku(sku: string) { return this.orders.find({ lines: { $elemMatch: { sku, quantity: { $gt: 1 } } } }); }")]
    [InlineData("tagged(tag: string) { return this.orders.find({ tags: tag }); }")]
    [InlineData("recent(since: Date) { return this.orders.find({ createdAt: { $gte: since } }); }")]
    [InlineData("all() { return this.orders.find(); }")]
    [InlineData("matching(filter: Record<string, unknown>) { return this.orders.find(filter); }")]
    [InlineData("text(term: string) { return this.orders.find({ $text: { $search: term }, supplier: 'x' }); }")]
    [InlineData("unknownField(code: string) { return this.orders.find({ code }); }")]
    [InlineData("totals() { return this.orders.aggregate([{ $group: { _id: '$supplier', total: { $sum: '$total' } } }, { $match: { total: { $gt: 10 } } }]); }")]
    public void Valid(string members) => RuleTester.ValidProject(Rule, Project(members));

    [Theory]
    [InlineData("@Schema({ autoIndex: false })\nexport class Order {\n  @Prop() supplier: string;\n}\nexport const OrderSchema = SchemaFactory.createForClass(Order);\n")]
    [InlineData("@Schema()\nexport class Order {\n  @Prop() supplier: string;\n}\nexport const OrderSchema = SchemaFactory.createForClass(Order);\nfunction addIndexes(schema: typeof OrderSchema, fields: Record<string, 1>) {\n  schema.index(fields);\n}\naddIndexes(OrderSchema, { supplier: 1 });\n")]
    [InlineData("@Schema()\nexport class Order {\n  @Prop() supplier: string;\n}\nexport const OrderSchema = SchemaFactory.createForClass(Order);\nconst SUPPLIER = process.env.SUPPLIER_INDEX;\nOrderSchema.index(SUPPLIER as never);\n")]
    [InlineData("@Schema()\nexport class Order {\n  @Prop() supplier: string;\n}\nexport const OrderSchema = SchemaFactory.createForClass(Order);\nexport const OrderModels = [{ name: Order.name, schema: OrderSchema, discriminators: [] }];\nOrderSchema.plugin(tenantPlugin);\nexport function tenantPlugin(schema: { index(spec: object): void }) {\n  schema.index({ supplier: 1 });\n}\n")]
    public void Valid_when_the_code_does_not_show_every_index(string schema) =>
        RuleTester.ValidProject(Rule, Project("bySupplier(supplier: string) { return this.orders.find({ supplier }); }", "import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';\n" + schema));

    [Theory]
    [InlineData("src/app.module.ts", "import { Module } from '@nestjs/common';\nimport { MongooseModule } from '@nestjs/mongoose';\n@Module({ imports: [MongooseModule.forRoot('mongodb://localhost/shop', { autoIndex: false })] })\nexport class AppModule {}\n")]
    [InlineData("src/migrations/001-orders.ts", "declare const db: { collection(name: string): { createIndex(spec: object): Promise<string> } };\nexport async function up() {\n  await db.collection('orders').createIndex({ supplier: 1 });\n}\n")]
    [InlineData("src/orders/orders.module.ts", "import { Module } from '@nestjs/common';\nimport { MongooseModule } from '@nestjs/mongoose';\nimport { Order, OrderSchema } from './order.schema';\n@Module({ imports: [MongooseModule.forFeatureAsync([{ name: Order.name, useFactory: () => { const schema = OrderSchema; schema.index({ supplier: 1 }); return schema; } }])] })\nexport class OrdersModule {}\n")]
    [InlineData("src/orders/orders.module.ts", "import { Module } from '@nestjs/common';\nimport { MongooseModule } from '@nestjs/mongoose';\nimport { Order, OrderSchema } from './order.schema';\n@Module({ imports: [MongooseModule.forFeature([{ name: 'Base', schema: OrderSchema, discriminators: [{ name: Order.name, schema: OrderSchema }] }])] })\nexport class OrdersModule {}\n")]
    public void Valid_when_indexes_are_declared_outside_the_schema(string path, string code) =>
        RuleTester.ValidProject(Rule, Project("bySupplier(supplier: string) { return this.orders.find({ supplier, total: 5 }); }", extraPath: path, extra: code));

    [Fact]
    public void Valid_in_tests()
    {
        var files = Project("bySupplier(supplier: string) { return this.orders.find({ supplier }); }");
        files["src/orders/orders.repository.spec.ts"] = files["src/orders/orders.repository.ts"];
        files.Remove("src/orders/orders.repository.ts");
        RuleTester.ValidProject(Rule, files);
    }

    [Fact]
    public void An_equality_no_index_starts_with() =>
        RuleTester.InvalidProject(
            Rule,
            Project("bySupplier(supplier: string) { return [|this.orders.find({ supplier })|].sort({ email: 1 }); }"),
            "No index of `Order` serves `find orders {supplier:eq} sort {email:1}`: it reads the whole collection and sorts the matches in memory. Add the index { supplier: 1, email: 1 }.");

    [Fact]
    public void The_help_gives_the_schema_declaration_and_the_mongosh_command()
    {
        var diagnostic = Assert.Single(RuleTester.RunProject(Rule, Project("bySupplier(supplier: string) { return this.orders.find({ supplier }); }")));
        Assert.Equal("Declare it with the schema: `OrderSchema.index({ supplier: 1 });`; or create it in mongosh: `db.orders.createIndex({ supplier: 1 })`.", diagnostic.Help);
        var label = Assert.Single(diagnostic.Labels);
        Assert.Equal("src/orders/order.schema.ts", label.Path);
        Assert.StartsWith("`Order` declares { number: 1 }, ", label.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sort_no_index_gives_after_the_equality_fields() =>
        RuleTester.InvalidProject(
            Rule,
            Project("latest(customer: string) { return [|this.orders.find({ customer })|].sort({ total: -1 }).limit(10); }"),
            "No index of `Order` serves `find orders {customer:eq} sort {total:-1}`: it sorts the matches in memory. Add the index { customer: 1, total: -1 }.");

    [Fact]
    public void A_sort_without_a_filter() =>
        RuleTester.InvalidProject(
            Rule,
            Project("newest() { return [|this.orders.find()|].sort({ updatedAt: -1 }).limit(20); }"),
            "No index of `Order` serves `find orders {} sort {updatedAt:-1}`: it sorts the matches in memory. Add the index { updatedAt: -1 }.");

    [Fact]
    public void A_write_that_scans() =>
        RuleTester.InvalidProject(
            Rule,
            Project("close(email: string) { return [|this.orders.updateMany({ email }, { $set: { status: 'closed' } })|]; }"),
            "No index of `Order` serves `update orders {email:eq}`: it reads the whole collection. Add the index { email: 1 }.");

    [Fact]
    public void An_aggregation_that_starts_with_an_unindexed_match() =>
        RuleTester.InvalidProject(
            Rule,
            Project("totals(email: string) { return [|this.orders.aggregate([{ $match: { email } }, { $group: { _id: '$status', total: { $sum: '$total' } } }])|]; }"),
            "No index of `Order` serves `aggregate orders {email:eq} pipeline [$match, $group]`: it reads the whole collection. Add the index { email: 1 }.");

    [Fact]
    public void An_or_branch_without_an_index() =>
        RuleTester.InvalidProject(
            Rule,
            Project("find(customer: string, email: string) { return [|this.orders.find({ $or: [{ customer }, { email }] })|]; }"),
            "No index of `Order` serves `find orders {} or [{customer:eq} | {email:eq}]`: it reads the whole collection. Add the index { email: 1 }.");

    [Fact]
    public void A_leading_ne_field_bounds_nothing_by_itself() =>
        RuleTester.InvalidProject(
            Rule,
            Project("active(status: string) { return [|this.orders.find({ isDeleted: { $ne: true }, email: status })|]; }"),
            "No index of `Order` serves `find orders {email:eq, isDeleted:not}`: it reads the whole collection. Add the index { email: 1 }.");

    [Fact]
    public void A_schema_built_with_new_schema()
    {
        const string Constructed = """
            import { Schema } from 'mongoose';

            export class Order {
              supplier!: string;
            }

            export const OrderSchema = new Schema({
              supplier: String,
              address: { city: { type: String, index: true } },
            });
            """;
        var files = Project("bySupplier(supplier: string) { return [|this.orders.find({ supplier })|]; }\ncity(city: string) { return this.orders.find({ 'address.city': city }); }", Constructed);
        RuleTester.InvalidProject(Rule, files, "No index of `Order` serves `find orders {supplier:eq}`: it reads the whole collection. Add the index { supplier: 1 }.");
    }

    [Fact]
    public void A_typegoose_class_gets_an_index_decorator_in_the_help()
    {
        const string Typegoose = """
            import { index, prop } from '@typegoose/typegoose';

            @index({ customer: 1 })
            export class Order {
              @prop() customer: string;
              @prop() supplier: string;
            }
            """;
        var files = Project("bySupplier(supplier: string) { return this.orders.find({ supplier }); }\nbyCustomer(customer: string) { return this.orders.find({ customer }); }", Typegoose);
        var diagnostic = Assert.Single(RuleTester.RunProject(Rule, files));
        Assert.Equal("No index of `Order` serves `find orders {supplier:eq}`: it reads the whole collection. Add the index { supplier: 1 }.", diagnostic.Message);
        Assert.Equal("Declare it with the schema: `@index({ supplier: 1 })` on class `Order`; or create it in mongosh: `db.orders.createIndex({ supplier: 1 })`.", diagnostic.Help);
    }

    [Fact]
    public void A_model_injected_into_a_class_property() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/orders/order.schema.ts"] = Schema,
                ["src/orders/orders.repository.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { InjectModel } from '@nestjs/mongoose';
                    import { Model } from 'mongoose';
                    import { Order } from './order.schema';

                    @Injectable()
                    export class OrdersRepository {
                      @InjectModel(Order.name) private readonly orders: Model<Order>;

                      byEmail(email: string) {
                        return [|this.orders.find({ email })|];
                      }

                      byNumber(number: string) {
                        return this.orders.findOne({ number });
                      }
                    }
                    """,
            },
            "No index of `Order` serves `find orders {email:eq}`: it reads the whole collection. Add the index { email: 1 }.");
}
