using Nestor.Rules.Mongo;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Mongo;

public sealed class NPlusOneQueryTests
{
    private static readonly NPlusOneQuery Rule = new();

    private const string Schema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
        import { Document, HydratedDocument } from 'mongoose';

        export enum ProductStatus {
          Draft = 'draft',
          Active = 'active',
        }

        @Schema()
        export class Product {
          @Prop() name: string;
          @Prop() code: string;
          @Prop() status: string;
          @Prop() price: number;
        }

        export const ProductSchema = SchemaFactory.createForClass(Product);

        export type ProductDocument = HydratedDocument<Product>;

        export type LegacyProduct = Product & Document;

        export interface ProductRecord extends Document {
          name: string;
        }
        """;

    private const string Repository = """
        import { Injectable } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import { Model } from 'mongoose';
        import { Product } from './product.schema';

        @Injectable()
        export class ProductsRepository {
          constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

          findById(id: string) {
            return this.products.findById(id).exec();
          }

          findByIds(ids: string[]) {
            return this.products.find({ _id: { $in: ids } }).exec();
          }

          page(skip: number) {
            return this.products.find().skip(skip).limit(100).exec();
          }

          touch(id: string) {
            return this.products.updateOne({ _id: id }, { $set: { touchedAt: new Date() } }).exec();
          }

          drafts() {
            return this.products.find({ status: 'draft' }).sort({ name: 1 }).exec();
          }

          plain() {
            return this.products.find().lean().exec();
          }
        }
        """;

    private const string Seed = """
        export const SEED = [
          { name: 'Phones', items: [{ name: 'A1', price: 100 }, { name: 'B2', price: 200 }] },
          { name: 'Tablets', items: [{ name: 'T1', price: 300 }] },
        ];

        export const STATUSES = ['draft', 'active'] as const;
        """;

    private static Dictionary<string, string> Project(string members) => new()
    {
        ["src/products/product.schema.ts"] = Schema,
        ["src/products/products.repository.ts"] = Repository,
        ["src/products/seed.ts"] = Seed,
        ["src/orders/orders.service.ts"] = $$"""
            import { Injectable } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            import { LegacyProduct, Product, ProductDocument, ProductRecord, ProductStatus } from '../products/product.schema';
            import { ProductsRepository } from '../products/products.repository';
            import { SEED, STATUSES } from '../products/seed';

            declare function sleep(ms: number): Promise<void>;
            declare function generate(): string;
            declare function deliver(id: string): Promise<void>;

            @Injectable()
            export class OrdersService {
              constructor(
                @InjectModel(Product.name) private readonly products: Model<Product>,
                private readonly repository: ProductsRepository,
              ) {}

