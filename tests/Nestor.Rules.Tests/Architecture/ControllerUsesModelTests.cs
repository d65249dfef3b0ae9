using Nestor.Rules.Architecture;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Architecture;

public sealed class ControllerUsesModelTests
{
    private static readonly ControllerUsesModel Rule = new();

    private const string Schema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

        @Schema()
        export class Order {
          @Prop() status!: string;
        }

        export const OrderSchema = SchemaFactory.createForClass(Order);
        """;

    private static Dictionary<string, string> Project(string path, string code) => new()
    {
        ["src/orders/order.schema.ts"] = Schema,
        [path] = code,
    };

    [Fact]
    public void A_service_may_inject_a_model() =>
        RuleTester.ValidProject(Rule, Project("src/orders/orders.service.ts", """
            import { Injectable } from '@nestjs/common';
            import { InjectConnection, InjectModel } from '@nestjs/mongoose';
            import { Connection, Model } from 'mongoose';
            import { Order } from './order.schema';

            @Injectable()
            export class OrdersService {
              constructor(
                @InjectModel(Order.name) private readonly orders: Model<Order>,
                @InjectConnection() private readonly connection: Connection,
              ) {}
            }
            """));

    [Fact]
    public void A_controller_that_injects_services_only() =>
        RuleTester.ValidProject(Rule, Project("src/orders/orders.controller.ts", """
            import { Controller, Inject } from '@nestjs/common';
            import { OrdersService } from './orders.service';
            import { ORDER_OPTIONS, OrderOptions } from './order-options';

            @Controller('orders')
            export class OrdersController {
              constructor(
                private readonly orders: OrdersService,
                @Inject(ORDER_OPTIONS) private readonly options: OrderOptions,
              ) {}
            }
            """));

    [Fact]
    public void Sequelize_and_typeorm_injections_are_not_mongoose() =>
        RuleTester.ValidProject(Rule, Project("src/orders/orders.controller.ts", """
            import { Controller } from '@nestjs/common';
            import { InjectConnection, InjectModel } from '@nestjs/sequelize';
            import { Sequelize } from 'sequelize-typescript';
            import { Order } from './order.entity';

            @Controller('orders')
            export class OrdersController {
              constructor(
                @InjectModel(Order) private readonly orders: typeof Order,
                @InjectConnection() private readonly sequelize: Sequelize,
              ) {}
            }
            """));

    [Fact]
    public void Controllers_in_tests_are_not_checked() =>
        RuleTester.ValidProject(Rule, Project("src/orders/orders.controller.spec.ts", """
            import { Controller } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            import { Order } from './order.schema';

            @Controller('fake')
            class FakeController {
              constructor(@InjectModel(Order.name) readonly orders: Model<Order>) {}
            }
            """));

    [Fact]
    public void A_controller_injecting_a_model_and_a_connection() =>
        RuleTester.InvalidProject(
            Rule,
            Project("src/orders/order-stats.controller.ts", """
                import { Controller } from '@nestjs/common';
                import { InjectConnection, InjectModel } from '@nestjs/mongoose';
                import { Connection, Model } from 'mongoose';
                import { Order } from './order.schema';

                @Controller('orders/stats')
                export class OrderStatsController {
                  constructor(
                    [|@InjectModel(Order.name) private readonly orders: Model<Order>|],
                    [|@InjectConnection() private readonly connection: Connection|],
                  ) {}
                }
                """),
            "The controller OrderStatsController injects a Mongoose model ('orders'): data access belongs in a service.",
            "The controller OrderStatsController injects a Mongoose connection ('connection'): data access belongs in a service.");

    [Fact]
    public void A_resolver_with_a_typegoose_model_and_a_property_injection() =>
        RuleTester.InvalidProject(
            Rule,
            Project("src/orders/orders.resolver.ts", """
                import { Inject } from '@nestjs/common';
                import { Resolver } from '@nestjs/graphql';
                import { InjectModel } from 'nestjs-typegoose';
                import { ReturnModelType } from '@typegoose/typegoose';
                import { Model } from 'mongoose';
                import { Order } from './order.schema';

                @Resolver(() => Order)
                export class OrdersResolver {
                  [|@Inject('ORDER_MODEL') private readonly raw!: Model<Order>;|]

                  constructor([|@InjectModel(Order) private readonly orders: ReturnModelType<typeof Order>|]) {}
                }
                """),
            "The resolver OrdersResolver injects a Mongoose model ('raw'): data access belongs in a service.",
            "The resolver OrdersResolver injects a Mongoose model ('orders'): data access belongs in a service.");

    [Theory]
    [InlineData("controllers never touch mongoose models or import mongoose; they call services", true)]
    [InlineData("controllers never import mongoose directly", false)]
    [InlineData("controllers call services, not repositories", false)]
    public void Recognises_the_rules_md_lines_it_enforces(string line, bool expected) =>
        Assert.Equal(expected, ControllerUsesModel.Rule.Recognises(line));
}
