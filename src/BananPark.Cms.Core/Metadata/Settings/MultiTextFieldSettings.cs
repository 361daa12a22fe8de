namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a multi-text field (Orchard's <c>MultiTextFieldSettings</c>).</summary>
public sealed class MultiTextFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>At least one value is required.</summary>
    public bool Required { get; set; }

    /// <summary>The values to pick from; none means editors type values, one per line.</summary>
    public IList<MultiTextFieldValueOption> Options { get; init; } = [];
}

/// <summary>One value a multi-text field offers.</summary>
public sealed class MultiTextFieldValueOption
{
    /// <summary>Label shown to editors.</summary>
    public string? Name { get; set; }

    /// <summary>Value stored when picked.</summary>
    public string? Value { get; set; }

    /// <summary>Picked on a new item.</summary>
    public bool Default { get; set; }
}
