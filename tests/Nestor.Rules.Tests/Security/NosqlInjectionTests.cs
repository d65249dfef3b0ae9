using Nestor.Rules.Security;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Security;

public sealed class NosqlInjectionTests
{
    private static readonly NosqlInjection Rule = new();

    private const string UserSchema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

        @Schema()
        export class User {
          @Prop() email!: string;
          @Prop() status!: string;
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        """;

    private const string Dto = """
        import { IsEmail, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
        import { Type } from 'class-transformer';

        export class FindUserDto {
          @IsEmail() email!: string;
          @IsOptional() @IsString() status?: string;
        }

        export class SearchUsersDto {
          @IsOptional() @IsString() term?: string;
          @IsOptional() @IsObject() filter?: Record<string, unknown>;
          @IsString() owner: any;
          @ValidateNested() @Type(() => FindUserDto) nested!: FindUserDto;
        }

        export interface LoginInput {
          email: string;
          password: string;
        }
        """;

    /// <summary>A controller whose one handler is <paramref name="handler"/>, with a model injected (for the shortest flows).</summary>
    private static Dictionary<string, string> Controller(string handler, string imports = "") => new()
    {
        ["src/users/user.schema.ts"] = UserSchema,
        ["src/users/dto.ts"] = Dto,
        ["src/users/users.controller.ts"] = $$"""
            import { Body, Controller, Delete, Get, Param, Post, Query, Req, UsePipes } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model, Types } from 'mongoose';
            import { User } from './user.schema';
            import { FindUserDto, LoginInput, SearchUsersDto } from './dto';
            {{imports}}

            @Controller('users')
            export class UsersController {
              constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

            {{handler}}
            }
            """,
    };

    [Theory]
    [InlineData("@Get() find(@Query() dto: FindUserDto) { return this.users.find({ email: dto.email, status: dto.status }); }")]
    [InlineData("@Get() find(@Query() dto: FindUserDto) { return this.users.find(dto); }")]
    [InlineData("@Get() find(@Query('status') status: string) { return this.users.find({ status }); }")]
    [InlineData("@Get(':id') find(@Param() params: any) { return this.users.find(params); }")]
    [InlineData("@Get() find(@Query() q: any) { return this.users.find({ email: String(q.email), status: `${q.status}` }); }")]
    [InlineData("@Get() find(@Query() q: any) { return this.users.find({ email: { $eq: q.email }, status: { $in: q.statuses } }); }")]
    [InlineData("@Get() find(@Query() q: any) { return this.users.findById(new Types.ObjectId(q.id)); }")]
    [InlineData("@Get() find(@Query() q: any) { return this.users.find(sanitize(q)); }")]
    [InlineData("@Get() find(@Query() q: any) { return this.users.find({ status: 'active' }).limit(q.limit).sort(q.sort); }")]
    [InlineData("@Get() find(@Query('id', ParseObjectIdPipe) id: any) { return this.users.findById(id); }")]
    [InlineData("@Get() @UsePipes(new ZodValidationPipe(schema)) find(@Query() q: any) { return this.users.find(q); }")]
    [InlineData("@Post() create(@Body() body: any) { return this.users.create(body); }")]
    [InlineData("@Post() rename(@Body() body: any) { return this.users.updateOne({ email: 'a@b.c' }, { $set: { name: String(body.name) } }); }")]
    [InlineData("@Get() find(@Query() q: Record<string, string>) { const { page, ...rest } = q; return this.users.find({ status: 'active' }).skip(Number(page)); }")]
    [InlineData("@Get() find(@Query() q: any) { const filter = { ...q, email: 'x' }; return this.users.find({ email: filter.email }); }")]
    [InlineData("@Post() search(@Body() dto: SearchUsersDto) { return this.users.find({ owner: dto.owner, name: dto.term, email: dto.nested.email }); }")]
    [InlineData("@Get() find(@Query() q: any) { if (typeof q.email !== 'string') { throw new Error('email'); } return this.users.findOne({ email: q.email }); }")]
    [InlineData("@Get() find(@Query('id') id: any) { if (!isValidObjectId(id)) { throw new Error('id'); } return this.users.findById(id); }")]
    public void Valid(string handler) => RuleTester.ValidProject(Rule, Controller(handler));

    [Theory]
    [InlineData("@Get() find(@Query() [|q|]: any) { return this.users.find(q); }", "The request value 'q' (@Query(), typed any) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]) { return this.users.find(q); }", null)]
    [InlineData("@Post() login(@Body('email') [|email|]: any) { return this.users.findOne({ email }); }", "The request value 'email' (@Body('email'), typed any) reaches the filter of findOne() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() login(@Body() [|input|]: LoginInput) { return this.users.findOne({ email: input.email }); }", "The request value 'input' (@Body(), typed LoginInput) reaches the filter of findOne() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]: Partial<FindUserDto>) { return this.users.countDocuments({ ...q, status: 'active' }); }", "The request value 'q' (@Query(), typed Partial<FindUserDto>) reaches the filter of countDocuments() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]: { email?: string }) { const filter: Record<string, unknown> = {}; if (q.email) { filter.email = q.email; } return this.users.find(filter); }", "The request value 'q' (@Query(), typed { email?: string }) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() run(@Body() [|body|]: object) { return this.users.find({ $where: (body as any).code }); }", "The request value 'body' (@Body(), typed object) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() stats(@Query() [|q|]: any) { return this.users.aggregate([{ $match: q }, { $count: 'n' }]); }", "The request value 'q' (@Query(), typed any) reaches the pipeline of aggregate() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() login(@Req() [|req|]: Request) { return this.users.findOne({ email: req.body.email }); }", "The request value 'req' (@Req(), typed Request) reaches the filter of findOne() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() login(@Req() [|{ body }|]: Request) { return this.users.findOne({ email: body.email }); }", "The request value '{ body }' (@Req(), typed Request) reaches the filter of findOne() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]: any) { return this.users.find(Object.fromEntries(Object.entries(q))); }", "The request value 'q' (@Query(), typed any) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]: any) { const filter: any = {}; for (const [key, value] of Object.entries(q)) { filter[key] = value; } return this.users.find(filter); }", "The request value 'q' (@Query(), typed any) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Get() find(@Query() [|q|]: any) { return this.users.find({ status: 'active' }).where(q); }", "The request value 'q' (@Query(), typed any) reaches the filter of where() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() search(@Body() [|dto|]: SearchUsersDto) { return this.users.find({ ...dto.filter, owner: dto.owner }); }", "The request value 'dto' (@Body(), typed SearchUsersDto, whose 'filter' no validator checks) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Post() run(@Body('code') [|code|]: unknown) { return this.users.find({ status: 'active' }).$where(code as string); }", "The request value 'code' (@Body('code'), typed unknown) reaches $where on User unvalidated: the client can choose query operators and fields.")]
    [InlineData("@Delete(':id') remove(@Body('id') [|id|]: any) { return this.users.findByIdAndDelete(id); }", "The request value 'id' (@Body('id'), typed any) reaches the id of findByIdAndDelete() on User unvalidated: the client can choose query operators and fields.")]
    public void Invalid_in_the_handler(string handler, string? message) =>
        RuleTester.InvalidProject(Rule, Controller(handler), message ?? "The request value 'q' (@Query(), untyped) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.");

    [Fact]
    public void Through_a_service_and_a_repository_with_the_chain_as_labels()
    {
        var files = new Dictionary<string, string>
        {
            ["src/products/product.schema.ts"] = """
                import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

