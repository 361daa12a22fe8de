using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Fields.Date;
using BananPark.Cms.Admin.Fields.DateAndTime;
using BananPark.Cms.Admin.Fields.Numeric;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Editors;

/// <summary>The binders of one <c>.Value</c> input (date, date and time, number): blank clears, not posted keeps, bad text keeps and says why.</summary>
public sealed class SingleValueFieldBinderTests
{
    private const string Type = "Article";
    private const string Input = "Article.When.Value";

    public static TheoryData<string> KindNames => ["DateField", "DateTimeField", "NumericField"];

    public static TheoryData<string, string, string> Readable => new()
    {
        { "DateField", " 2024-05-31 ", "\"2024-05-31T00:00:00\"" },
        { "DateTimeField", "2024-05-31T14:30", "\"2024-05-31T14:30:00Z\"" },
        { "NumericField", "4.75", "4.75" },
    };

    public static TheoryData<string, string> Messages => new()
    {
        { "DateField", "When: enter a date as year-month-day, such as 2024-05-31." },
        { "DateTimeField", "When: enter a date and time, such as 2024-05-31 14:30." },
        { "NumericField", "When: enter a number, such as 12 or 4.75." },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Bind_WhenTheTextReads_StoresItsValue(string kind, string posted, string stored)
    {
        var item = Stored();

        Assert.Null(Bind(kind, item, (Input, posted)));

        Assert.Equal(stored, item.Content[Type]!["When"]!["Value"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Bind_WhenBlank_ClearsAndWhenNotPosted_Keeps(string kind)
    {
        var cleared = Stored();
        var untouched = Stored();

        Assert.Null(Bind(kind, cleared, (Input, "  ")));
        Assert.Null(Bind(kind, untouched, ("Article.Other.Value", "x")));

        Assert.True(cleared.Content[Type]!["When"]!.AsObject().TryGetPropertyValue("Value", out var value) && value is null);
        Assert.Equal("\"kept\"", untouched.Content[Type]!["When"]!["Value"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Bind_WhenTheTextDoesNotRead_SaysWhyAndKeepsTheValue(string kind, string message)
    {
        var item = Stored();

        Assert.Equal(message, Bind(kind, item, (Input, "nonsense")));

        Assert.Equal("\"kept\"", item.Content[Type]!["When"]!["Value"]!.ToJsonString());
    }

    private static ContentItem Stored()
        => new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["When"] = new JsonObject { ["Value"] = "kept" } }).Build();

    private static string? Bind(string kind, ContentItem item, params (string Name, string Value)[] values)
    {
        var definition = new DefinitionBuilder(Type).Field(kind, "When", "When").Build();
        var field = definition.FindPart(Type)!.Fields[0];
        IFieldBinder binder = kind switch
        {
            "DateField" => new DateFieldBinder(),
            "DateTimeField" => new DateTimeFieldBinder(),
            _ => new NumericFieldBinder(),
        };
        var form = new FormCollection(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
        return binder.Bind(new FormSlot(item, form, Type, "When", "When"), field);
    }
}
