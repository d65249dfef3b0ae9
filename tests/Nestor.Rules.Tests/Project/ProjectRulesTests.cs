using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Project;
using Nestor.Rules.Reading;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Project;

public sealed class ProjectRulesTests
{
    private static NestorConfig Config(string yaml)
    {
        var text = new SourceText("docs/RULES.md", "```nestor\n" + yaml + "```\n");
        var reader = new NestorBlockReader(text, 1, RuleCatalog.BuiltIn.Find);
        var config = reader.Read(RulesDocument.Parse(text).Blocks[0].Yaml);
        Assert.Empty(reader.Diagnostics);
        return config;
    }

    [Fact]
    public void Forbid_call_matches_callee_patterns_in_the_declared_files()
    {
        var config = Config("forbid-call:\n  - callee: \"*.$where\"\n    files: \"src/**\"\n    message: \"$where runs JavaScript on the server.\"\n");

        RuleTester.Invalid(new ForbidCall(), "this.userModel.find(q); [|this.userModel.$where|]('this.a > 1');", "this.userModel.$where(): $where runs JavaScript on the server.", config: config);
        RuleTester.Valid(new ForbidCall(), "this.userModel.$where('x');", "scripts/x.ts", config);
        RuleTester.Valid(new ForbidCall(), "this.userModel.$where('x');");
    }

    [Fact]
    public void Forbid_import_matches_packages_and_resolved_relative_paths()
    {
        var config = Config("forbid-import:\n  - from: \"src/**/*.controller.ts\"\n    import: \"**/*.schema\"\n    message: \"Controllers go through services.\"\n  - from: \"src/**/*.controller.ts\"\n    import: \"@nestjs/mongoose\"\n    message: \"No models in controllers.\"\n");
        const string Path = "src/users/users.controller.ts";

        RuleTester.Invalid(new ForbidImport(), "import { User } from [|'./schemas/user.schema'|];\nimport { UsersService } from './users.service';", "'./schemas/user.schema' must not be imported here: Controllers go through services.", Path, config);
        RuleTester.Invalid(new ForbidImport(), "import { InjectModel } from [|'@nestjs/mongoose'|];", "'@nestjs/mongoose' must not be imported here: No models in controllers.", Path, config);
        RuleTester.Valid(new ForbidImport(), "import { User } from './schemas/user.schema';", "src/users/users.service.ts", config);
        var mongoose = Config("forbid-import:\n  - from: \"src/**/*.controller.ts\"\n    import: mongoose\n");
        RuleTester.Valid(new ForbidImport(), "import { InjectModel } from '@nestjs/mongoose';", Path, mongoose);
        RuleTester.Invalid(new ForbidImport(), "import { Model } from [|'mongoose'|];", "'mongoose' must not be imported here: Files matching 'src/**/*.controller.ts' must not import 'mongoose'.", Path, mongoose);
        Assert.Equal("src/common/x.schema", ForbidImport.ModuleTarget("src/users/a.ts", "../common/x.schema.ts"));
        Assert.Equal("@nestjs/mongoose", ForbidImport.ModuleTarget("src/users/a.ts", "@nestjs/mongoose"));
    }

    [Fact]
    public void Require_decorator_checks_exported_concrete_classes()
    {
        var config = Config("require-decorator:\n  - files: \"src/**/*.service.ts\"\n    decorator: Injectable\n");

        RuleTester.Invalid(new RequireDecorator(), "export class [|UsersService|] {}\nclass Helper {}\nexport abstract class Base {}", "Class 'UsersService' must carry @Injectable().", config: config);
        RuleTester.Valid(new RequireDecorator(), "@Injectable()\nexport class UsersService {}\n@Injectable\nexport class Other {}", config: config);
        RuleTester.Valid(new RequireDecorator(), "export class UsersController {}", "src/users/users.controller.ts", config);
    }

    [Fact]
    public void A_declaration_with_its_own_severity_reports_with_it()
    {
        var config = Config("forbid-call:\n  - callee: \"console.*\"\n    severity: warning\n");

        var diagnostic = Assert.Single(RuleTester.Run(new ForbidCall(), "console.log(1);", config: config));
        Assert.Equal((DiagnosticSeverity.Warning, "console.log(): Calls of 'console.*' are forbidden."), (diagnostic.Severity, diagnostic.Message));
        Assert.Equal("Declared in docs/RULES.md:3 ('console.*').", diagnostic.Note);
    }
}

public sealed class LayersTests
{
    private static readonly NestorConfig LayerConfig = ReadConfig("layers:\n  - name: controllers\n    files: \"src/**/*.controller.ts\"\n    may-import: [services]\n  - name: services\n    files: \"src/**/*.service.ts\"\n    may-import: [models]\n  - name: models\n    files: \"src/**/schemas/*.schema.ts\"\n");

    [Fact]
    public void A_controller_importing_a_model_is_reported_even_type_only() =>
        RuleTester.Invalid(new Layers(), "import type { UserDocument } from [|'./schemas/user.schema'|];\nimport { UsersService } from './users.service';", "The controllers layer must not import the models layer ('./schemas/user.schema'); it may import services.", "src/users/users.controller.ts", LayerConfig);

    [Fact]
    public void Allowed_and_unlayered_imports_are_valid()
    {
        RuleTester.Valid(new Layers(), "import { UsersService } from './users.service';\nimport { CreateUserDto } from './dto/create-user.dto';\nimport { Controller } from '@nestjs/common';", "src/users/users.controller.ts", LayerConfig);
        RuleTester.Valid(new Layers(), "import { User } from './schemas/user.schema';", "src/users/users.service.ts", LayerConfig);
        RuleTester.Valid(new Layers(), "import { User } from '../users/schemas/user.schema';", "src/common/helpers.ts", LayerConfig);
    }

    [Fact]
    public void A_service_importing_a_controller_is_reported() =>
        RuleTester.Invalid(new Layers(), "export { UsersController } from [|'../users/users.controller'|];", "The services layer must not import the controllers layer ('../users/users.controller'); it may import models.", "src/orders/orders.service.ts", LayerConfig);

    private static NestorConfig ReadConfig(string yaml)
    {
        var text = new SourceText("docs/RULES.md", "```nestor\n" + yaml + "```\n");
        var reader = new NestorBlockReader(text, 1, RuleCatalog.BuiltIn.Find);
        var config = reader.Read(RulesDocument.Parse(text).Blocks[0].Yaml);
        Assert.Empty(reader.Diagnostics);
        return config;
    }
}
