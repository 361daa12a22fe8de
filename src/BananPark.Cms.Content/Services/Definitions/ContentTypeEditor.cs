using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// The admin's content type editor: creates types and changes their settings, attached parts and
/// the fields of their own part. Each change reads the committed definitions, changes a copy and
/// saves the whole document through <see cref="IContentDefinitionManager"/>, which refreshes the
/// caches, so editors and the public theme see it at once. Item data is never changed here (a
/// removed field's values stay until <see cref="StoredFieldData.PurgeAsync"/>). Renaming is not
/// supported. Two admins changing the same definitions at once: the last save wins.
/// </summary>
public sealed partial class ContentTypeEditor(IContentDefinitionManager definitions, IContentManager content, StoredFieldData stored, ContentRules rules)
{
    private const string TypeSettings = nameof(ContentTypeSettings);
    private const string PartSettings = "ContentTypePartSettings";

    /// <summary>Every type with its parts and number of items, by display name.</summary>
    public async Task<IReadOnlyList<ContentTypeSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var result = new List<ContentTypeSummary>();
        foreach (var type in definition.Types.OrderBy(t => t.DisplayName ?? t.Name, StringComparer.OrdinalIgnoreCase))
        {
            var items = await content.CountAsync(new ContentQuery { ContentType = type.Name, Version = VersionOptions.Latest }, cancellationToken);
            result.Add(new ContentTypeSummary(type.Name, type.DisplayName ?? type.Name, type.OrderedParts.Select(p => p.Name).ToList(), items));
        }

        return result;
    }

    /// <summary>A free technical name for a new type, made from its display name.</summary>
    public async Task<string> SuggestTypeNameAsync(string? displayName, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        return DefinitionNames.Suggest(displayName, "Type", name => TypeNameTaken(definition, name) is not null);
    }

    /// <summary>Creates a type with <c>TitlePart</c> and its own (empty) part, flags as given.</summary>
    public async Task<EditorResult> CreateTypeAsync(ContentTypeInput input, CancellationToken cancellationToken = default)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        var name = input.Name?.Trim();
        var problem = DisplayNameProblem(input.DisplayName) ?? DefinitionNames.Problem(name, "type") ?? TypeNameTaken(definition, name!);
        if (problem is not null)
        {
            return EditorResult.Fail(problem);
        }

        var type = new ContentTypeDefinition { Name = name!, DisplayName = input.DisplayName!.Trim() };
        WriteFlags(type, input);
        type.Parts.Add(new ContentTypePartDefinition { PartName = nameof(TitlePart), Name = nameof(TitlePart) });
        type.Parts.Add(new ContentTypePartDefinition { PartName = type.Name, Name = type.Name });
        Renumber(type.Parts.Select(p => p.Settings), PartSettings);
        definition.Types.Add(type);
        definition.Parts.Add(new ContentPartDefinition { Name = type.Name });
        await definitions.SaveAsync(definition, cancellationToken);
        return EditorResult.Done($"Created the type '{type.Name}' ({type.DisplayName}).");
    }

    /// <summary>Changes a type's display name and <c>ContentTypeSettings</c> flags; other settings are kept.</summary>
    public Task<EditorResult> UpdateTypeAsync(string typeName, ContentTypeInput input, CancellationToken cancellationToken = default)
        => ChangeAsync(typeName, (_, type) =>
        {
            if (DisplayNameProblem(input.DisplayName) is { } problem)
            {
                return EditorResult.Fail(problem);
            }

            type.DisplayName = input.DisplayName!.Trim();
            WriteFlags(type, input);
            return EditorResult.Done($"Saved the display name and settings of '{type.Name}'.");
        }, cancellationToken);

    /// <summary>Loads a copy of the definitions, applies <paramref name="change"/> to the type and saves when it succeeds.</summary>
    private async Task<EditorResult> ChangeAsync(string typeName, Func<ContentDefinition, ContentTypeDefinition, EditorResult> change, CancellationToken cancellationToken)
    {
        var definition = ContentDefinitionJson.Clone(await definitions.GetAsync(cancellationToken));
        if (definition.FindType(typeName) is not { } type)
        {
            return EditorResult.Fail($"There is no content type '{typeName}'.");
        }

        var result = change(definition, type);
        if (result.Succeeded)
        {
            await definitions.SaveAsync(definition, cancellationToken);
        }

        return result;
    }

    private string? TypeNameTaken(ContentDefinition definition, string name)
    {
        if (DefinitionNames.IsReserved(name, rules.Kinds))
        {
            return $"'{name}' is reserved: it names a part, a field kind or a property every item has. Choose another name.";
        }

        if (definition.Types.Any(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return $"A content type named '{name}' already exists.";
        }

        return definition.Parts.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ? $"A part named '{name}' already exists, and a type's own part takes the type's name. Choose another name."
            : null;
    }

    private static string? DisplayNameProblem(string? displayName)
        => string.IsNullOrWhiteSpace(displayName) ? "Enter a display name."
            : displayName.Trim().Length > DefinitionNames.MaxDisplayNameLength ? $"The display name is longer than {DefinitionNames.MaxDisplayNameLength} characters."
            : null;

    private static void WriteFlags(ContentTypeDefinition type, ContentTypeInput input)
    {
        var flags = Group(type.Settings, TypeSettings);
        flags[nameof(ContentTypeSettings.Creatable)] = input.Creatable;
        flags[nameof(ContentTypeSettings.Listable)] = input.Listable;
        flags[nameof(ContentTypeSettings.Draftable)] = input.Draftable;
        flags[nameof(ContentTypeSettings.Versionable)] = input.Versionable;
        flags[nameof(ContentTypeSettings.Securable)] = input.Securable;
    }

    /// <summary>The settings object <paramref name="name"/>, created when absent (a non-object is replaced).</summary>
    internal static JsonObject Group(JsonObject settings, string name)
    {
        if (settings[name] is JsonObject group)
        {
            return group;
        }

        group = [];
        settings[name] = group;
        return group;
    }

    /// <summary>Writes positions 0, 1, 2… in the given order, as strings like Orchard.</summary>
    private static void Renumber(IEnumerable<JsonObject> settings, string group)
    {
        var position = 0;
        foreach (var item in settings)
        {
            Group(item, group)["Position"] = (position++).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool Move<T>(List<T> ordered, int index, int offset)
    {
        var target = index + Math.Sign(offset);
        if (offset == 0 || target < 0 || target >= ordered.Count)
        {
            return false;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        return true;
    }
}
