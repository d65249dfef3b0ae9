namespace Nestor.Semantics.Tests.Binding;

public sealed class ClassBindingTests
{
    private const string UserSchema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
        import { Role } from './role.enum';
        import { COLLECTION } from './constants';

        @Schema({ collection: COLLECTION, timestamps: true })
        export class User {
          @Prop({ required: true, unique: true, index: 1 })
          email: string;

          @Prop({ type: [String], default: [] })
          tags?: string[];

          @Prop({ enum: Role, default: Role.Member })
          role: Role;

          static readonly kind = `user`;

          get label(): string { return this.email; }
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        """;

    private static SemanticModel UserProject() => Project.Build(
        ("src/role.enum.ts", "export enum Role { Admin = 'admin', Member = 'member' }\nexport enum Level { Low, Mid = 5, High }"),
        ("src/constants.ts", "const PREFIX = 'app';\nexport const COLLECTION = `${PREFIX}_users`;"),
        ("src/user.schema.ts", UserSchema),
        ("src/users.service.ts", """
            import { Injectable, Inject, forwardRef } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            import { User } from './user.schema';
            import type { Logger } from './logger';
            import { AuditService } from './audit.service';

            @Injectable()
            export class UsersService {
              constructor(
                @InjectModel(User.name) private readonly userModel: Model<User>,
                private logger: Logger,
                @Inject(forwardRef(() => AuditService)) readonly audit: AuditService,
                options?: { verbose: boolean },
              ) {}

