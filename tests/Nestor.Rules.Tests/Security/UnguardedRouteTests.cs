using Nestor.Rules.Configuration;
using Nestor.Rules.Security;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Security;

public sealed class UnguardedRouteTests
{
    private static readonly UnguardedRoute Rule = new();

    private const string JwtGuard = """
        import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

        @Injectable()
        export class JwtAuthGuard implements CanActivate {
          canActivate(context: ExecutionContext): boolean {
            return Boolean(context.switchToHttp().getRequest().headers.authorization);
          }
        }
        """;

    private const string OpenStockController = """
        import { Body, Controller, Get, Param, Put } from '@nestjs/common';

        @Controller('stock')
        export class StockController {
          @Get(':id')
          read(@Param('id') id: string) {
            return id;
          }

          @Put(':id')
          adjust(@Param('id') id: string, @Body() dto: AdjustStockDto) {
            return dto;
          }
        }

        export class AdjustStockDto {
          delta!: number;
        }
        """;

    private static Dictionary<string, string> With(params (string Path, string Code)[] files) =>
        files.ToDictionary(file => file.Path, file => file.Code);

    [Fact]
    public void A_guard_on_the_controller_protects_every_route() =>
        RuleTester.ValidProject(Rule, With(
            ("src/auth/jwt-auth.guard.ts", JwtGuard),
            ("src/stock/stock.controller.ts", """
                import { Controller, Put, UseGuards } from '@nestjs/common';
                import { JwtAuthGuard } from '../auth/jwt-auth.guard';

                @UseGuards(JwtAuthGuard)
                @Controller('stock')
                export class StockController {
                  @Put(':id')
                  adjust() {}
                }
                """)));

    [Fact]
    public void A_passport_guard_on_the_handler_protects_it() =>
        RuleTester.ValidProject(Rule, With(("src/stock/stock.controller.ts", """
            import { Controller, Delete, UseGuards } from '@nestjs/common';
            import { AuthGuard } from '@nestjs/passport';

            @Controller('stock')
            export class StockController {
              @UseGuards(AuthGuard('jwt'))
              @Delete(':id')
              remove() {}
            }
            """)));

    [Fact]
    public void An_authenticating_app_guard_protects_every_route() =>
        RuleTester.ValidProject(Rule, With(
            ("src/auth/jwt-auth.guard.ts", JwtGuard),
            ("src/stock/stock.controller.ts", OpenStockController),
            ("src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { APP_GUARD } from '@nestjs/core';
                import { ThrottlerGuard } from '@nestjs/throttler';
                import { JwtAuthGuard } from './auth/jwt-auth.guard';
                import { StockController } from './stock/stock.controller';

                @Module({
                  controllers: [StockController],
                  providers: [
                    { provide: APP_GUARD, useClass: ThrottlerGuard },
                    { provide: APP_GUARD, useClass: JwtAuthGuard },
                  ],
                })
                export class AppModule {}
                """)));

    [Fact]
    public void A_global_guard_from_the_bootstrap_protects_every_route() =>
        RuleTester.ValidProject(Rule, With(
            ("src/auth/jwt-auth.guard.ts", JwtGuard),
            ("src/stock/stock.controller.ts", OpenStockController),
            ("src/main.ts", """
                import { NestFactory, Reflector } from '@nestjs/core';
                import { AppModule } from './app.module';
                import { JwtAuthGuard } from './auth/jwt-auth.guard';

                async function bootstrap(): Promise<void> {
                  const app = await NestFactory.create(AppModule);
                  app.useGlobalGuards(new JwtAuthGuard(app.get(Reflector)));
                  await app.listen(3000);
                }

                void bootstrap();
                """)));

    [Fact]
    public void An_app_guard_built_by_a_factory_counts_as_authenticating() =>
        RuleTester.ValidProject(Rule, With(
            ("src/stock/stock.controller.ts", OpenStockController),
            ("src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { APP_GUARD, Reflector } from '@nestjs/core';
                import { TokenService } from './token.service';
                import { PermissionGuard } from './permission.guard';

                @Module({
                  providers: [
                    {
                      provide: APP_GUARD,
                      useFactory: (tokens: TokenService) => new PermissionGuard(new Reflector(), tokens),
                      inject: [TokenService],
                    },
                  ],
                })
                export class AppModule {}
                """)));

