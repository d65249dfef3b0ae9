using Nestor.Rules.Api;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Api;

public sealed class EntityReturnedFromControllerTests
{
    private const string ControllerPath = "src/users/users.controller.ts";

    private static readonly EntityReturnedFromController Rule = new();

    private const string UserSchema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
        import { Exclude } from 'class-transformer';
        import { HydratedDocument } from 'mongoose';

        export type UserDocument = HydratedDocument<User>;

        @Schema({ timestamps: true })
        export class User {
          @Prop({ required: true })
          email: string;

          @Prop({ required: true })
          passwordHash: string;
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        """;

    private const string SafeUserSchema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
        import { HydratedDocument } from 'mongoose';

        export type UserDocument = HydratedDocument<User>;

        @Schema()
        export class User {
          @Prop({ required: true })
          email: string;

          @Prop({ required: true, select: false })
          passwordHash: string;

          @Prop()
          displayName: string;
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        """;

    // A controller returning the Post documents of the test's own post.model.ts.
    private const string PostsController = """
        import { Controller, Get } from '@nestjs/common';
        import { Observable, of } from 'rxjs';
        import { Post } from './post.model';

        @Controller('posts')
        export class PostsController {
          @Get()
          all(): [|Observable<Post[]>|] {
            return of([]);
          }
        }
        """;

    private const string UsersService = """
        import { Injectable } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import { Model } from 'mongoose';
        import { User, UserDocument } from './schemas/user.schema';

        @Injectable()
        export class UsersService {
          constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

          findById(id: string): Promise<UserDocument> {
            return this.users.findById(id).orFail().exec();
          }

          count(): Promise<number> {
            return this.users.countDocuments().exec();
          }
        }
        """;

    private static Dictionary<string, string> Project(string controller, string schema = UserSchema, params (string Path, string Code)[] others)
    {
        var files = new Dictionary<string, string>
        {
            [ControllerPath] = controller,
            ["src/users/schemas/user.schema.ts"] = schema,
            ["src/users/users.service.ts"] = UsersService,
        };
        foreach (var (path, code) in others)
        {
            files[path] = code;
        }

        return files;
    }

    private static string Controller(string members, string imports = "") => $$"""
        import { Controller, Get, Param, UseInterceptors, ClassSerializerInterceptor, SerializeOptions } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import { Model } from 'mongoose';
        import { User, UserDocument } from './schemas/user.schema';
        import { UsersService } from './users.service';
        {{imports}}
        @Controller('users')
        export class UsersController {
          constructor(
            private readonly usersService: UsersService,
            @InjectModel(User.name) private readonly userModel: Model<User>,
          ) {}

        {{members}}
        }
        """;

    [Fact]
    public void A_declared_document_type_with_a_secret_field_is_an_error()
    {
        var files = Project(Controller("""
              @Get(':id')
              findOne(@Param('id') id: string): [|Promise<UserDocument>|] {
                return this.usersService.findById(id);
              }
            """));
        RuleTester.InvalidProject(Rule, files, "'findOne' returns 'Promise<UserDocument>', a Mongoose document of User: it goes to the client whole, 'passwordHash' included (no select: false).");
        var finding = Assert.Single(RuleTester.RunProject(Rule, files.ToDictionary(pair => pair.Key, pair => Markup.Parse(pair.Value).Text)));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("src/users/schemas/user.schema.ts", Assert.Single(finding.Labels).Path);
    }

    [Fact]
    public void Schema_classes_hydrated_documents_and_intersections_in_arrays_and_wrappers() => RuleTester.InvalidProject(
        Rule,
        Project(
            Controller(
                """
                  @Get()
                  all(): [|Promise<User[]>|] {
                    return this.userModel.find().exec();
                  }

                  @Get('page')
                  page(): [|Promise<Page<HydratedDocument<User>>>|] {
                    return Promise.resolve({ items: [] });
                  }

                  @Get('first')
                  first(): [|Observable<(User & Document) | null>|] {
                    return of(null);
                  }
                """,
                "import { Document, HydratedDocument } from 'mongoose';\nimport { Observable, of } from 'rxjs';\nimport { Page } from '../common/page';\n"),
            SafeUserSchema,
            ("src/common/page.ts", "export interface Page<T> {\n  items: T[];\n}\n")),
        "'all' returns 'Promise<User[]>', a Mongoose document of User: every stored field goes to the client.",
        "'page' returns 'Promise<Page<HydratedDocument<User>>>', a Mongoose document of User: every stored field goes to the client.",
        "'first' returns 'Observable<(User & Document) | null>', a Mongoose document of User: every stored field goes to the client.");

