namespace BananPark.Cms.Core.ContentManagement.Kinds;

/// <summary>Every field kind and part kind registered in this host, found by name.</summary>
public sealed class ContentKinds
{
    private readonly Dictionary<string, ContentFieldKind> _fields;
    private readonly Dictionary<string, ContentPartKind> _parts;

    /// <summary>Builds the registry from the registered kinds; a name registered twice is an error.</summary>
    public ContentKinds(IEnumerable<ContentFieldKind> fields, IEnumerable<ContentPartKind> parts)
    {
        Fields = [.. fields];
        Parts = [.. parts];
        _fields = Unique(Fields, f => f.Name, "field");
        _parts = Unique(Parts, p => p.Name, "part");
    }

    /// <summary>The field kinds, in registration order (the order the type editor offers them).</summary>
    public IReadOnlyList<ContentFieldKind> Fields { get; }

    /// <summary>The part kinds, in registration order.</summary>
    public IReadOnlyList<ContentPartKind> Parts { get; }

    /// <summary>The field kind named <paramref name="name"/>, or null for a kind the code does not know.</summary>
    public ContentFieldKind? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The part kind named <paramref name="name"/>, or null for a part the code does not know.</summary>
    public ContentPartKind? Part(string name) => _parts.GetValueOrDefault(name);

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> kinds, Func<T, string> name, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            if (!map.TryAdd(name(kind), kind))
            {
                throw new InvalidOperationException($"The {what} kind '{name(kind)}' is registered twice.");
            }
        }

        return map;
    }
}
