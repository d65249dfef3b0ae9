using Nestor.Rules.Api;
using Nestor.Rules.Configuration;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Api;

public sealed class DtoPropertyWithoutValidationTests
{
    private const string ControllerPath = "src/products/products.controller.ts";
    private const string DtoPath = "src/products/dto/create-product.dto.ts";

    private static readonly DtoPropertyWithoutValidation Rule = new();

    private const string Controller = """
        import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
        import { CreateProductDto } from './dto/create-product.dto';
        import { UpdateProductDto } from './dto/update-product.dto';

        @Controller('products')
        export class ProductsController {
          @Post()
          create(@Body() dto: CreateProductDto) {}

          @Patch(':id')
          update(@Param('id') id: string, @Body() dto: UpdateProductDto) {}
        }
        """;

    private const string UpdateDto = """
        import { PartialType } from '@nestjs/swagger';
        import { IsOptional, IsString } from 'class-validator';
        import { CreateProductDto } from './create-product.dto';

        export class UpdateProductDto extends PartialType(CreateProductDto) {
          @IsOptional()
          @IsString()
          status?: string;
        }
        """;

    private static Dictionary<string, string> Project(string createDto, string? updateDto = null, string controller = Controller) => new()
    {
        [ControllerPath] = controller,
        [DtoPath] = createDto,
        ["src/products/dto/update-product.dto.ts"] = updateDto ?? UpdateDto,
    };

    [Fact]
    public void A_property_documented_but_not_validated_is_reported_once_where_it_is_declared() => RuleTester.InvalidProject(
        Rule,
        Project("""
            import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
            import { Type } from 'class-transformer';
            import { IsString } from 'class-validator';

            export class CreateProductDto {
              @ApiProperty()
              @IsString()
              name: string;

              @ApiPropertyOptional({ type: [String] })
              @Type(() => String)
              [|tags|]?: string[];
            }
            """),
        "'tags' of CreateProductDto has no class-validator decorator, yet it is read from the request body of POST /products.");

    [Fact]
    public void Picked_and_intersected_properties_are_followed_to_their_class() => RuleTester.InvalidProject(
        Rule,
        new Dictionary<string, string>
        {
            [ControllerPath] = """
                import { Body, Controller, Get, Post, Query } from '@nestjs/common';
                import { PickType, IntersectionType, OmitType } from '@nestjs/mapped-types';
                import { IsInt } from 'class-validator';
                import { ProductBase } from './product-base';

                class Paging {
                  @IsInt()
                  page: number;

                  [|limit|]: number;
                }

                class RenameProductDto extends PickType(ProductBase, ['name'] as const) {}

                class SearchProductsDto extends IntersectionType(Paging, OmitType(ProductBase, ['name'])) {}

                @Controller('products')
                export class ProductsController {
                  @Post('rename')
                  rename(@Body() dto: RenameProductDto) {}

                  @Get()
                  search(@Query() query: SearchProductsDto) {}
                }
                """,
            ["src/products/product-base.ts"] = """
                export class ProductBase {
                  [|name|]: string;

                  [|category|]: string;
                }
                """,
        },
        "'name' of ProductBase has no class-validator decorator, yet it is read from the request body of POST /products/rename (through RenameProductDto).",
        "'category' of ProductBase has no class-validator decorator, yet it is read from the query string of GET /products (through SearchProductsDto).",
        "'limit' of Paging has no class-validator decorator, yet it is read from the query string of GET /products (through SearchProductsDto).");

    [Fact]
    public void Nested_dtos_under_validate_nested_are_checked() => RuleTester.InvalidProject(
        Rule,
        Project("""
            import { Type } from 'class-transformer';
            import { IsInt, IsString, ValidateNested } from 'class-validator';

            export class PriceDto {
              @IsInt()
              amount: number;

              [|currency|]: string;
            }

            export class CreateProductDto {
              @IsString()
              name: string;

              @ValidateNested()
              @Type(() => PriceDto)
              price: PriceDto;
            }
            """),
        "'currency' of PriceDto has no class-validator decorator, yet it is read from the request body of POST /products.");

    [Fact]
    public void Every_validator_kind_counts() => RuleTester.ValidProject(Rule, Project("""
        import { ApiProperty } from '@nestjs/swagger';
        import { Allow, IsDefined, IsOptional, IsString, ValidateBy, Validate } from 'class-validator';
        import { IsSku } from '../../common/validators/is-sku';
        import { IsTrimmed } from 'some-validation-package';

        export class CreateProductDto {
          @IsString()
          name: string;

          @Allow()
          notes: unknown;

          @IsDefined()
          price: number;

          @IsOptional()
          description?: string;

          @IsSku()
          sku: string;

          @IsTrimmed()
          slug: string;

          @ApiProperty()
          @Validate(Object)
          supplier: string;

          static readonly maxTags = 10;

          get label(): string {
            return this.name;
          }
        }
        """)
        .Concat(new Dictionary<string, string>
        {
            ["src/common/validators/is-sku.ts"] = "import { registerDecorator } from 'class-validator';\nexport function IsSku(): PropertyDecorator { return (target, key) => registerDecorator({ target: target.constructor, propertyName: String(key), validator: { validate: (v: unknown) => typeof v === 'string' } }); }",
        })
        .ToDictionary());

