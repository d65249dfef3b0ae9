using Nestor.Rules.Api;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Api;

public sealed class BodyWithoutDtoTests
{
    private const string Controller = "src/orders/orders.controller.ts";

    private const string Imports = """
        import { Body, Controller, Param, Post, Query, Get, UsePipes, ParseArrayPipe } from '@nestjs/common';

        """;

    private static readonly BodyWithoutDto Rule = new();

    private static Dictionary<string, string> Project(string controller, params (string Path, string Code)[] others)
    {
        var files = new Dictionary<string, string> { [Controller] = Imports + controller };
        foreach (var (path, code) in others)
        {
            files[path] = code;
        }

        return files;
    }

    private static void Invalid(string controller, string message, params (string Path, string Code)[] others) =>
        RuleTester.InvalidProject(Rule, Project(controller, others), message);

    private static void Valid(string controller, params (string Path, string Code)[] others) =>
        RuleTester.ValidProject(Rule, Project(controller, others));

    private const string CreateOrderDto = """
        import { IsString } from 'class-validator';

        export class CreateOrderDto {
          @IsString()
          reference: string;
        }
        """;

    [Fact]
    public void An_inline_object_type() => Invalid(
        """
        @Controller('orders')
        export class OrdersController {
          @Post(':id/cancel')
          cancel(@Param('id') id: string, @Body() body: [|{ reason: string }|]) {}
        }
        """,
        "@Body() 'body' has an inline object type: ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void A_record_as_the_whole_query() => Invalid(
        """
        @Controller('orders')
        export class OrdersController {
          @Get()
          list(@Query() query: [|Record<string, unknown>|]) {}
        }
        """,
        "@Query() 'query' is typed 'Record<string, unknown>': ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void A_destructured_query_with_an_inline_type() => Invalid(
        """
        @Controller('orders')
        export class OrdersController {
          @Get()
          list(@Query() { page = 1, limit = 10 }: [|{ page?: number; limit?: number }|]) {}
        }
        """,
        "The destructured @Query() has an inline object type: ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void An_interface_imported_from_another_file() => Invalid(
        """
        import { CreateOrderInput } from './order.types';

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() input: [|CreateOrderInput|]) {}
        }
        """,
        "@Body() 'input' is typed 'CreateOrderInput', an interface: ValidationPipe sees no class and validates nothing.",
        ("src/orders/order.types.ts", "export interface CreateOrderInput { reference: string }"));

    [Fact]
    public void A_type_alias() => Invalid(
        """
        type CreateOrderInput = { reference: string };

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() input: [|CreateOrderInput|]) {}
        }
        """,
        "@Body() 'input' is typed 'CreateOrderInput', a type alias: ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void A_class_imported_with_import_type() => Invalid(
        """
        import type { CreateOrderDto } from './dto/create-order.dto';

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() dto: [|CreateOrderDto|]) {}
        }
        """,
        "@Body() 'dto' is typed 'CreateOrderDto', a class imported with 'import type' (no value at run time): ValidationPipe sees no class and validates nothing.",
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto));

    [Fact]
    public void No_type_at_all() => Invalid(
        """
        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() [|body|]) {}
        }
        """,
        "@Body() 'body' has no type: ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void Any_as_the_whole_param_object() => Invalid(
        """
        @Controller('orders')
        export class OrdersController {
          @Get(':id')
          findOne(@Param() params: [|any|]) {}
        }
        """,
        "@Param() 'params' is typed 'any': ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void A_type_parameter_of_a_generic_controller() => Invalid(
        """
        @Controller('items')
        export class CrudController<TCreate> {
          @Post()
          create(@Body() dto: [|TCreate|]) {}
        }
        """,
        "@Body() 'dto' is typed 'TCreate', a type parameter: ValidationPipe sees no class and validates nothing.");

    [Fact]
    public void A_union_of_two_dtos() => Invalid(
        """
        import { CreateOrderDto } from './dto/create-order.dto';

        class DraftOrderDto {}

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() dto: [|CreateOrderDto | DraftOrderDto|]) {}
        }
        """,
        "@Body() 'dto' is typed 'CreateOrderDto | DraftOrderDto', a union type: ValidationPipe sees no class and validates nothing.",
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto));

    [Fact]
    public void An_array_of_dtos() => Invalid(
        """
        import { CreateOrderDto } from './dto/create-order.dto';

        @Controller('orders')
        export class OrdersController {
          @Post('bulk')
          createMany(@Body() orders: [|CreateOrderDto[]|]) {}
        }
        """,
        "@Body() 'orders' is an array: ValidationPipe does not validate its items.",
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto));

    [Fact]
    public void A_class_imported_normally_and_keyed_primitives_are_fine() => Valid(
        """
        import { CreateOrderDto } from './dto/create-order.dto';

        @Controller('orders')
        export class OrdersController {
          @Post(':id')
          create(@Param('id') id: string, @Query('page') page: string | undefined, @Body() dto: CreateOrderDto, @Body('note') note?: string) {}

          @Get()
          list(@Query() query?: CreateOrderDto | null) {}
        }
        """,
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto));

    [Fact]
    public void The_class_wins_over_an_interface_of_the_same_name_elsewhere() => Valid(
        """
        import { CreateOrderDto } from './dto/create-order.dto';

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body() dto: CreateOrderDto) {}
        }
        """,
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto),
        ("src/legacy/create-order.dto.ts", "export interface CreateOrderDto { reference: string }"));

    [Fact]
    public void Another_pipe_on_the_parameter_or_the_route_validates() => Valid(
        """
        import { ZodValidationPipe } from 'nestjs-zod';
        import { createOrderSchema, CreateOrderInput } from './order.schema';
        import { CreateOrderDto } from './dto/create-order.dto';

        @Controller('orders')
        export class OrdersController {
          @Post()
          create(@Body(new ZodValidationPipe(createOrderSchema)) input: CreateOrderInput) {}

          @Post('draft')
          @UsePipes(new ZodValidationPipe(createOrderSchema))
          draft(@Body() input: CreateOrderInput) {}

          @Post('bulk')
          createMany(@Body(new ParseArrayPipe({ items: CreateOrderDto })) orders: CreateOrderDto[]) {}
        }
        """,
        ("src/orders/order.schema.ts", "import { z } from 'zod';\nexport const createOrderSchema = z.object({ reference: z.string() });\nexport type CreateOrderInput = z.infer<typeof createOrderSchema>;"),
        ("src/orders/dto/create-order.dto.ts", CreateOrderDto));

    [Fact]
    public void Raw_bodies_package_types_and_other_decorators_are_not_reported() => Valid(
        """
        import { Args, Resolver, Mutation } from '@nestjs/graphql';
        import { Request } from 'express';

        function Payload(): ParameterDecorator {
          return () => undefined;
        }

        @Controller('hooks')
        export class HooksController {
          @Post('text')
          text(@Body() raw: string) {}

          @Post('express')
          express(@Body() body: Request) {}

          @Post('custom')
          custom(@Payload() payload: { id: string }) {}
        }

        @Resolver()
        export class OrdersResolver {
          @Mutation()
          create(@Args() args: { reference: string }) {}
        }
        """);

    [Fact]
    public void A_project_decorator_named_body_is_not_nests() => Valid(
        """
        import { Body as RawBody } from './raw-body.decorator';

        @Controller('hooks')
        export class HooksController {
          @Post()
          receive(@RawBody() payload: { id: string }) {}
        }
        """,
        ("src/orders/raw-body.decorator.ts", "export function Body(): ParameterDecorator { return () => undefined; }"));
}