              async findAll(limit = 10): Promise<User[]> { return []; }
            }
            """),
        ("src/logger.ts", "export class Logger {}"),
        ("src/audit.service.ts", "export class AuditService {}"));

    [Fact]
    public void Class_decorators_carry_constant_arguments_including_imported_constants()
    {
        var user = UserProject().ResolveClass("/repo/src/user.schema.ts", "User")!;

        var schema = Assert.Single(user.Decorators);
        Assert.Equal("Schema", schema.Name);
        Assert.True(schema.Is("@nestjs/mongoose", "Schema"));
        var options = Assert.IsType<ObjectValue>(schema.Argument(0));
        Assert.Equal("app_users", options["collection"]!.AsString);
        Assert.Equal("COLLECTION", options["collection"]!.Source!.Name);
        Assert.Equal(new BooleanValue(true, new Nestor.Text.TextSpan(UserSchema.IndexOf("true", StringComparison.Ordinal), 4)), options["timestamps"]);
        Assert.True(options.IsConstant);
    }

    [Fact]
    public void Property_decorators_read_objects_arrays_and_enum_members()
    {
        var user = UserProject().ResolveClass("/repo/src/user.schema.ts", "User")!;

        var email = user.FindMember("email")!;
        var emailOptions = Assert.IsType<ObjectValue>(email.Decorators[0].Argument(0));
        Assert.Equal("{ required: true, unique: true, index: 1 }", emailOptions.ToString());
        Assert.Equal("string", email.Type!.Text);

        var tags = user.FindMember("tags")!;
        Assert.True(tags.IsOptional);
        Assert.True(tags.Type!.IsArray);
        var tagOptions = Assert.IsType<ObjectValue>(tags.Decorators[0].Argument(0));
        var typeArray = Assert.IsType<ArrayValue>(tagOptions["type"]);
        var stringType = Assert.IsType<SymbolReferenceValue>(Assert.Single(typeArray.Items));
        Assert.Equal("String", stringType.Text);
        Assert.Null(stringType.Symbol);
        Assert.Empty(Assert.IsType<ArrayValue>(tagOptions["default"]).Items);

        var role = user.FindMember("role")!;
        var roleOptions = Assert.IsType<ObjectValue>(role.Decorators[0].Argument(0));
        Assert.Equal("member", roleOptions["default"]!.AsString);
        Assert.Equal(SymbolKind.Enum, Assert.IsType<SymbolReferenceValue>(roleOptions["enum"]).Symbol!.Kind);
        Assert.Equal(SymbolKind.Enum, role.Type!.Target!.Kind);
    }

    [Fact]
    public void Members_have_kinds_modifiers_and_initializers()
    {
        var user = UserProject().ResolveClass("/repo/src/user.schema.ts", "User")!;

        Assert.Equal(["email", "tags", "role", "kind", "label"], user.Members.Select(m => m.Name));
        var kind = user.FindMember("kind")!;
        Assert.True(kind.IsStatic);
        Assert.Equal("user", kind.Initializer!.AsString);
        Assert.Equal(ClassMemberKind.GetAccessor, user.FindMember("label")!.Kind);
        Assert.False(user.HasConstructor);
        Assert.Empty(user.ConstructorParameters);
    }

    [Fact]
    public void Constructor_parameters_resolve_types_decorators_and_type_only_imports()
    {
        var service = UserProject().ResolveClass("/repo/src/users.service.ts", "UsersService")!;

        Assert.True(service.HasConstructor);
        Assert.True(Assert.Single(service.Decorators).Is("@nestjs/common", "Injectable"));
        Assert.Equal(["userModel", "logger", "audit", "options"], service.ConstructorParameters.Select(p => p.Name));

        var userModel = service.ConstructorParameters[0];
        Assert.True(userModel.IsParameterProperty);
        Assert.Equal("Model", userModel.Type!.Name);
        Assert.True(((ExternalSymbol)userModel.Type.Target!).Is("mongoose", "Model"));
        Assert.Equal("/repo/src/user.schema.ts", Assert.IsType<ClassSymbol>(Assert.Single(userModel.Type.TypeArguments).Target).Path);
        var injectModel = Assert.Single(userModel.Decorators);
        Assert.True(injectModel.Is("@nestjs/mongoose", "InjectModel"));
        Assert.Equal("User", injectModel.Argument(0)!.AsString);

        var logger = service.ConstructorParameters[1];
        Assert.True(logger.Type!.IsTypeOnlyImport);
        Assert.Equal("/repo/src/logger.ts", Assert.IsType<ClassSymbol>(logger.Type.Target).Path);

        var audit = service.ConstructorParameters[2];
        var forwardRef = Assert.IsType<CallValue>(Assert.Single(audit.Decorators).Argument(0));
        Assert.True(((ExternalSymbol)((SymbolReferenceValue)forwardRef.Callee).Symbol!).Is("@nestjs/common", "forwardRef"));
        var arrow = Assert.IsType<ArrowFunctionValue>(Assert.Single(forwardRef.Arguments));
        Assert.Equal("/repo/src/audit.service.ts", ((ClassSymbol)((SymbolReferenceValue)arrow.Body!).Symbol!).Path);

        var options = service.ConstructorParameters[3];
        Assert.True(options.IsOptional);
        Assert.False(options.IsParameterProperty);
        Assert.Null(options.Type!.Name);
        Assert.Equal("{ verbose: boolean }", options.Type.Text);
    }

    [Fact]
    public void Methods_have_parameters_and_return_types()
    {
        var service = UserProject().ResolveClass("/repo/src/users.service.ts", "UsersService")!;

        var findAll = service.FindMember("findAll")!;
        Assert.Equal(ClassMemberKind.Method, findAll.Kind);
        Assert.Equal("Promise", findAll.Type!.Name);
        Assert.True(Assert.Single(findAll.Type.TypeArguments).IsArray);
        var limit = Assert.Single(findAll.Parameters);
        Assert.True(limit.IsOptional);
        Assert.Null(limit.Type);
    }

    [Fact]
    public void Enum_members_count_up_as_tsc_does()
    {
        var model = UserProject();

        var level = Assert.IsType<EnumSymbol>(model.ResolveExport("/repo/src/role.enum.ts", "Level"));

        Assert.Equal(["Low=0", "Mid=5", "High=6"], level.Members.Select(m => m.Key + "=" + m.Value));
    }

    [Fact]
    public void Non_constant_values_are_unknown_with_their_span()
    {
        var source = "import { Module } from '@nestjs/common';\n@Module({ imports: [ConfigModule.forRoot({ isGlobal: true })], providers: [...list, process.env.X] })\nexport class AppModule {}";
        var model = Project.Build(("src/app.module.ts", source));

        var options = Assert.IsType<ObjectValue>(model.ResolveClass("/repo/src/app.module.ts", "AppModule")!.Decorators[0].Argument(0));

        var forRoot = Assert.IsType<CallValue>(Assert.Single(Assert.IsType<ArrayValue>(options["imports"]).Items));
        var callee = Assert.IsType<MemberAccessValue>(forRoot.Callee);
        Assert.Equal(("ConfigModule.forRoot", "forRoot"), (callee.Text, callee.Member));
        Assert.Equal("{ isGlobal: true }", forRoot.Arguments[0].ToString());
        var providers = Assert.IsType<ArrayValue>(options["providers"]);
        var spread = Assert.IsType<UnknownValue>(providers.Items[0]);
        Assert.Equal(new Nestor.Text.TextSpan(source.IndexOf("...list", StringComparison.Ordinal), 7), spread.Span);
        Assert.IsType<MemberAccessValue>(providers.Items[1]);
        Assert.False(options.IsConstant);
    }

    [Fact]
    public void Constants_defined_through_themselves_are_not_a_hang()
    {
        var model = Project.Build(
            ("src/a.ts", "import { B } from './b';\nexport const A = B + '!';"),
            ("src/b.ts", "import { A } from './a';\nexport const B = A;"),
            ("src/c.ts", "import { Controller } from '@nestjs/common';\nimport { A } from './a';\n@Controller(A)\nexport class C {}"));

        var argument = model.ResolveClass("/repo/src/c.ts", "C")!.Decorators[0].Argument(0);

        Assert.IsType<SymbolReferenceValue>(argument);
        Assert.Equal("A", ((SymbolReferenceValue)argument).Symbol!.Name);
    }

    [Fact]
    public void Template_literals_number_signs_and_string_concatenation_fold()
    {
        var model = Project.Build(("src/a.ts", "import { Controller } from '@nestjs/common';\nconst V = 2;\n@Controller({ path: `v${V}/users`, order: -1, name: 'a' + 'b', raw: `plain` })\nexport class C {}"));

        var options = Assert.IsType<ObjectValue>(model.ResolveClass("/repo/src/a.ts", "C")!.Decorators[0].Argument(0));

        Assert.Equal("v2/users", options["path"]!.AsString);
        Assert.Equal(-1, Assert.IsType<NumberValue>(options["order"]).Value);
        Assert.Equal("ab", options["name"]!.AsString);
        Assert.Equal("plain", options["raw"]!.AsString);
    }

    [Fact]
    public void Heritage_clauses_are_read()
    {
        var model = Project.Build(
            ("src/create-user.dto.ts", "export class CreateUserDto {}"),
            ("src/update-user.dto.ts", "import { PartialType } from '@nestjs/swagger';\nimport { CreateUserDto } from './create-user.dto';\nexport class UpdateUserDto extends PartialType(CreateUserDto) implements Marker {}\ninterface Marker {}"));

        var dto = model.ResolveClass("/repo/src/update-user.dto.ts", "UpdateUserDto")!;

        var call = Assert.IsType<CallValue>(dto.BaseClass);
        Assert.True(((ExternalSymbol)((SymbolReferenceValue)call.Callee).Symbol!).Is("@nestjs/swagger", "PartialType"));
        Assert.Equal("/repo/src/create-user.dto.ts", ((ClassSymbol)((SymbolReferenceValue)call.Arguments[0]).Symbol!).Path);
        Assert.Equal(SymbolKind.Interface, Assert.Single(dto.Implements).Symbol!.Kind);
    }
}
