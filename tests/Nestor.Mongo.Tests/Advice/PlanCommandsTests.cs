using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Tests.Advice;

public sealed class PlanCommandsTests
{
    private static readonly IndexKey[] Keys = [IndexKey.Ascending("status"), IndexKey.Descending("createdAt"), IndexKey.Ascending("items.sku")];

    [Theory]
    [InlineData("shop.orders", "db.getSiblingDB(\"shop\").orders.createIndex({ status: 1, createdAt: -1, \"items.sku\": 1 })")]
    [InlineData("?.orders", "db.orders.createIndex({ status: 1, createdAt: -1, \"items.sku\": 1 })")]
    [InlineData("shop.order-items", "db.getSiblingDB(\"shop\").getCollection(\"order-items\").createIndex({ status: 1, createdAt: -1, \"items.sku\": 1 })")]
    [InlineData("shop.audit.log", "db.getSiblingDB(\"shop\").getCollection(\"audit.log\").createIndex({ status: 1, createdAt: -1, \"items.sku\": 1 })")]
    public void Mongosh_create_index(string ns, string expected) =>
        Assert.Equal(expected, PlanCommands.CreateIndex(ns, Keys));

    [Theory]
    [InlineData("orders", "OrderSchema")]
    [InlineData("categories", "CategorySchema")]
    [InlineData("addresses", "AddressSchema")]
    [InlineData("boxes", "BoxSchema")]
    [InlineData("statuses", "StatusSchema")]
    [InlineData("order_items", "OrderItemSchema")]
    [InlineData("news", "NewSchema")]
    [InlineData("access", "AccessSchema")]
    [InlineData("userProfiles", "UserProfileSchema")]
    public void Mongoose_schema_name_guess(string collection, string expected) =>
        Assert.Equal(expected, PlanCommands.GuessSchemaName(collection));

    [Fact]
    public void Mongoose_index_line_and_special_keys()
    {
        IndexKey[] keys = [new("location", IndexKeyKind.TwoDSphere), new("name", IndexKeyKind.Text), new("tenant", IndexKeyKind.Hashed)];

        Assert.Equal("PlaceSchema.index({ location: \"2dsphere\", name: \"text\", tenant: \"hashed\" });", PlanCommands.MongooseIndex("PlaceSchema", keys));
        Assert.Equal("location_2dsphere_name_text_tenant_hashed", IndexDefinition.DefaultName(keys));
    }

    [Fact]
    public void Drop_index_quotes_the_name() =>
        Assert.Equal("db.getSiblingDB(\"shop\").orders.dropIndex(\"by \\\"name\\\"\")", PlanCommands.DropIndex("shop.orders", "by \"name\""));
}
