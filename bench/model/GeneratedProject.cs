namespace Nestor.ModelBench;

/// <summary>Writes a synthetic NestJS + Mongoose project: per feature a module, controller, service, schema, DTOs, enum, barrel and spec.</summary>
internal static class GeneratedProject
{
    public static void Write(string root, int features)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Write(root, "package.json", """{ "name": "bench-api", "dependencies": { "@nestjs/common": "^10", "@nestjs/mongoose": "^10", "mongoose": "^8", "class-validator": "^0.14" } }""");
        Write(root, "tsconfig.json", """
            {
              "compilerOptions": { "baseUrl": "./", "experimentalDecorators": true, "emitDecoratorMetadata": true, "outDir": "./dist",
                "paths": { "@common/*": ["src/common/*"], "@features/*": ["src/features/*"] } },
              "include": ["src/**/*"],
            }
            """);
        Write(root, ".gitignore", "dist/\ncoverage/\n*.log\n");
        Write(root, "src/common/constants.ts", "export const API_PREFIX = 'api';\nexport const DEFAULT_LIMIT = 20;\n");
        Write(root, "src/common/index.ts", "export * from './constants';\n");
        var imports = new System.Text.StringBuilder();
        var moduleNames = new List<string>();
        for (var i = 0; i < features; i++)
        {
            var name = $"Item{i}";
            var folder = $"src/features/item{i}";
            moduleNames.Add(name + "Module");
            imports.Append($"import {{ {name}Module }} from '@features/item{i}';\n");
            var other = i > 0 ? $"Item{i - 1}" : null;
            WriteFeature(root, folder, name, i, other);
        }

