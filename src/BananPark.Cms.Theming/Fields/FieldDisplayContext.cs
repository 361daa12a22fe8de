using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Theming.Fields;

/// <summary>What a field display gets: the field, its stored value and the services the public site reads with.</summary>
/// <param name="Field">The field's definition (kind and settings, e.g. a number's scale or a multi-text's option labels).</param>
/// <param name="Value">The stored field object (<c>{"Text": …}</c>); always a JSON object.</param>
/// <param name="Content">Published items, for values that reference others (one query for all ids).</param>
/// <param name="RichText">The sanitizer stored HTML and Markdown go through.</param>
/// <param name="CancellationToken">The request's.</param>
public sealed record FieldDisplayContext(
    ContentPartFieldDefinition Field, JsonElement Value, IPublishedContent Content, IRichText RichText, CancellationToken CancellationToken)
{
    /// <summary>The request's services, for displays that read another capability (media); null outside a request.</summary>
    public IServiceProvider? Services { get; init; }
}
