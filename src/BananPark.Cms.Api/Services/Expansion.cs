using System.Security.Claims;
using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// The items <c>expand=</c> adds beside a page: the published items the content picker fields pick (<c>picked</c>)
/// and the containers (<c>container</c>), read in one batch, each only when the caller may read it.
/// </summary>
public sealed class Expansion(IPublishedContent published, IContentDefinitionManager definitions, ContentReadRules rules)
{
    /// <summary>The included items, each once, in the order first met.</summary>
    public async Task<IReadOnlyList<ContentItemSnapshot>> IncludedAsync(
        ClaimsPrincipal user, IReadOnlyList<ContentItemSnapshot> items, IReadOnlySet<string> expand, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var ids = new List<string>();
        foreach (var item in items)
        {
            if (expand.Contains("container") && item.ContainerId is { } container)
            {
                ids.Add(container);
            }

            if (expand.Contains("picked"))
            {
                ids.AddRange(PickedIds(item, definition));
            }
        }

        var readable = new List<ContentItemSnapshot>();
        foreach (var found in await published.GetManyAsync(ids.Distinct(StringComparer.Ordinal).Take(500), cancellationToken))
        {
            if (await rules.CanReadPublishedAsync(user, found))
            {
                readable.Add(found);
            }
        }

        return readable;
    }

    private static IEnumerable<string> PickedIds(ContentItemSnapshot item, ContentDefinition definition)
    {
        var pickerKind = ContentPickerField.Kind.Name;
        foreach (var part in definition.FindType(item.ContentType)?.Parts ?? [])
        {
            foreach (var field in definition.FindPart(part.PartName)?.Fields.Where(f => f.FieldName == pickerKind) ?? [])
            {
                if (item.Field(part.Name, field.Name) is { } value && value.TryGetProperty("ContentItemIds", out var ids) && ids.ValueKind == JsonValueKind.Array)
                {
                    foreach (var id in ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                    {
                        yield return id.GetString()!;
                    }
                }
            }
        }
    }
}