        Write(root, "src/app.module.ts", imports + $"import {{ Module }} from '@nestjs/common';\n\n@Module({{ imports: [{string.Join(", ", moduleNames)}] }})\nexport class AppModule {{}}\n");
        Write(root, "src/main.ts", "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\nbootstrap();\n");
        Write(root, "dist/main.js", "ignored build output");
    }

    private static void WriteFeature(string root, string folder, string name, int index, string? other)
    {
        var lower = name.ToLowerInvariant();
        Write(root, $"{folder}/{lower}-status.enum.ts", $"export enum {name}Status {{ Active = 'active', Archived = 'archived', Draft = 'draft' }}\n");
        Write(root, $"{folder}/schemas/{lower}.schema.ts", $$"""
            import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
            import { HydratedDocument } from 'mongoose';
            import { {{name}}Status } from '../{{lower}}-status.enum';

            export type {{name}}Document = HydratedDocument<{{name}}>;

            @Schema({ collection: '{{lower}}s', timestamps: true })
            export class {{name}} {
              @Prop({ required: true, index: true })
              title: string;

              @Prop({ type: [String], default: [] })
              tags: string[];

              @Prop({ enum: {{name}}Status, default: {{name}}Status.Draft })
              status: {{name}}Status;

              @Prop({ min: 0, max: 1000 })
              rank?: number;
            }

            export const {{name}}Schema = SchemaFactory.createForClass({{name}});
            {{name}}Schema.index({ status: 1, createdAt: -1 });
            """);
        Write(root, $"{folder}/dto/create-{lower}.dto.ts", $$"""
            import { IsString, IsOptional, IsArray, MaxLength } from 'class-validator';

            export class Create{{name}}Dto {
              @IsString()
              @MaxLength(200)
              readonly title: string;

              @IsArray()
              @IsOptional()
              readonly tags?: string[];
            }
            """);
        Write(root, $"{folder}/dto/update-{lower}.dto.ts", $$"""
            import { PartialType } from '@nestjs/mapped-types';
            import { Create{{name}}Dto } from './create-{{lower}}.dto';

            export class Update{{name}}Dto extends PartialType(Create{{name}}Dto) {}
            """);
        Write(root, $"{folder}/dto/index.ts", $"export * from './create-{lower}.dto';\nexport * from './update-{lower}.dto';\n");
        var otherImport = other is null ? string.Empty : $"import {{ {other}Service }} from '@features/{other.ToLowerInvariant()}';\n";
        var otherParameter = other is null ? string.Empty : $",\n    private readonly {other.ToLowerInvariant()}Service: {other}Service";
        Write(root, $"{folder}/{lower}.service.ts", $$"""
            import { Injectable, NotFoundException } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            import { DEFAULT_LIMIT } from '@common/constants';
            import { {{name}}, {{name}}Document } from './schemas/{{lower}}.schema';
            import { Create{{name}}Dto, Update{{name}}Dto } from './dto';
            {{otherImport}}
            @Injectable()
            export class {{name}}Service {
              constructor(
                @InjectModel({{name}}.name) private readonly model: Model<{{name}}Document>{{otherParameter}},
              ) {}

              async findAll(limit = DEFAULT_LIMIT): Promise<{{name}}[]> {
                return this.model.find({ status: 'active' }).sort({ createdAt: -1 }).limit(limit).lean().exec();
              }

              async findOne(id: string): Promise<{{name}}> {
                const found = await this.model.findById(id).lean().exec();
                if (!found) {
                  throw new NotFoundException(`{{name}} ${id} not found`);
                }
                return found;
              }

              create(dto: Create{{name}}Dto) {
                return this.model.create(dto);
              }

              update(id: string, dto: Update{{name}}Dto) {
                return this.model.findByIdAndUpdate(id, dto, { new: true }).exec();
              }
            }
            """);
        Write(root, $"{folder}/{lower}.controller.ts", $$"""
            import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
            import { API_PREFIX } from '@common/index';
            import { {{name}}Service } from './{{lower}}.service';
            import { Create{{name}}Dto, Update{{name}}Dto } from './dto';

            @Controller(`${API_PREFIX}/{{lower}}s`)
            export class {{name}}Controller {
              constructor(private readonly service: {{name}}Service) {}

              @Get()
              findAll(@Query('limit') limit?: number) {
                return this.service.findAll(limit);
              }

              @Get(':id')
              findOne(@Param('id') id: string) {
                return this.service.findOne(id);
              }

              @Post()
              create(@Body() dto: Create{{name}}Dto) {
                return this.service.create(dto);
              }

              @Patch(':id')
              update(@Param('id') id: string, @Body() dto: Update{{name}}Dto) {
                return this.service.update(id, dto);
              }
            }
            """);
        var otherModuleImport = other is null ? string.Empty : $"import {{ {other}Module }} from '../{other.ToLowerInvariant()}/{other.ToLowerInvariant()}.module';\n";
        Write(root, $"{folder}/{lower}.module.ts", $$"""
            import { Module } from '@nestjs/common';
            import { MongooseModule } from '@nestjs/mongoose';
            import { {{name}}, {{name}}Schema } from './schemas/{{lower}}.schema';
            import { {{name}}Service } from './{{lower}}.service';
            import { {{name}}Controller } from './{{lower}}.controller';
            {{otherModuleImport}}
            @Module({
              imports: [MongooseModule.forFeature([{ name: {{name}}.name, schema: {{name}}Schema }]){{(other is null ? string.Empty : $", {other}Module")}}],
              controllers: [{{name}}Controller],
              providers: [{{name}}Service],
              exports: [{{name}}Service],
            })
            export class {{name}}Module {}
            """);
        Write(root, $"{folder}/{lower}.service.spec.ts", $$"""
            import { Test } from '@nestjs/testing';
            import { {{name}}Service } from './{{lower}}.service';

            describe('{{name}}Service', () => {
              it('is defined', async () => {
                const moduleRef = await Test.createTestingModule({ providers: [{{name}}Service] }).compile();
                expect(moduleRef.get({{name}}Service)).toBeDefined();
              });
            });
            """);
        Write(root, $"{folder}/index.ts", $"export * from './{lower}.module';\nexport * from './{lower}.service';\nexport * from './dto';\nexport {{ {name} }} from './schemas/{lower}.schema';\n");
        _ = index;
    }

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