                @Schema()
                export class Product {
                  @Prop() status!: string;
                }

                export const ProductSchema = SchemaFactory.createForClass(Product);
                """,
            ["src/products/products.repository.ts"] = """
                import { Injectable } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';
                import { Product } from './product.schema';

                @Injectable()
                export class ProductsRepository {
                  constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

                  findMatching(filter: Record<string, unknown>) {
                    return this.products.find(filter).limit(100).exec();
                  }
                }
                """,
            ["src/products/products.service.ts"] = """
                import { Injectable } from '@nestjs/common';
                import { ProductsRepository } from './products.repository';

                @Injectable()
                export class ProductsService {
                  constructor(private readonly repository: ProductsRepository) {}

                  async lookup(filter: Record<string, unknown>) {
                    const products = await this.repository.findMatching(filter);
                    return products.map((product) => product.status);
                  }
                }
                """,
            ["src/products/products.controller.ts"] = """
                import { Controller, Get, Query } from '@nestjs/common';
                import { ProductsService } from './products.service';

                @Controller('products')
                export class ProductsController {
                  constructor(private readonly productsService: ProductsService) {}

                  @Get('lookup')
                  lookup(@Query() [|query|]: Record<string, unknown>) {
                    return this.productsService.lookup(query);
                  }
                }
                """,
        };
        RuleTester.InvalidProject(Rule, files, "The request value 'query' (@Query(), typed Record<string, unknown>) reaches the filter of find() on Product through ProductsService.lookup → ProductsRepository.findMatching unvalidated: the client can choose query operators and fields.");

        var finding = Assert.Single(RuleTester.RunProject(Rule, files.ToDictionary(p => p.Key, p => p.Value.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal))));
        Assert.Equal(
            [
                ("src/products/products.controller.ts", "this.productsService.lookup(query)", "passed to ProductsService.lookup()"),
                ("src/products/products.service.ts", "this.repository.findMatching(filter)", "passed to ProductsRepository.findMatching()"),
                ("src/products/products.repository.ts", "filter", "used as the filter of find() on Product here"),
            ],
            finding.Labels.Select(label => (label.Path, files[label.Path].Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal).Substring(label.Span.Start, label.Span.Length), label.Message)));
    }

    [Fact]
    public void Through_a_use_class_provider_a_helper_and_a_generic_base_repository() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["src/common/base.repository.ts"] = """
                    import { Model } from 'mongoose';