    [Fact]
    public void Authentication_middleware_keeps_the_rule_silent() =>
        RuleTester.ValidProject(Rule, With(
            ("src/stock/stock.controller.ts", OpenStockController),
            ("src/app.module.ts", """
                import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
                import { AuthMiddleware } from './auth.middleware';

                @Module({})
                export class AppModule implements NestModule {
                  configure(consumer: MiddlewareConsumer) {
                    consumer.apply(AuthMiddleware).forRoutes('*');
                  }
                }
                """)));

    [Fact]
    public void An_authentication_module_from_a_package_may_register_a_global_guard() =>
        RuleTester.ValidProject(Rule, With(
            ("src/stock/stock.controller.ts", OpenStockController),
            ("src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { AuthModule } from '@acme/nest-better-auth';
                import { StockController } from './stock/stock.controller';

                @Module({ imports: [AuthModule.forRoot({})], controllers: [StockController] })
                export class AppModule {}
                """)));

    [Fact]
    public void Public_markers_open_routes_on_purpose() =>
        RuleTester.ValidProject(Rule, With(
            ("src/common/public.decorator.ts", """
                import { SetMetadata } from '@nestjs/common';

                export const IS_PUBLIC_KEY = 'isPublic';
                export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
                export const AllowAnonymous = () => SetMetadata('allowAnonymous', true);
                """),
            ("src/health/health.controller.ts", """
                import { Controller, Get, Post, SetMetadata } from '@nestjs/common';
                import { AllowAnonymous, IS_PUBLIC_KEY, Public } from '../common/public.decorator';

                @Public()
                @Controller('health')
                export class HealthController {
                  @Get()
                  check() {}
                }

                @Controller('hooks')
                export class HooksController {
                  @AllowAnonymous()
                  @Post('stripe')
                  stripe() {}

                  @SetMetadata(IS_PUBLIC_KEY, true)
                  @Post('github')
                  github() {}

                  @SetMetadata('isPublic', true)
                  @Get('ping')
                  ping() {}
                }
                """)));

    [Fact]
    public void Guards_applied_by_a_custom_decorator_count() =>
        RuleTester.ValidProject(Rule, With(
            ("src/auth/jwt-auth.guard.ts", JwtGuard),
            ("src/auth/auth.decorator.ts", """
                import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
                import { ApiBearerAuth } from '@nestjs/swagger';
                import { JwtAuthGuard } from './jwt-auth.guard';

                export function Auth(...roles: string[]) {
                  return applyDecorators(SetMetadata('roles', roles), UseGuards(JwtAuthGuard), ApiBearerAuth());
                }
                """),
            ("src/stock/stock.controller.ts", """
                import { Controller, Put } from '@nestjs/common';
                import { Auth } from '../auth/auth.decorator';

                @Controller('stock')
                export class StockController {
                  @Auth('admin')
                  @Put(':id')
                  adjust() {}
                }
                """)));

    [Fact]
    public void A_guard_on_a_base_controller_is_inherited() =>
        RuleTester.ValidProject(Rule, With(
            ("src/auth/jwt-auth.guard.ts", JwtGuard),
            ("src/common/secured.controller.ts", """
                import { UseGuards } from '@nestjs/common';
                import { JwtAuthGuard } from '../auth/jwt-auth.guard';

                @UseGuards(JwtAuthGuard)
                export abstract class SecuredController {}
                """),
            ("src/stock/stock.controller.ts", """
                import { Controller, Put } from '@nestjs/common';
                import { SecuredController } from '../common/secured.controller';

                @Controller('stock')
                export class StockController extends SecuredController {
                  @Put(':id')
                  adjust() {}
                }
                """)));

    [Fact]
    public void A_decorator_from_a_package_that_speaks_of_authentication_keeps_the_rule_silent() =>
        RuleTester.ValidProject(Rule, With(("src/stock/stock.controller.ts", """
            import { Controller, Put } from '@nestjs/common';
            import { Authenticated } from '@acme/nest-auth';

            @Authenticated()
            @Controller('stock')
            export class StockController {
              @Put(':id')
              adjust() {}
            }
            """)));

    [Fact]
    public void A_controller_no_module_lists_serves_no_routes() =>
        RuleTester.InvalidProject(Rule, With(
            ("src/stock/stock.controller.ts", OpenStockController.Replace("@Put(':id')", "[|@Put(':id')|]", StringComparison.Ordinal).Replace("@Get(':id')", "[|@Get(':id')|]", StringComparison.Ordinal)),
            ("src/stock/legacy-stock.controller.ts", OpenStockController.Replace("class StockController", "class LegacyStockController", StringComparison.Ordinal)),
            ("src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { StockModule } from './stock/stock.module';

                @Module({ imports: [StockModule] })
                export class AppModule {}
                """),
            ("src/stock/stock.module.ts", """
                import { Module } from '@nestjs/common';
                import { StockController } from './stock.controller';

                @Module({ controllers: [StockController] })
                export class StockModule {}
                """)),
            "GET /stock/:id (StockController.read) has no authenticating guard and no public marker: anyone can call it.",
            "PUT /stock/:id (StockController.adjust) has no authenticating guard and no public marker: anyone can call it.");