    [Fact]
    public void Without_a_declared_type_the_returned_query_or_service_call_is_read() => RuleTester.InvalidProject(
        Rule,
        Project(Controller("""
              @Get()
              async all() {
                const users = await [|this.userModel.find().populate('friends').lean()|];
                return users;
              }

              @Get(':id')
              findOne(@Param('id') id: string) {
                return [|this.usersService.findById(id)|];
              }
            """)),
        "'all' returns 'this.userModel.find(...)', a Mongoose document of User: it goes to the client whole, 'passwordHash' included (no select: false).",
        "'findOne' returns 'this.usersService.findById(...)', declared to return 'Promise<UserDocument>', a Mongoose document of User: it goes to the client whole, 'passwordHash' included (no select: false).");

    [Fact]
    public void An_undeclared_service_method_is_followed_to_the_query_it_returns() => RuleTester.InvalidProject(
        Rule,
        new Dictionary<string, string>
        {
            ["src/accounts/account.schema.ts"] = """
                import { Prop, Schema } from '@nestjs/mongoose';

                @Schema({ discriminatorKey: 'role' })
                export class Account {
                  @Prop({ required: true })
                  email: string;

                  @Prop({ required: true })
                  password: string;
                }
                """,
            ["src/accounts/customer.schema.ts"] = """
                import { Prop, Schema } from '@nestjs/mongoose';
                import { Account } from './account.schema';

                @Schema()
                export class Customer extends Account {
                  @Prop()
                  address: string;
                }
                """,
            ["src/accounts/customers.service.ts"] = """
                import { Injectable } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';
                import { Customer } from './customer.schema';

                @Injectable()
                export class CustomersService {
                  constructor(@InjectModel(Customer.name) private readonly customers: Model<Customer>) {}

                  create(data: object) {
                    return new this.customers(data).save();
                  }

                  findById(id: string) {
                    return this.customers.findById(id, { password: 0 }).lean();
                  }

                  rename(id: string, address: string) {
                    return this.customers.findByIdAndUpdate(id, { address }, { new: true, projection: { email: 1 } });
                  }

                  search(text: string) {
                    return this.customers.find({ address: text }).select('-password');
                  }
                }
                """,
            ["src/accounts/customers.controller.ts"] = """
                import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
                import { CustomersService } from './customers.service';

                @Controller('customers')
                export class CustomersController {
                  constructor(private readonly customersService: CustomersService) {}

                  @Post()
                  create(@Body() data: object) {
                    return [|this.customersService.create(data)|];
                  }

                  @Get(':id')
                  findOne(@Param('id') id: string) {
                    return this.customersService.findById(id);
                  }

                  @Patch(':id')
                  rename(@Param('id') id: string, @Body('address') address: string) {
                    return this.customersService.rename(id, address);
                  }

                  @Get()
                  search(@Query('q') q: string) {
                    return this.customersService.search(q);
                  }
                }
                """,
        },
        "'create' returns 'this.customersService.create(...)', which returns 'this.customers.create(...)', a Mongoose document of Customer: it goes to the client whole, 'password' included (no select: false).");

    [Fact]
    public void An_interface_extending_document_is_matched_to_its_schema_by_name() => RuleTester.InvalidProject(
        Rule,
        new Dictionary<string, string>
        {
            ["src/posts/post.model.ts"] = """
                import { Document, Schema } from 'mongoose';

                export interface Post extends Document {
                  readonly title: string;
                  readonly authorToken: string;
                }

                export const PostSchema = new Schema({ title: String, authorToken: String });
                """,
            ["src/posts/posts.controller.ts"] = PostsController,
        },
        "'all' returns 'Observable<Post[]>', a Mongoose document of Post: it goes to the client whole, 'authorToken' included (no select: false).");

    [Fact]
    public void An_interface_extending_document_through_another_interface_is_a_document_too() => RuleTester.InvalidProject(
        Rule,
        new Dictionary<string, string>
        {
            ["src/common/base.model.ts"] = """
                import { Document } from 'mongoose';

                export interface BaseDocument extends Document {
                  readonly createdAt: Date;
                }
                """,
            ["src/posts/post.model.ts"] = """
                import { Schema } from 'mongoose';
                import { BaseDocument } from '../common/base.model';

                export interface Post extends BaseDocument {
                  readonly title: string;
                  readonly authorToken: string;
                }

                export const PostSchema = new Schema({ title: String, authorToken: String });
                """,
            ["src/posts/posts.controller.ts"] = PostsController,
        },
        "'all' returns 'Observable<Post[]>', a Mongoose document of Post: it goes to the client whole, 'authorToken' included (no select: false).");

