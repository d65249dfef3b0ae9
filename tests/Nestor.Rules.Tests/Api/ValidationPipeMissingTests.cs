using Nestor.Rules.Api;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Api;

public sealed class ValidationPipeMissingTests
{
    private const string Missing = "No ValidationPipe is installed, so the class-validator decorators of PaymentEventDto on POST /webhooks are never checked.";
    private const string NoWhitelist = "The global ValidationPipe does not set 'whitelist: true': properties a DTO does not declare reach the handler.";

    private static readonly ValidationPipeMissing Rule = new();

    private const string Controller = """
        import { Body, Controller, Post } from '@nestjs/common';
        import { PaymentEventDto } from './payment-event.dto';

        @Controller('webhooks')
        export class WebhooksController {
          @Post()
          receive(@Body() event: PaymentEventDto) {}
        }
        """;

    private const string Dto = """
        import { IsString } from 'class-validator';

        export class PaymentEventDto {
          @IsString()
          id: string;
        }
        """;

    private const string AppModule = """
        import { Module } from '@nestjs/common';
        import { WebhooksController } from './webhooks.controller';

        @Module({ controllers: [WebhooksController] })
        export class AppModule {}
        """;

    private static Dictionary<string, string> Project(string main, string controller = Controller, string appModule = AppModule, params (string Path, string Code)[] others)
    {
        var files = new Dictionary<string, string>
        {
            ["src/main.ts"] = main,
            ["src/webhooks.controller.ts"] = controller,
            ["src/payment-event.dto.ts"] = Dto,
            ["src/app.module.ts"] = appModule,
        };
        foreach (var (path, code) in others)
        {
            files[path] = code;
        }

        return files;
    }

    private static string MainFile(string setup) => $$"""
        import { ValidationPipe } from '@nestjs/common';
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';

        async function bootstrap(): Promise<void> {
          const app = await NestFactory.create(AppModule);
          {{setup}}
          await app.listen(3000);
        }

        void bootstrap();
        """;

    [Fact]
    public void An_application_without_any_validation_pipe_is_reported_at_its_bootstrap()
    {
        var files = Project("""
            import { NestFactory } from '@nestjs/core';
            import { AppModule } from './app.module';

            async function bootstrap(): Promise<void> {
              const app = await [|NestFactory.create(AppModule, { rawBody: true })|];
              await app.listen(3000);
            }

            void bootstrap();
            """);
        RuleTester.InvalidProject(Rule, files, Missing);
        var finding = Assert.Single(RuleTester.RunProject(Rule, Project(Markup.Parse(files["src/main.ts"]).Text)));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        var label = Assert.Single(finding.Labels);
        Assert.Equal(("src/webhooks.controller.ts", "@Body() PaymentEventDto is not validated"), (label.Path, label.Message));
    }

    [Fact]
    public void A_pipe_installed_only_by_the_end_to_end_tests_does_not_count() => RuleTester.InvalidProject(
        Rule,
        Project(
            MainFile("").Replace("NestFactory.create(AppModule)", "[|NestFactory.create(AppModule)|]", StringComparison.Ordinal),
            others: ("test/app.e2e-spec.ts", "import { ValidationPipe } from '@nestjs/common';\nexport function setup(app: { useGlobalPipes(...pipes: unknown[]): void }) { app.useGlobalPipes(new ValidationPipe({ whitelist: true })); }")),
        Missing);