    [Fact]
    public void Routes_open_by_nature_are_not_reported() =>
        RuleTester.ValidProject(Rule, With(("src/auth/auth.controller.ts", """
            import { Body, Controller, Get, Post } from '@nestjs/common';

            @Controller({ path: 'auth', version: '1' })
            export class AuthController {
              @Post('email/login')
              login(@Body() dto: LoginDto) {}

              @Post('forgot/password')
              forgotPassword(@Body() dto: ForgotPasswordDto) {}
            }

            @Controller()
            export class AppController {
              @Get()
              info() {}

              @Get('health')
              health() {}

              @Post('register')
              register(@Body() dto: RegisterDto) {}

              @Post('tokens')
              refreshToken(@Body() dto: RefreshDto) {}
            }

            @Controller('password')
            export class PasswordController {
              @Post('verify-code')
              verify(@Body() dto: CodeDto) {}

              @Post('change')
              change(@Body() dto: ChangePasswordDto) {}
            }
            """)));

    [Fact]
    public void Controllers_in_tests_are_not_checked() =>
        RuleTester.ValidProject(Rule, With(("test/fixtures/stock.controller.ts", OpenStockController)));

    [Fact]
    public void Configured_public_decorators_and_known_safe_decorators_count()
    {
        var files = With(("src/stock/stock.controller.ts", """
            import { Controller, Get, Put } from '@nestjs/common';
            import { OpenEndpoint, Webhook } from '../common/markers';

            @Controller('stock')
            export class StockController {
              @OpenEndpoint()
              @Get()
              list() {}

              @Webhook()
              @Put(':id')
              adjust() {}
            }
            """));
        var config = new NestorConfig
        {
            Rules = new Dictionary<string, RuleSetting>
            {
                ["unguarded-route"] = new(false, null, new RuleOptions(new Dictionary<string, IReadOnlyList<string>> { ["public-decorators"] = ["@OpenEndpoint"] })),
            },
            KnownSafeDecorators = ["Webhook"],
        };
        RuleTester.ValidProject(Rule, files, config);
    }

    [Fact]
    public void A_mutation_without_a_guard_is_an_error_and_a_read_a_warning()
    {
        var markup = OpenStockController.Replace("@Get(':id')", "[|@Get(':id')|]", StringComparison.Ordinal).Replace("@Put(':id')", "[|@Put(':id')|]", StringComparison.Ordinal);
        RuleTester.InvalidProject(
            Rule,
            With(("src/stock/stock.controller.ts", markup)),
            "GET /stock/:id (StockController.read) has no authenticating guard and no public marker: anyone can call it.",
            "PUT /stock/:id (StockController.adjust) has no authenticating guard and no public marker: anyone can call it.");
        var diagnostics = RuleTester.RunProject(Rule, With(("src/stock/stock.controller.ts", OpenStockController)));
        Assert.Equal([DiagnosticSeverity.Warning, DiagnosticSeverity.Error], diagnostics.Select(d => d.Severity));
        Assert.Equal("src/stock/stock.controller.ts", Assert.Single(diagnostics[1].Labels).Path);
    }