    [Fact]
    public void A_project_decorator_that_only_documents_is_not_validation() => RuleTester.InvalidProject(
        Rule,
        Project("""
            import { IsString } from 'class-validator';
            import { ApiField } from '../../common/api-field.decorator';

            export class CreateProductDto {
              @IsString()
              name: string;

              @ApiField()
              [|tags|]: string[];
            }
            """)
            .Concat(new Dictionary<string, string>
            {
                ["src/common/api-field.decorator.ts"] = "import { applyDecorators } from '@nestjs/common';\nimport { ApiProperty } from '@nestjs/swagger';\nimport { Expose } from 'class-transformer';\nexport const ApiField = () => applyDecorators(ApiProperty(), Expose());",
            })
            .ToDictionary(),
        "'tags' of CreateProductDto has no class-validator decorator, yet it is read from the request body of POST /products.");

    [Fact]
    public void Response_dtos_and_routes_validated_by_another_pipe_are_not_checked() => RuleTester.ValidProject(Rule, new Dictionary<string, string>
    {
        [ControllerPath] = """
            import { Body, Controller, Get, Post } from '@nestjs/common';
            import { IsString } from 'class-validator';
            import { JoiValidationPipe } from '../common/joi.pipe';
            import { ProductResponseDto, ImportProductsDto, importSchema } from './dto/product.dto';

            @Controller('products')
            export class ProductsController {
              @Get()
              list(): ProductResponseDto[] {
                return [];
              }

              @Post('import')
              import(@Body(new JoiValidationPipe(importSchema)) dto: ImportProductsDto) {}
            }
            """,
        ["src/products/dto/product.dto.ts"] = """
            export class ProductResponseDto {
              id: string;
            }

            export class ImportProductsDto {
              url: string;
            }

            export const importSchema = {};
            """,
        ["src/common/joi.pipe.ts"] = "export class JoiValidationPipe { constructor(readonly schema: object) {} transform(value: unknown) { return value; } }",
    });

    [Fact]
    public void Files_of_a_multipart_upload_and_excluded_properties_are_not_body_values() => RuleTester.ValidProject(Rule, new Dictionary<string, string>
    {
        [ControllerPath] = """
            import { Body, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
            import { FileInterceptor, FileFieldsInterceptor } from '@nestjs/platform-express';
            import { ApiProperty } from '@nestjs/swagger';
            import { Exclude } from 'class-transformer';
            import { IsString } from 'class-validator';

            class UploadImageDto {
              @ApiProperty({ type: 'string', format: 'binary' })
              image: string;

              @IsString()
              caption: string;

              @Exclude()
              uploadedBy?: string;
            }

            class UploadManualDto {
              manual: unknown;

              cover: unknown;

              @IsString()
              title: string;
            }

            @Controller('products')
            export class ProductsController {
              @Post('image')
              @UseInterceptors(FileInterceptor('image'))
              image(@Body() dto: UploadImageDto, @UploadedFile() image: unknown) {}

              @Post('manual')
              @UseInterceptors(FileInterceptor('manual'), FileFieldsInterceptor([{ name: 'cover', maxCount: 1 }]))
              manual(@Body() dto: UploadManualDto) {}
            }
            """,
    });

    [Fact]
    public void A_project_that_never_imports_class_validator_is_not_checked() => RuleTester.ValidProject(Rule, Project(
        "export class CreateProductDto {\n  name: string;\n}\n",
        "export class UpdateProductDto {\n  name?: string;\n}\n"));

    [Fact]
    public void Configured_validators_and_known_safe_decorators_count()
    {
        var files = Project("""
            import { IsString } from 'class-validator';
            import { Trusted } from '../../common/trusted.decorator';

            export class CreateProductDto {
              @IsString()
              name: string;

              @Trusted()
              origin: string;
            }
            """)
            .Concat(new Dictionary<string, string>
            {
                ["src/common/trusted.decorator.ts"] = "import { applyDecorators } from '@nestjs/common';\nimport { ApiProperty } from '@nestjs/swagger';\nexport const Trusted = () => applyDecorators(ApiProperty());",
            })
            .ToDictionary();
        Assert.NotEmpty(RuleTester.RunProject(Rule, files));
        var config = NestorConfig.Default with
        {
            Rules = new Dictionary<string, RuleSetting>
            {
                ["dto-property-without-validation"] = new(false, null, new RuleOptions(new Dictionary<string, IReadOnlyList<string>> { ["validators"] = ["@Trusted"] })),
            },
        };
        RuleTester.ValidProject(Rule, files, config);
        RuleTester.ValidProject(Rule, files, NestorConfig.Default with { KnownSafeDecorators = ["Trusted"] });
    }
}
