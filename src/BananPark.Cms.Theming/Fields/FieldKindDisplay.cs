using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Theming.Fields;

/// <summary>The display of <typeparamref name="TField"/>'s kind; synchronous ones override <see cref="Render"/>.</summary>
public abstract class FieldKindDisplay<TField> : IFieldDisplay where TField : IContentField
{
    /// <inheritdoc/>
    public string Kind => TField.Kind.Name;

    /// <inheritdoc/>
    public virtual ValueTask<string?> RenderAsync(FieldDisplayContext context) => new(Render(context));

    /// <summary>The value as safe HTML, or null; for kinds that need no I/O.</summary>
    protected virtual string? Render(FieldDisplayContext context) => null;
}