    [Fact]
    public void The_type_argument_of_new_schema_is_its_document_type_also_under_partial() => RuleTester.InvalidProject(
        Rule,
        new Dictionary<string, string>
        {
            ["src/database/user.model.ts"] = """
                import { Schema, SchemaTypes } from 'mongoose';

                interface User {
                  readonly username: string;
                  readonly password: string;
                }

                const UserSchema = new Schema<User>({ username: SchemaTypes.String, password: SchemaTypes.String }, { toJSON: { virtuals: true } });

                export { User, UserSchema };
                """,
            ["src/user/user.controller.ts"] = """
                import { Controller, Get, Param } from '@nestjs/common';
                import { Observable, of } from 'rxjs';
                import { User } from '../database/user.model';

                @Controller('users')
                export class UserController {
                  @Get(':id')
                  getUser(@Param('id') id: string): [|Observable<Partial<User>>|] {
                    return of({});
                  }

                  @Get(':id/name')
                  getName(@Param('id') id: string): Observable<Pick<User, 'username'>> {
                    return of({ username: id });
                  }
                }
                """,
        },
        "'getUser' returns 'Observable<Partial<User>>', a Mongoose document of User: it goes to the client whole, 'password' included (no select: false).");

    [Fact]
    public void Response_dtos_projections_counts_and_unknown_calls_are_not_reported() => RuleTester.ValidProject(Rule, Project(Controller("""
          @Get('me')
          async profile(@Param('id') id: string): Promise<UserResponseDto> {
            return UserResponseDto.from(await this.usersService.findById(id));
          }

          @Get('emails')
          emails() {
            return this.userModel.find().select('email').exec();
          }

          @Get('count')
          count() {
            return this.usersService.count();
          }

          @Get('stats')
          stats() {
            return this.userModel.aggregate([{ $count: 'total' }]);
          }

          @Get('mapped')
          async mapped() {
            const users = await this.userModel.find().exec();
            return users.map((user) => ({ email: user.email }));
          }
        """, "import { UserResponseDto } from './user-response.dto';\n"),
        others: ("src/users/user-response.dto.ts", "import { UserDocument } from './schemas/user.schema';\nexport class UserResponseDto {\n  email: string;\n  static from(user: UserDocument): UserResponseDto {\n    return { email: user.email };\n  }\n}\n")));

    [Fact]
    public void A_to_json_transform_or_serialize_options_serialise_the_document()
    {
        var findOne = """
              @Get(':id')
              findOne(@Param('id') id: string): Promise<UserDocument> {
                return this.usersService.findById(id);
              }
            """;
        RuleTester.ValidProject(Rule, Project(Controller(findOne), UserSchema.Replace("@Schema({ timestamps: true })", "@Schema({ timestamps: true, toJSON: { transform: (_doc: unknown, ret: Record<string, unknown>) => { delete ret.passwordHash; return ret; } } })", StringComparison.Ordinal)));
        RuleTester.ValidProject(Rule, Project(Controller(findOne), UserSchema + "\nUserSchema.set('toJSON', { transform: hidePassword });\nfunction hidePassword(_doc: unknown, ret: Record<string, unknown>) { return ret; }\n"));
        RuleTester.ValidProject(Rule, Project(Controller("  @SerializeOptions({ excludeExtraneousValues: true })\n" + findOne)));
    }

    [Fact]
    public void A_class_serializer_needs_exclude_on_every_secret()
    {
        var findOne = """
              @Get(':id')
              @UseInterceptors(ClassSerializerInterceptor)
              findOne(@Param('id') id: string): [|Promise<UserDocument>|] {
                return this.usersService.findById(id);
              }
            """;
        RuleTester.ValidProject(Rule, Project(
            Controller(findOne).Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal),
            UserSchema.Replace("  @Prop({ required: true })\n  passwordHash", "  @Prop({ required: true })\n  @Exclude()\n  passwordHash", StringComparison.Ordinal)));
        RuleTester.InvalidProject(Rule, Project(Controller(findOne)), "'findOne' returns 'Promise<UserDocument>', a Mongoose document of User: it goes to the client whole, 'passwordHash' included (no select: false).");
    }

    [Fact]
    public void A_global_class_serializer_covers_a_schema_without_secrets() => RuleTester.ValidProject(Rule, Project(
        Controller("""
              @Get(':id')
              findOne(@Param('id') id: string): Promise<UserDocument> {
                return this.usersService.findById(id);
              }
            """),
        SafeUserSchema,
        ("src/main.ts", """
            import { ClassSerializerInterceptor } from '@nestjs/common';
            import { NestFactory, Reflector } from '@nestjs/core';
            import { AppModule } from './app.module';

            async function bootstrap(): Promise<void> {
              const app = await NestFactory.create(AppModule);
              app.useGlobalInterceptors(new ClassSerializerInterceptor(app.get(Reflector)));
              await app.listen(3000);
            }

            void bootstrap();
            """),
        ("src/app.module.ts", "import { Module } from '@nestjs/common';\n@Module({})\nexport class AppModule {}\n")));
}