            {{members}}
            }
            """,
    };

    private static string Message(string call, string loop, string? through = null) =>
        $"`{call}(...)` runs a database query{(through is null ? "" : $" (through {through})")} on every {(loop.EndsWith("callback", StringComparison.Ordinal) ? "call" : "iteration")} of this {loop}.";

    [Theory]
    [InlineData("async one(id: string) { return this.products.findById(id); }")]
    [InlineData("async chunks(chunks: string[][]) { for (const chunk of chunks) { await this.products.find({ _id: { $in: chunk } }); } }")]
    [InlineData("async chunks(chunks: string[][]) { for (const chunk of chunks) { await this.repository.findByIds(chunk); } }")]
    [InlineData("async all() { let hasMore = true; let skip = 0; while (hasMore) { const page = await this.products.find().skip(skip).limit(100); hasMore = page.length === 100; skip += 100; } }")]
    [InlineData("async all(pages: number) { for (let page = 0; page < pages; page++) { await this.repository.page(page * 100); } }")]
    [InlineData("async all() { let last = ''; for (;;) { const batch = await this.products.find({ _id: { $gt: last } }).limit(100); if (batch.length === 0) break; last = batch[batch.length - 1].id; } }")]
    [InlineData("async all() { let total = 0; for await (const product of this.products.find().cursor()) { total += product.price; } return total; }")]
    [InlineData("async names() { const names: string[] = []; for (const product of await this.products.find()) { names.push(product.name); } return names; }")]
    [InlineData("async retry(id: string, retries: number) { let last: unknown; for (let attempt = 0; attempt < retries; attempt++) { try { return await this.products.findById(id); } catch (error) { last = error; } } throw last; }")]
    [InlineData("async retry(id: string, retries: number) { let done = false; let attempts = 0; while (!done && attempts < retries) { try { await this.repository.touch(id); done = true; } catch { attempts++; } } }")]
    [InlineData("async unique() { let code = generate(); while (await this.products.exists({ code })) { code = generate(); } return code; }")]
    [InlineData("async unique() { let code = ''; let taken = true; do { code = generate(); taken = !!(await this.products.exists({ code })); } while (taken); return code; }")]
    [InlineData("async unique() { let code = ''; let used = true; while (used) { code = generate(); used = await this.isUsed(code); } return code; }\nprivate async isUsed(code: string) { return !!(await this.products.findOne({ code })); }")]
    [InlineData("async work() { while (true) { const job = await this.products.findOneAndUpdate({ status: 'queued' }, { status: 'running' }); if (!job) break; } }")]
    [InlineData("async poll(id: string, deadline: number) { while (Date.now() < deadline) { const product = await this.products.findById(id); if (product?.status === 'active') return product; await sleep(500); } return null; }")]
    [InlineData("async counts() { for (const status of ['draft', 'active']) { await this.products.countDocuments({ status }); } }")]
    [InlineData("async counts() { return Promise.all(Object.values(ProductStatus).map((status) => this.products.countDocuments({ status }))); }")]
    [InlineData("async counts() { return Promise.all(STATUSES.map((status) => this.products.countDocuments({ status }))); }")]
    [InlineData("async counts() { const statuses = ['draft', 'active']; for (const status of statuses) { await this.products.countDocuments({ status }); } }")]
    [InlineData("async seed() { for (let i = 0; i < 3; i++) { await this.products.create({ name: `p${i}` }); } }")]
    [InlineData("async seed() { for (const category of SEED) { for (let i = 0; i < category.items.length; i++) { const item = category.items[i]; await this.products.create({ name: item.name, price: item.price }); } } }")]
    [InlineData("async throttled(ids: string[]) { for (const id of ids) { await this.repository.touch(id); await sleep(1000); } }")]
    [InlineData("async throttled(ids: string[]) { for (const id of ids) { await this.repository.touch(id); await new Promise((resolve) => setTimeout(resolve, 1000)); } }")]
    [InlineData("later(ids: string[]) { const loaders: (() => Promise<unknown>)[] = []; for (const id of ids) { loaders.push(() => this.products.findById(id)); } return loaders; }")]
    [InlineData("async first(ids: string[]) { for (const id of ids) { const product = await this.products.findById(id); return product; } return null; }")]
    [InlineData("prices(products: Product[]) { return products.map((product) => product.price * 2); }")]
    [InlineData("async send(ids: string[]) { for (const id of ids) { try { await deliver(id); } catch (error) { await this.repository.touch(id); } } }\nprivate async deliverAll(ids: string[]) { for (const id of ids) { await this.deliverOne(id); } }\nprivate async deliverOne(id: string) { try { await deliver(id); } catch { await this.products.updateOne({ _id: id }, { $set: { status: 'failed' } }); } }")]
    [InlineData("async byCode(items: { code: string }[]) { const found: Record<string, unknown> = {}; for (const item of items) { if (found[item.code]) continue; const product = await this.products.findOne({ code: item.code }); found[item.code] = product; } return found; }")]
    [InlineData("async byCode(items: { code: string }[]) { const found = new Map<string, unknown>(); for (const item of items) { if (!found.has(item.code)) { found.set(item.code, await this.products.findOne({ code: item.code })); } } return found; }")]
    [InlineData("async byCode(items: { code: string }[]) { const found: Record<string, unknown> = {}; for (const item of items) { found[item.code] ??= await this.products.findOne({ code: item.code }); } return found; }")]
    [InlineData("async flush(items: { save(): Promise<void> }[]) { for (const item of items) { await item.save(); } }")]
    [InlineData("async apply(products: Product[]) { for (const product of products) { await (product as any).save(); } }")]
    [InlineData("async apply(products: Product[]) { for (const product of products) { await (product as unknown as ProductDocument).save(); } }")]
    [InlineData("async sync(clients: { updateOne(filter: object): Promise<void> }[]) { for (const client of clients) { await client.updateOne({}); } }")]
    [InlineData("async reprice() { const products = await this.products.find().lean(); for (const product of products) { await (product as any).save(); } }")]
    [InlineData("async reprice() { const products = await this.products.find({}, null, { lean: true }); for (const product of products) { await product.save(); } }")]
    [InlineData("async reprice() { const products = await this.repository.plain(); for (const product of products) { await (product as any).save(); } }")]
    [InlineData("async totals() { const rows = await this.products.aggregate([{ $match: { status: 'draft' } }]); for (const row of rows) { await row.save(); } }")]
    [InlineData("async reprice() { for await (const product of this.products.find().cursor()) { product.price *= 2; await product.save(); } }")]
    [InlineData("async reprice() { await this.products.find().cursor().eachAsync(async (product: ProductDocument) => { product.price *= 2; await product.save(); }); }")]
    [InlineData("async rename(code: string, name: string) { const products = await this.products.find(); for (const product of products) { if (product.code === code) { product.name = name; await product.save(); return; } } }")]
    [InlineData("async reprice() { const products = await this.products.find(); for (const product of products) { product.price *= 2; } await this.products.bulkSave(products); }")]
    [InlineData("async reprice() { let products: any[] = await this.products.find(); products = products.map(() => ({ save: async () => undefined })); for (const product of products) { await product.save(); } }")]
    [InlineData("async reprice(product: ProductDocument) { product.price *= 2; await product.save(); }")]
    [InlineData("async reprice() { const products = await this.products.find(); const names = products.map((product) => product.name); for (const name of names) { await (name as any).save(); } }")]
    public void Valid(string members) => RuleTester.ValidProject(Rule, Project(members));

    [Fact]
    public void A_model_query_in_a_for_of_loop() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async prices(ids: string[]) { const prices: number[] = []; for (const id of ids) { const product = await [|this.products.findById(id)|]; prices.push(product!.price); } return prices; }"),
            Message("this.products.findById", "`for...of` loop"));

    [Fact]
    public void A_repository_method_in_a_loop_is_followed_to_its_query()
    {
        var files = Project("async load(ids: string[]) { for (const id of ids) { await [|this.repository.findById(id)|]; } }");
        RuleTester.InvalidProject(Rule, files, Message("this.repository.findById", "`for...of` loop", "`ProductsRepository.findById` → `Product.findById`"));
        var diagnostic = Assert.Single(RuleTester.RunProject(Rule, Strip(files)));
        Assert.Equal(
            [("src/orders/orders.service.ts", "this `for...of` loop runs once per item"), ("src/products/products.repository.ts", "the query: `Product.findById`")],
            diagnostic.Labels.Select(label => (label.Path, label.Message)));
        Assert.StartsWith("Load what the loop needs before it with one query — `find({ _id: { $in: ids } })`", diagnostic.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_callback_of_promise_all_over_map() =>
        RuleTester.InvalidProject(
            Rule,
            Project("load(ids: string[]) { return Promise.all(ids.map(async (id) => [|this.repository.findById(id)|])); }"),
            Message("this.repository.findById", "`.map()` callback", "`ProductsRepository.findById` → `Product.findById`"));

    [Fact]
    public void A_write_in_a_for_each_callback_asks_for_a_bulk_write()
    {
        var files = Project("touchAll(ids: string[]) { ids.forEach((id) => { void [|this.products.updateOne({ _id: id }, { $set: { status: 'seen' } })|]; }); }");
        RuleTester.InvalidProject(Rule, files, Message("this.products.updateOne", "`.forEach()` callback"));
        Assert.StartsWith("Send the writes together: one `bulkWrite([...])`", Assert.Single(RuleTester.RunProject(Rule, Strip(files))).Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_helper_of_the_same_class_that_queries() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async load(ids: string[]) { const found = []; for (let i = 0; i < ids.length; i++) { found.push(await [|this.loadOne(ids[i])|]); } return found; }\nprivate loadOne(id: string) { return this.products.findById(id); }"),
            Message("this.loadOne", "`for` loop", "`OrdersService.loadOne` → `Product.findById`"));

    [Fact]
    public void A_while_loop_draining_a_queue() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async drain(queue: string[]) { while (queue.length > 0) { const id = queue.shift()!; await [|this.products.deleteOne({ _id: id })|]; } }"),
            Message("this.products.deleteOne", "`while` loop"));

    [Fact]
    public void Writing_an_item_back_into_the_array_does_not_make_the_loop_driven_by_its_queries() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async resolve(steps: { code?: string }[]) { for (let i = 0; i < steps.length; i += 1) { const step = steps[i]; const product = await [|this.products.findOne({ code: step.code })|]; if (!product) { step.code = undefined; steps[i] = step; continue; } step.code = product.code; } }"),
            Message("this.products.findOne", "`for` loop"));

    [Fact]
    public void A_return_inside_a_callback_run_in_the_loop_does_not_end_the_loop() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async rename(ids: string[], session: { withTransaction(work: () => Promise<unknown>): Promise<void> }) { for (const id of ids) { await session.withTransaction(async () => { return [|this.products.updateOne({ _id: id }, { $set: { name: 'x' } })|]; }); } }"),
            Message("this.products.updateOne", "`for...of` loop"));

    [Fact]
    public void A_loop_that_stops_at_the_first_match_still_queries_once_per_item() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async firstActive(ids: string[]) { for (const id of ids) { const product = await [|this.products.findById(id)|]; if (product?.status === 'active') { return product; } } return null; }"),
            Message("this.products.findById", "`for...of` loop"));

    [Fact]
    public void One_finding_per_loop_with_the_other_queries_labelled()
    {
        var files = Project("async sync(ids: string[]) { for (const id of ids) { const product = await [|this.repository.findById(id)|]; if (product) { await this.repository.touch(id); } } }");
        RuleTester.InvalidProject(Rule, files, Message("this.repository.findById", "`for...of` loop", "`ProductsRepository.findById` → `Product.findById`"));
        var diagnostic = Assert.Single(RuleTester.RunProject(Rule, Strip(files)));
        Assert.Contains(diagnostic.Labels, label => label.Message == "another query on every iteration");
        Assert.Contains("bulkWrite", diagnostic.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_over_a_fixed_set_inside_a_loop_over_items_counts_for_the_outer_loop() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async counts(codes: string[]) { for (const code of codes) { for (const status of ['draft', 'active']) { await [|this.products.countDocuments({ code, status })|]; } } }"),
            Message("this.products.countDocuments", "`for...of` loop"));

    [Fact]
    public void Inserting_one_document_per_item_asks_for_insert_many()
    {
        var files = Project("async import(names: string[]) { for (const name of names) { await [|new this.products({ name }).save()|]; } }");
        RuleTester.InvalidProject(Rule, files, Message(".save", "`for...of` loop"));
        Assert.StartsWith("Insert the documents together with one `insertMany([...])`", Assert.Single(RuleTester.RunProject(Rule, Strip(files))).Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_kept_in_a_field_assigned_in_the_constructor() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/products/product.schema.ts"] = Schema,
                ["src/products/catalogue.service.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { InjectModel } from '@nestjs/mongoose';
                    import { Model } from 'mongoose';
                    import { Product } from './product.schema';

                    @Injectable()
                    export class CatalogueService {
                      private readonly model: Model<Product>;

                      constructor(@InjectModel(Product.name) model: Model<Product>) {
                        this.model = model;
                      }

                      async rename(ids: string[]) {
                        for (const id of ids) {
                          await [|this.model.findByIdAndUpdate(id, { name: 'x' })|];
                        }
                      }
                    }
                    """,
            },
            Message("this.model.findByIdAndUpdate", "`for...of` loop"));

    [Fact]
    public void A_repository_behind_an_abstract_class_bound_with_use_class() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/products/product.schema.ts"] = Schema,
                ["src/products/product.repository.ts"] = """
                    export abstract class ProductRepository {
                      abstract findById(id: string): Promise<unknown>;
                    }
                    """,
                ["src/products/mongo-product.repository.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { InjectModel } from '@nestjs/mongoose';
                    import { Model } from 'mongoose';
                    import { Product } from './product.schema';
                    import { ProductRepository } from './product.repository';

                    @Injectable()
                    export class MongoProductRepository implements ProductRepository {
                      constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

                      findById(id: string) {
                        return this.products.findById(id).exec();
                      }
                    }
                    """,
                ["src/products/products.module.ts"] = """
                    import { Module } from '@nestjs/common';
                    import { MongooseModule } from '@nestjs/mongoose';
                    import { Product, ProductSchema } from './product.schema';
                    import { ProductRepository } from './product.repository';
                    import { MongoProductRepository } from './mongo-product.repository';
                    import { ProductsService } from './products.service';

                    @Module({
                      imports: [MongooseModule.forFeature([{ name: Product.name, schema: ProductSchema }])],
                      providers: [ProductsService, { provide: ProductRepository, useClass: MongoProductRepository }],
                    })
                    export class ProductsModule {}
                    """,
                ["src/products/products.service.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { ProductRepository } from './product.repository';

                    @Injectable()
                    export class ProductsService {
                      constructor(private readonly repository: ProductRepository) {}

                      async load(ids: string[]) {
                        return Promise.all(ids.map((id) => [|this.repository.findById(id)|]));
                      }
                    }
                    """,
            },
            Message("this.repository.findById", "`.map()` callback", "`MongoProductRepository.findById` → `Product.findById`"));

    [Fact]
    public void A_repository_injected_with_a_token() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/products/product.schema.ts"] = Schema,
                ["src/products/products.repository.ts"] = Repository,
                ["src/products/products.module.ts"] = """
                    import { Module } from '@nestjs/common';
                    import { ProductsRepository } from './products.repository';
                    import { ProductsService, PRODUCTS } from './products.service';

                    @Module({ providers: [ProductsService, { provide: PRODUCTS, useClass: ProductsRepository }] })
                    export class ProductsModule {}
                    """,
                ["src/products/products.service.ts"] = """
                    import { Inject, Injectable } from '@nestjs/common';

                    export const PRODUCTS = 'PRODUCTS';

                    export interface ProductLookup {
                      findById(id: string): Promise<unknown>;
                    }

                    @Injectable()
                    export class ProductsService {
                      constructor(@Inject(PRODUCTS) private readonly lookup: ProductLookup) {}

                      async load(ids: string[]) {
                        const found = [];
                        for (const id of ids) {
                          found.push(await [|this.lookup.findById(id)|]);
                        }
                        return found;
                      }
                    }
                    """,
            },
            Message("this.lookup.findById", "`for...of` loop", "`ProductsRepository.findById` → `Product.findById`"));

    [Fact]
    public void Saving_each_document_of_a_find_asks_for_a_bulk_write()
    {
        var files = Project("async archive() { const products = await this.products.find({ status: 'draft' }); for (const product of products) { product.status = 'archived'; await [|product.save()|]; } }");
        RuleTester.InvalidProject(Rule, files, Message("product.save", "`for...of` loop"));
        Assert.StartsWith("Write the documents together instead of one `save()` or `deleteOne()` each: one `bulkWrite([...])` with an `updateOne`", Assert.Single(RuleTester.RunProject(Rule, Strip(files))).Help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("async purge() { const products = await this.products.find({ status: 'draft' }).exec(); for (const product of products) { await [|product.deleteOne()|]; } }", "product.deleteOne", "`for...of` loop")]
    [InlineData("async purge() { const drafts = await this.repository.drafts(); await Promise.all(drafts.map((product) => [|product.deleteOne()|])); }", "product.deleteOne", "`.map()` callback")]
    [InlineData("async activate() { const products = await this.products.find().populate('category'); products.forEach((product) => { void [|product.updateOne({ $set: { status: 'active' } })|]; }); }", "product.updateOne", "`.forEach()` callback")]
    [InlineData("async purge() { const products = await this.products.find(); for (let i = 0; i < products.length; i++) { await [|products[i].remove()|]; } }", ".remove", "`for` loop")]
    [InlineData("async purge() { const products = await this.products.find(); let i = 0; while (i < products.length) { await [|products[i].save()|]; i++; } }", ".save", "`while` loop")]
    [InlineData("async archive(products: ProductDocument[]) { for (const product of products) { product.status = 'archived'; await [|product.save()|]; } }", "product.save", "`for...of` loop")]
    [InlineData("archive(items: unknown[]) { return Promise.all(items.map((product: LegacyProduct) => [|product.save()|])); }", "product.save", "`.map()` callback")]
    [InlineData("async archive(records: Array<ProductRecord>) { for (const record of records) { await [|record.deleteOne()|]; } }", "record.deleteOne", "`for...of` loop")]
    [InlineData("async reprice() { const products = await this.products.find(); for (const product of products.filter((p) => p.price > 0)) { product.price *= 2; await [|product.save()|]; } }", "product.save", "`for...of` loop")]
    [InlineData("async reprice() { for (const product of await this.loadActive()) { product.price *= 2; await [|product.save()|]; } }\nprivate async loadActive() { const found = await this.products.find({ status: 'active' }); return found; }", "product.save", "`for...of` loop")]
    [InlineData("async reprice(ids: string[]) { for (const id of ids) { const product: ProductDocument | null = this.cached(id); if (product) { product.price *= 2; await [|product.save()|]; } } }\nprivate cached(id: string): ProductDocument | null { return null; }", "product.save", "`for...of` loop")]
    public void A_write_through_each_document_of_a_loop(string members, string call, string loop) =>
        RuleTester.InvalidProject(Rule, Project(members), Message(call, loop));

    [Fact]
    public void Saving_a_new_document_per_item_asks_for_insert_many()
    {
        var files = Project("async import(names: string[]) { for (const name of names) { const product = new this.products({ name }); await [|product.save()|]; } }");
        RuleTester.InvalidProject(Rule, files, Message("product.save", "`for...of` loop"));
        Assert.StartsWith("Insert the documents together with one `insertMany([...])`", Assert.Single(RuleTester.RunProject(Rule, Strip(files))).Help, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_new_documents_made_by_a_map_asks_for_insert_many() =>
        RuleTester.InvalidProject(
            Rule,
            Project("async import(names: string[]) { const products = names.map((name) => new this.products({ name })); return Promise.all(products.map((product) => [|product.save()|])); }"),
            Message("product.save", "`.map()` callback"));

    [Fact]
    public void Saving_one_document_on_every_iteration_asks_to_save_it_once_after_the_loop()
    {
        var files = Project("async tag(id: string, tags: string[]) { const product = await this.products.findById(id); for (const tag of tags) { product!.code = tag; await [|product!.save()|]; } }");
        RuleTester.InvalidProject(Rule, files, Message("product.save", "`for...of` loop"));
        Assert.Equal("The loop writes the same document on every iteration: change it in the loop and write it once after the loop.", Assert.Single(RuleTester.RunProject(Rule, Strip(files))).Help);
    }

    [Fact]
    public void Saving_a_document_loaded_in_the_loop_is_labelled_with_its_query()
    {
        var files = Project("async reprice(ids: string[]) { for (const id of ids) { const product = await [|this.products.findById(id)|]; if (product) { product.price *= 2; await product.save(); } } }");
        RuleTester.InvalidProject(Rule, files, Message("this.products.findById", "`for...of` loop"));
        var diagnostic = Assert.Single(RuleTester.RunProject(Rule, Strip(files)));
        Assert.Contains(diagnostic.Labels, label => label.Message == "another query on every iteration");
        Assert.Contains("one `bulkWrite([...])` with an `updateOne`", diagnostic.Help, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_injected_into_a_class_property() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/products/product.schema.ts"] = Schema,
                ["src/products/catalogue.service.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { InjectModel } from '@nestjs/mongoose';
                    import { Model } from 'mongoose';
                    import { Product, ProductDocument } from './product.schema';

                    @Injectable()
                    export class CatalogueService {
                      @InjectModel(Product.name) private readonly catalogue: Model<ProductDocument>;

                      async archive() {
                        const products = await this.catalogue.find({ status: 'draft' });
                        for (const product of products) {
                          await [|product.deleteOne()|];
                        }
                      }

                      async prices(ids: string[]) {
                        return Promise.all(ids.map((id) => [|this.catalogue.findById(id)|]));
                      }
                    }
                    """,
            },
            Message("product.deleteOne", "`for...of` loop"),
            Message("this.catalogue.findById", "`.map()` callback"));

    [Theory]
    [InlineData("src/orders/orders.service.spec.ts")]
    [InlineData("src/seeds/orders-seed.service.ts")]
    [InlineData("src/migrations/1700000000000-backfill-prices.ts")]
    public void Code_that_runs_once_is_not_reviewed(string path)
    {
        var files = Project("async prices(ids: string[]) { for (const id of ids) { await this.products.findById(id); } }");
        var service = files["src/orders/orders.service.ts"];
        files.Remove("src/orders/orders.service.ts");
        files[path] = service;
        RuleTester.ValidProject(Rule, files);
    }

    private static Dictionary<string, string> Strip(IReadOnlyDictionary<string, string> files) =>
        files.ToDictionary(pair => pair.Key, pair => Markup.Parse(pair.Value).Text);
}
