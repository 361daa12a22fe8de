using BananPark.Cms.Admin.Components.Editors;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Editors;

/// <summary>Helpers for the editor components: contexts built from a definition, and the hostile text every editor must encode.</summary>
public abstract class EditorTest : TenantComponentTest
{
    /// <summary>Typed into any field, it must come back as text, never as markup.</summary>
    protected const string Hostile = "\"><svg onload=alert(1)>";

    protected const string Type = "Article";

    protected static EditorContext FieldContext(ContentDefinition definition, ContentItem item, string field, string? error = null, IFormCollection? form = null)
    {
        var type = definition.FindType(item.ContentType)!;
        var part = type.FindPart(type.Name)!;
        var path = $"{part.Name}.{field}";
        return EditorContext.ForField(item, definition, part, definition.FindPart(part.PartName)!.Fields.Single(f => f.Name == field), Errors(path, error), form);
    }

    protected static EditorContext PartContext(ContentDefinition definition, ContentItem item, string part, string label, string? error = null, bool required = false, string? errorPath = null)
        => EditorContext.ForPart(item, definition, definition.FindType(item.ContentType)!.FindPart(part)!, label, Errors(errorPath ?? part, error), null, required);

    protected static Dictionary<string, IReadOnlyList<string>>? Errors(string path, string? error)
        => error is null ? null : new Dictionary<string, IReadOnlyList<string>> { [path] = [error] };

    protected static FormCollection Form(params (string Name, string Value)[] values)
        => new(values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray())));

    /// <summary>The hostile text became no element and no attribute: it stayed text (an attribute value or a text node).</summary>
    protected static void AssertEncoded<T>(IRenderedComponent<T> cut) where T : IComponent
    {
        Assert.Empty(cut.FindAll("svg"));
        Assert.Empty(cut.FindAll("[onload]"));
    }

    /// <summary>The input is tied to its message: aria-invalid, and aria-describedby naming the element that holds the message.</summary>
    protected static void AssertDescribedError<T>(IRenderedComponent<T> cut, string inputSelector, string message) where T : IComponent
    {
        var input = cut.Find(inputSelector);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var described = (input.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(described, id => cut.Find($"#{id}").TextContent.Contains(message, StringComparison.Ordinal));
    }

    /// <summary>The label pointing at the input (label[for]).</summary>
    protected static string LabelOf<T>(IRenderedComponent<T> cut, string inputId) where T : IComponent
        => cut.Find($"label[for='{inputId}']").TextContent.Trim();
}
