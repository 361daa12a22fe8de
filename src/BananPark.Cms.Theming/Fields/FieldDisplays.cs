using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Theming.Fields;

/// <summary>
/// Every registered <see cref="IFieldDisplay"/>, by kind: a field's value as safe HTML for its kind, for templates
/// that show a type's fields without naming them. Null for an empty value, a value that is not an object, and
/// kinds with no display.
/// </summary>
public sealed class FieldDisplays
{
    private readonly Dictionary<string, IFieldDisplay> _displays = new(StringComparer.Ordinal);

    public FieldDisplays(IEnumerable<IFieldDisplay> displays)
    {
        foreach (var display in displays)
        {
            if (!_displays.TryAdd(display.Kind, display))
            {
                throw new InvalidOperationException($"The display of the field kind '{display.Kind}' is registered twice.");
            }
        }
    }

    /// <summary>The display of <paramref name="kind"/>, or null.</summary>
    public IFieldDisplay? For(string kind) => _displays.GetValueOrDefault(kind);

    /// <summary>The value of <paramref name="field"/> as safe HTML, or null when there is nothing to show.</summary>
    public ValueTask<string?> RenderAsync(ContentPartFieldDefinition field, JsonElement? value, IPublishedContent content, IRichText richText, CancellationToken cancellationToken = default)
        => RenderAsync(field, value, content, richText, null, cancellationToken);

    /// <summary>The value as safe HTML, with the request's <paramref name="services"/> for displays that read another capability (media).</summary>
    public ValueTask<string?> RenderAsync(ContentPartFieldDefinition field, JsonElement? value, IPublishedContent content, IRichText richText,
        IServiceProvider? services, CancellationToken cancellationToken = default)
        => value is { ValueKind: JsonValueKind.Object } json && For(field.FieldName) is { } display
            ? display.RenderAsync(new FieldDisplayContext(field, json, content, richText, cancellationToken) { Services = services })
            : new((string?)null);
}
