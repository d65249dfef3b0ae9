using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MongoDB.Bson.Serialization.Serializers;

namespace Nestor.Mongo.Bson;

/// <summary>
/// Keeps, in a native build, the serializers that MongoDB.Bson builds by reflection the first time anything is
/// deserialized (every <c>BsonDeserializationContext</c>, the driver's too, asks for its default serializers of
/// dynamic arrays and documents). A native build keeps only what it sees used; these it cannot see.
/// </summary>
internal static class ReflectedSerializers
{
    // A module initializer is always kept, so the dependencies it declares are kept with it; it has nothing to run.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The one place a native build is sure to keep, whatever reads BSON first.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(EnumerableInterfaceImplementerSerializer<List<object>, object>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(ExpandoObjectSerializer))]
    internal static void KeepReflectedSerializers()
    {
    }
}