                    export abstract class BaseRepository<T> {
                      constructor(protected readonly model: Model<T>) {}

                      findAll(filter: object) {
                        return this.model.find(filter).lean();
                      }
                    }
                    """,
                ["src/users/users.repository.ts"] = """
                    import { BaseRepository } from '../common/base.repository';
                    import { User } from './user.schema';

                    export abstract class UsersRepository extends BaseRepository<User> {}
                    """,
                ["src/users/mongo-users.repository.ts"] = """
                    import { Injectable } from '@nestjs/common';
                    import { InjectModel } from '@nestjs/mongoose';
                    import { Model } from 'mongoose';
                    import { UsersRepository } from './users.repository';
                    import { User } from './user.schema';

                    @Injectable()
                    export class MongoUsersRepository extends UsersRepository {
                      constructor(@InjectModel(User.name) model: Model<User>) {
                        super(model);
                      }
                    }
                    """,
                ["src/users/user.schema.ts"] = UserSchema,
                ["src/users/users.module.ts"] = """
                    import { Module } from '@nestjs/common';
                    import { UsersController } from './users.controller';
                    import { UsersRepository } from './users.repository';
                    import { MongoUsersRepository } from './mongo-users.repository';

                    @Module({
                      controllers: [UsersController],
                      providers: [{ provide: UsersRepository, useClass: MongoUsersRepository }],
                    })
                    export class UsersModule {}
                    """,
                ["src/users/filters.ts"] = """
                    export function toFilter(search: Record<string, string>) {
                      const { page, limit, ...fields } = search;
                      return { deleted: false, ...fields };
                    }
                    """,
                ["src/users/users.controller.ts"] = """
                    import { Controller, Get, Query } from '@nestjs/common';
                    import { UsersRepository } from './users.repository';
                    import { toFilter } from './filters';

                    @Controller('users')
                    export class UsersController {
                      constructor(private readonly users: UsersRepository) {}

                      @Get()
                      list(@Query() [|search|]: Record<string, string>) {
                        return this.users.findAll(toFilter(search));
                      }
                    }
                    """,
            },
            "The request value 'search' (@Query(), typed Record<string, string>) reaches the filter of find() on User through BaseRepository.findAll unvalidated: the client can choose query operators and fields.");

    [Fact]
    public void A_service_method_checked_by_a_validating_decorator_is_not_followed() =>
        RuleTester.ValidProject(Rule, new Dictionary<string, string>
        {
            ["src/users/user.schema.ts"] = UserSchema,
            ["src/users/users.service.ts"] = """
                import { Injectable } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';
                import { User } from './user.schema';
                import { ValidateSchema } from '../common/validate-schema.decorator';

                @Injectable()
                export class UsersService {
                  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

                  @ValidateSchema(FindUsersSchema)
                  find(input: Record<string, string>) {
                    return this.users.find({ email: input.email });
                  }
                }
                """,
            ["src/users/users.controller.ts"] = """
                import { Controller, Get, Req } from '@nestjs/common';
                import { UsersService } from './users.service';

                @Controller('users')
                export class UsersController {
                  constructor(private readonly users: UsersService) {}

                  @Get()
                  list(@Req() { query }: Request) {
                    return this.users.find(query);
                  }
                }
                """,
        });

    [Fact]
    public void A_controller_no_module_lists_is_not_checked()
    {
        var files = Controller("@Get() find(@Query() q: any) { return this.users.find(q); }");
        files["src/app.module.ts"] = """
            import { Module } from '@nestjs/common';

            @Module({ controllers: [] })
            export class AppModule {}
            """;
        RuleTester.ValidProject(Rule, files);
    }

    [Fact]
    public void A_deeply_nested_expression_is_followed_as_far_as_it_goes()
    {
        var chain = string.Join(" ?? ", Enumerable.Repeat("q.a", 400));
        RuleTester.InvalidProject(
            Rule,
            Controller($"@Get() find(@Query() [|q|]: any) {{ return this.users.find({{ email: {chain} }}); }}"),
            "The request value 'q' (@Query(), typed any) reaches the filter of find() on User unvalidated: the client can choose query operators and fields.");
    }

    [Fact]
    public void Handlers_in_tests_are_not_checked() =>
        RuleTester.ValidProject(Rule, Controller("@Get() find(@Query() q: any) { return this.users.find(q); }")
            .ToDictionary(pair => pair.Key.Replace("src/", "test/", StringComparison.Ordinal), pair => pair.Value));

    [Theory]
    [InlineData("user input never becomes a whole filter object: build filters field by field", true)]
    [InlineData("guard against nosql injection", true)]
    [InlineData("query parameters are validated by dtos", false)]
    public void Recognises_the_rules_md_lines_it_enforces(string line, bool expected) =>
        Assert.Equal(expected, NosqlInjection.Rule.Recognises(line));
}
