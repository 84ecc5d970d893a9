// netstandard2.0 has no System.Text.Json, and the runtime takes no dependency: these stand in for its attributes, inert,
// so that the model states its JSON shape once (PlanJson.cs) and compiles unchanged. On .NET 8 and later the
// framework's own attributes are used, and System.Text.Json reads them.
#if !NET8_0_OR_GREATER
namespace System.Text.Json.Serialization
{
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class JsonIgnoreAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class JsonIncludeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class JsonPropertyNameAttribute : Attribute
    {
        public JsonPropertyNameAttribute(string name) => Name = name;

        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class JsonPropertyOrderAttribute : Attribute
    {
        public JsonPropertyOrderAttribute(int order) => Order = order;

        public int Order { get; }
    }
}
#endif
