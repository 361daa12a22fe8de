using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Testing;

/// <summary>Builds small recipes in code, so each test states exactly the data it needs.</summary>
public sealed class RecipeBuilder
{
    private readonly JsonArray _steps = [];

    public RecipeBuilder Step(JsonObject step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>A type with TitlePart, AutoroutePart (pattern <c>{prefix}/…</c>) and its own part carrying the given fields.</summary>
    public RecipeBuilder Type(string name, string routePrefix, params (string Kind, string Name)[] fields)
        => Step(new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(new JsonObject
            {
                ["Name"] = name,
                ["DisplayName"] = name,
                ["Settings"] = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true } },
                ["ContentTypePartDefinitionRecords"] = new JsonArray(
                    Part("TitlePart"), Part(name),
                    Part("AutoroutePart", new JsonObject { ["AutoroutePartSettings"] = new JsonObject { ["Pattern"] = routePrefix + "/{{ ContentItem.DisplayText | slugify }}" } })),
            }),
            ["ContentParts"] = new JsonArray(new JsonObject
            {
                ["Name"] = name,
                ["ContentPartFieldDefinitionRecords"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject { ["FieldName"] = f.Kind, ["Name"] = f.Name }).ToArray()),
            }),
        });

    public RecipeBuilder Content(params ContentItem[] items)
        => Step(new JsonObject { ["name"] = "Content", ["data"] = new JsonArray(items.Select(i => (JsonNode)ContentItemJson.ToJson(i)).ToArray()) });

    public JsonObject ToJson(string name = "test") => new() { ["name"] = name, ["steps"] = _steps.DeepClone() };

    public string Build(string name = "test") => ToJson(name).ToJsonString();

    private static JsonObject Part(string name, JsonObject? settings = null)
        => new() { ["PartName"] = name, ["Name"] = name, ["Settings"] = settings ?? [] };
}