    [Fact]
    public void A_global_pipe_without_whitelist_is_a_warning()
    {
        var files = Project(MainFile("app.useGlobalPipes([|new ValidationPipe({ transform: true })|]);"));
        RuleTester.InvalidProject(Rule, files, NoWhitelist);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(RuleTester.RunProject(Rule, Project(Markup.Parse(files["src/main.ts"]).Text))).Severity);
    }

    [Fact]
    public void Options_read_from_an_imported_constant() => RuleTester.InvalidProject(
        Rule,
        Project(
            MainFile("app.useGlobalPipes([|new ValidationPipe(validationOptions)|]);").Replace("import { AppModule }", "import { validationOptions } from './validation-options';\nimport { AppModule }", StringComparison.Ordinal),
            others: ("src/validation-options.ts", "const validationOptions = { transform: true, exceptionFactory: (errors: unknown[]) => new Error(String(errors.length)) };\nexport { validationOptions };")),
        NoWhitelist);

    [Fact]
    public void Options_with_whitelist_read_from_a_default_export() => RuleTester.ValidProject(Rule, Project(
        MainFile("app.useGlobalPipes(new ValidationPipe(validationOptions));").Replace("import { AppModule }", "import validationOptions from './validation-options';\nimport { AppModule }", StringComparison.Ordinal),
        others: ("src/validation-options.ts", "const validationOptions = { whitelist: true, exceptionFactory: (errors: unknown[]) => new Error(String(errors.length)) };\nexport default validationOptions;")));

    [Fact]
    public void An_app_pipe_by_class_is_constructed_without_options() => RuleTester.InvalidProject(
        Rule,
        Project(
            MainFile(""),
            appModule: """
                import { Module, ValidationPipe } from '@nestjs/common';
                import { APP_PIPE } from '@nestjs/core';
                import { WebhooksController } from './webhooks.controller';

                @Module({ controllers: [WebhooksController], providers: [{ provide: APP_PIPE, useClass: [|ValidationPipe|] }] })
                export class AppModule {}
                """),
        NoWhitelist);

    [Theory]
    [InlineData("app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));")]
    [InlineData("const pipe = new ValidationPipe({ whitelist: true });\n  app.useGlobalPipes(pipe);")]
    [InlineData("app.useGlobalPipes(new ValidationPipe({ ...sharedOptions }));")]
    [InlineData("app.useGlobalPipes(new ValidationPipe(options()));")]
    [InlineData("app.useGlobalPipes(new ZodValidationPipe());")]
    [InlineData("app.useGlobalPipes(createPipe());")]
    public void A_global_pipe_that_validates_or_cannot_be_read(string setup) => RuleTester.ValidProject(Rule, Project(MainFile(setup)));

    [Fact]
    public void A_pipe_installed_by_a_setup_function_in_another_file() => RuleTester.ValidProject(Rule, Project(
        MainFile("configureApp(app);").Replace("import { AppModule }", "import { configureApp } from './configure-app';\nimport { AppModule }", StringComparison.Ordinal),
        others: ("src/configure-app.ts", "import { INestApplication, ValidationPipe } from '@nestjs/common';\nexport function configureApp(app: INestApplication): void {\n  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));\n}")));

    [Fact]
    public void An_app_pipe_by_value_factory_or_subclass() => RuleTester.ValidProject(Rule, Project(
        MainFile(""),
        appModule: """
            import { Module, ValidationPipe } from '@nestjs/common';
            import { APP_PIPE } from '@nestjs/core';
            import { StrictValidationPipe } from './strict-validation.pipe';
            import { WebhooksController } from './webhooks.controller';

            @Module({
              controllers: [WebhooksController],
              providers: [
                { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true }) },
                { provide: APP_PIPE, useFactory: () => new ValidationPipe({ whitelist: true, transform: true }) },
                { provide: APP_PIPE, useClass: StrictValidationPipe },
              ],
            })
            export class AppModule {}
            """,
        others: ("src/strict-validation.pipe.ts", "import { ValidationPipe } from '@nestjs/common';\nexport class StrictValidationPipe extends ValidationPipe {\n  constructor() {\n    super({ whitelist: true });\n  }\n}")));

    [Fact]
    public void Routes_with_their_own_validation_pipe() => RuleTester.ValidProject(Rule, Project(
        MainFile(""),
        controller: """
            import { Body, Controller, Param, ParseIntPipe, Post, Query, UsePipes, ValidationPipe } from '@nestjs/common';
            import { PaymentEventDto } from './payment-event.dto';

            @Controller('webhooks')
            @UsePipes(new ValidationPipe({ whitelist: true }))
            export class WebhooksController {
              @Post()
              receive(@Body() event: PaymentEventDto) {}
            }

            @Controller('replays')
            export class ReplaysController {
              @Post(':id')
              replay(@Param('id', ParseIntPipe) id: number, @Body(new ValidationPipe({ whitelist: true })) event: PaymentEventDto) {}

              @Post()
              search(@Query('q') q: string) {}
            }
            """));

    [Fact]
    public void Libraries_and_microservices_are_not_checked()
    {
        var library = Project(MainFile(""));
        library.Remove("src/main.ts");
        RuleTester.ValidProject(Rule, library);
        RuleTester.ValidProject(Rule, Project(MainFile("").Replace("NestFactory.create(AppModule)", "NestFactory.createMicroservice(AppModule)", StringComparison.Ordinal)));
    }
}