    [Fact]
    public void A_global_throttler_authenticates_nobody()
    {
        var files = With(
            ("src/stock/stock.controller.ts", """
                import { Controller, Put } from '@nestjs/common';

                @Controller('stock')
                export class StockController {
                  [|@Put()|]
                  adjust() {}
                }
                """),
            ("src/app.module.ts", """
                import { Module } from '@nestjs/common';
                import { APP_GUARD } from '@nestjs/core';
                import { ThrottlerGuard } from '@nestjs/throttler';
                import { StockController } from './stock/stock.controller';

                @Module({ controllers: [StockController], providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }] })
                export class AppModule {}
                """));
        RuleTester.InvalidProject(Rule, files, "PUT /stock (StockController.adjust) has no authenticating guard and no public marker: anyone can call it.");
        var finding = Assert.Single(RuleTester.RunProject(Rule, files.ToDictionary(p => p.Key, p => p.Value.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal))));
        Assert.Equal("The global ThrottlerGuard limits how often a client calls, but authenticates nobody.", finding.Note);
    }

    [Fact]
    public void A_subclass_of_the_throttler_and_a_handler_throttler_authenticate_nobody() =>
        RuleTester.InvalidProject(
            Rule,
            With(
                ("src/common/proxy-throttler.guard.ts", """
                    import { Injectable } from '@nestjs/common';
                    import { ThrottlerGuard } from '@nestjs/throttler';

                    @Injectable()
                    export class BehindProxyGuard extends ThrottlerGuard {}
                    """),
                ("src/main.ts", """
                    import { NestFactory } from '@nestjs/core';
                    import { AppModule } from './app.module';
                    import { BehindProxyGuard } from './common/proxy-throttler.guard';

                    async function bootstrap(): Promise<void> {
                      const app = await NestFactory.create(AppModule);
                      app.useGlobalGuards(app.get(BehindProxyGuard));
                      await app.listen(3000);
                    }

                    void bootstrap();
                    """),
                ("src/stock/stock.controller.ts", """
                    import { Controller, Post, UseGuards } from '@nestjs/common';
                    import { ThrottlerGuard } from '@nestjs/throttler';

                    @Controller('stock')
                    export class StockController {
                      @UseGuards(ThrottlerGuard)
                      [|@Post()|]
                      create() {}
                    }
                    """)),
            "POST /stock (StockController.create) has no authenticating guard and no public marker: anyone can call it.");

    [Fact]
    public void A_configured_non_authenticating_guard_does_not_count()
    {
        var files = With(("src/stock/stock.controller.ts", """
            import { Controller, Post, UseGuards } from '@nestjs/common';
            import { MaintenanceGuard } from '../common/maintenance.guard';

            @UseGuards(MaintenanceGuard)
            @Controller('stock')
            export class StockController {
              @Post()
              create() {}
            }
            """));
        Assert.Empty(RuleTester.RunProject(Rule, files));
        var config = new NestorConfig
        {
            Rules = new Dictionary<string, RuleSetting>
            {
                ["unguarded-route"] = new(false, null, new RuleOptions(new Dictionary<string, IReadOnlyList<string>> { ["non-authenticating-guards"] = ["MaintenanceGuard"] })),
            },
        };
        Assert.Equal("POST /stock (StockController.create) has no authenticating guard and no public marker: anyone can call it.", Assert.Single(RuleTester.RunProject(Rule, files, config)).Message);
    }

    [Fact]
    public void A_graphql_mutation_without_a_guard()
    {
        var files = With(("src/users/users.resolver.ts", """
            import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
            import { UseGuards } from '@nestjs/common';
            import { GqlAuthGuard } from '../auth/gql-auth.guard';

            @Resolver()
            export class UsersResolver {
              [|@Mutation(() => Boolean)|]
              deleteUser(@Args('id') id: string) {
                return true;
              }

              @UseGuards(GqlAuthGuard)
              @Query(() => Boolean)
              me() {
                return true;
              }
            }
            """));
        RuleTester.InvalidProject(Rule, files, "GraphQL mutation 'deleteUser' (UsersResolver.deleteUser) has no authenticating guard and no public marker: anyone can call it.");
    }

    [Theory]
    [InlineData("every controller is guarded with @useguards(jwtauthguard) or marked @public()", true)]
    [InlineData("routes that change data need a guard", true)]
    [InlineData("guards live in src/auth/guards and controllers import them from there", false)]
    public void Recognises_the_rules_md_lines_it_enforces(string line, bool expected) =>
        Assert.Equal(expected, UnguardedRoute.Rule.Recognises(line));
}
