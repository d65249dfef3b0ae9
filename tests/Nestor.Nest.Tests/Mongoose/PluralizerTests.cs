using Nestor.Nest.Mongoose;

namespace Nestor.Nest.Tests.Mongoose;

public sealed class PluralizerTests
{
    [Theory]
    [InlineData("User", "users")]
    [InlineData("Person", "people")]
    [InlineData("Category", "categories")]
    [InlineData("Box", "boxes")]
    [InlineData("Mouse", "mice")]
    [InlineData("House", "houses")]
    [InlineData("Child", "children")]
    [InlineData("Woman", "women")]
    [InlineData("Human", "humans")]
    [InlineData("Ox", "oxen")]
    [InlineData("Axis", "axes")]
    [InlineData("Octopus", "octopi")]
    [InlineData("Alias", "aliases")]
    [InlineData("Bus", "buses")]
    [InlineData("Tomato", "tomatoes")]
    [InlineData("Datum", "data")]
    [InlineData("Analysis", "analyses")]
    [InlineData("Knife", "knives")]
    [InlineData("Wife", "wives")]
    [InlineData("Half", "halves")]
    [InlineData("Giraffe", "giraffes")]
    [InlineData("Hive", "hives")]
    [InlineData("Query", "queries")]
    [InlineData("Day", "days")]
    [InlineData("Church", "churches")]
    [InlineData("Address", "addresses")]
    [InlineData("Wish", "wishes")]
    [InlineData("Index", "indexes")]
    [InlineData("Quiz", "quizzes")]
    [InlineData("Sms", "sms")]
    [InlineData("OrderItem", "orderitems")]
    [InlineData("User2", "user2")]
    [InlineData("Photo", "photos")]
    public void Pluralizes_like_mongoose(string model, string collection) =>
        Assert.Equal(collection, Pluralizer.Pluralize(model));

    [Theory]
    [InlineData("Status", "status")]
    [InlineData("Fish", "fish")]
    [InlineData("Series", "series")]
    [InlineData("Media", "media")]
    [InlineData("News", "news")]
    [InlineData("Equipment", "equipment")]
    public void Keeps_uncountable_words(string model, string collection) =>
        Assert.Equal(collection, Pluralizer.Pluralize(model));

    [Theory]
    [InlineData("system.profile")]
    [InlineData("system.indexes")]
    public void Keeps_system_collections(string name) => Assert.Equal(name, Pluralizer.Pluralize(name));

    [Fact]
    public void Empty_name_stays_empty() => Assert.Equal("", Pluralizer.Pluralize(""));
}
