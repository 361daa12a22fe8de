using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields.ContentPicker;
using BananPark.Cms.Content.Fields.MultiText;
using BananPark.Cms.Content.Fields.Numeric;
using BananPark.Cms.Content.Fields.Text;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.Definitions;

public sealed class FieldSettingsEditorTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder()
            .Type("Group", "groups")
            .Type("Enterprise", "enterprises", ("TextField", "Motto"), ("NumericField", "Employees"), ("ContentPickerField", "Group"), ("MultiTextField", "Sectors"))
            .Build());
        await _tenant.ImportAsync("""
            {"name":"t","steps":[{"name":"ContentDefinition","ContentParts":[{"Name":"Enterprise","ContentPartFieldDefinitionRecords":[
              {"FieldName":"TextField","Name":"Motto","Settings":{
                "ContentPartFieldSettings":{"DisplayName":"Motto","Position":"0","Editor":"TextArea"},
                "TextFieldSettings":{"Hint":"Old hint","Placeholder":"Keep me","DefaultValue":"x"},
                "ThirdPartySettings":{"Anything":[1,2,3]}}},
              {"FieldName":"MultiTextField","Name":"Sectors","Settings":{"MultiTextFieldSettings":{"Options":[
                {"Name":"Cars","Value":"cars","Default":true},{"Name":"Screens","Value":"screens","Default":false}]}}}]}]}]}
            """);
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task GetAsync_ReadsOrchardSettings()
    {
        var field = await Editor(e => e.GetAsync("Enterprise", "Motto"));

        Assert.Equal(("TextField", "Motto", "Old hint", "TextArea"), (field!.Kind, field.Settings.DisplayName, field.Settings.Hint, Assert.IsType<TextFieldSettingsInput>(field.KindSettings).Editor));
        Assert.Null(await Editor(e => e.GetAsync("Enterprise", "NoSuchField")));
        Assert.Null(await Editor(e => e.GetAsync("NoSuchType", "Motto")));
    }

    [Fact]
    public async Task SaveAsync_TextField_RoundTripsAndKeepsUnknownSettings()
    {
        var input = new FieldSettingsInput { DisplayName = "Company motto", Hint = "One line.", Required = true };

        var result = await Editor(e => e.SaveAsync("Enterprise", "Motto", input, new TextFieldSettingsInput { Editor = "", MaxLength = 80 }));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var details = (await Editor(e => e.GetAsync("Enterprise", "Motto")))!;
        var (read, text) = (details.Settings, Assert.IsType<TextFieldSettingsInput>(details.KindSettings));
        Assert.Equal(("Company motto", "One line.", true, "", 80), (read.DisplayName, read.Hint, read.Required, text.Editor, text.MaxLength));
        var settings = (await Field("Motto")).Settings;
        Assert.Equal("One line.", settings["ContentPartFieldSettings"]!["Description"]!.GetValue<string>());
        Assert.Equal("0", settings["ContentPartFieldSettings"]!["Position"]!.GetValue<string>());
        Assert.Null(settings["ContentPartFieldSettings"]!["Editor"]);
        Assert.Equal(80, settings["TextFieldSettings"]!["MaxLength"]!.GetValue<int>());
        Assert.Equal("Keep me", settings["TextFieldSettings"]!["Placeholder"]!.GetValue<string>());
        Assert.Equal("x", settings["TextFieldSettings"]!["DefaultValue"]!.GetValue<string>());
        Assert.Equal("[1,2,3]", settings["ThirdPartySettings"]!["Anything"]!.ToJsonString());
        Assert.True((await Field("Motto")).GetSettings<TextFieldSettings>().Required);
    }

    [Fact]
    public async Task SaveAsync_Facet_IsWrittenForAPickerAndRemovedWhenOff_NeverForANumber()
    {
        var on = await Editor(e => e.SaveAsync("Enterprise", "Group", new FieldSettingsInput { DisplayName = "Group", Facet = true }));
        var storedOn = (await Field("Group")).Settings["ContentPartFieldSettings"]!["Facet"];
        var readOn = (await Editor(e => e.GetAsync("Enterprise", "Group")))!.Settings.Facet;
        await Editor(e => e.SaveAsync("Enterprise", "Group", new FieldSettingsInput { DisplayName = "Group", Facet = false }));
        await Editor(e => e.SaveAsync("Enterprise", "Employees", new FieldSettingsInput { DisplayName = "Employees", Facet = true }));

        Assert.True(on.Succeeded, string.Join(" ", on.Errors));
        Assert.True(storedOn!.GetValue<bool>());
        Assert.True(readOn);
        Assert.Null((await Field("Group")).Settings["ContentPartFieldSettings"]!["Facet"]);
        Assert.Null((await Field("Employees")).Settings["ContentPartFieldSettings"]!["Facet"]);
        Assert.True((await Field("Group")).GetSettings<ContentPartFieldSettings>() is { Facet: false });
    }

    [Fact]
    public async Task SaveAsync_NumericField_WritesScaleAndBounds()
    {
        var result = await Editor(e => e.SaveAsync("Enterprise", "Employees", new FieldSettingsInput { DisplayName = "Employees" }, new NumericFieldSettingsInput { Scale = 0, Minimum = 1, Maximum = 100000 }));

        Assert.True(result.Succeeded);
        var settings = (await Field("Employees")).GetSettings<NumericFieldSettings>();
        Assert.Equal((0, 1m, 100000m), (settings.Scale, settings.Minimum, settings.Maximum));
    }

    [Theory]
    [InlineData(10, 5, 2, "The minimum (10) is larger than the maximum (5).")]
    [InlineData(null, null, 11, "The scale (digits after the decimal point) must be between 0 and 10.")]
    [InlineData(null, null, -1, "The scale (digits after the decimal point) must be between 0 and 10.")]
    public async Task SaveAsync_NumericField_WhenSettingsAreInconsistent_RefusesAndSavesNothing(int? minimum, int? maximum, int scale, string expected)
    {
        var before = await _tenant.SnapshotAsync();

        var result = await Editor(e => e.SaveAsync("Enterprise", "Employees", new FieldSettingsInput { DisplayName = "Employees" }, new NumericFieldSettingsInput { Minimum = minimum, Maximum = maximum, Scale = scale }));

        Assert.Equal([expected], result.Errors);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task SaveAsync_WithoutDisplayNameOrWithAnUnknownEditor_Refuses()
    {
        var result = await Editor(e => e.SaveAsync("Enterprise", "Motto", new FieldSettingsInput { DisplayName = " " }, new TextFieldSettingsInput { Editor = "Wysiwyg", MaxLength = 0 }));

        Assert.Equal(["Enter a display name.", "Choose the standard editor or the text area.", "The maximum length must be at least 1 (or empty for no limit)."], result.Errors);
    }

    [Fact]
    public async Task SaveAsync_ContentPickerField_WritesTheTypesAndMultiple()
    {
        var refused = await Editor(e => e.SaveAsync("Enterprise", "Group", new FieldSettingsInput { DisplayName = "Group" }, new ContentPickerFieldSettingsInput { DisplayedContentTypes = ["Spaceship"] }));
        Assert.Equal(["There is no content type 'Spaceship' to pick from."], refused.Errors);

        var result = await Editor(e => e.SaveAsync("Enterprise", "Group", new FieldSettingsInput { DisplayName = "Group", Required = true }, new ContentPickerFieldSettingsInput { DisplayedContentTypes = ["Group"], Multiple = true }));

        Assert.True(result.Succeeded);
        var settings = (JsonObject)(await Field("Group")).Settings["ContentPickerFieldSettings"]!;
        Assert.Equal("""{"Required":true,"Multiple":true,"DisplayedContentTypes":["Group"],"DisplayAllContentTypes":false}""", settings.ToJsonString());
    }

    [Fact]
    public async Task SaveAsync_MultiTextField_WritesOptionsAndKeepsDefaults()
    {
        var result = await Editor(e => e.SaveAsync("Enterprise", "Sectors", new FieldSettingsInput { DisplayName = "Sectors" }, new MultiTextFieldSettingsInput { Options = "Cars | cars\n\nDisplays | screens\r\nChips" }));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("""[{"Name":"Cars","Value":"cars","Default":true},{"Name":"Displays","Value":"screens","Default":false},{"Name":"Chips","Value":"Chips","Default":false}]""",
            (await Field("Sectors")).Settings["MultiTextFieldSettings"]!["Options"]!.ToJsonString());
        Assert.Equal("Cars | cars\nDisplays | screens\nChips", Assert.IsType<MultiTextFieldSettingsInput>((await Editor(e => e.GetAsync("Enterprise", "Sectors")))!.KindSettings).Options);
    }

    [Fact]
    public async Task SaveAsync_MultiTextField_WhenTwoOptionsShareAValue_Refuses()
    {
        var result = await Editor(e => e.SaveAsync("Enterprise", "Sectors", new FieldSettingsInput { DisplayName = "Sectors" }, new MultiTextFieldSettingsInput { Options = "Cars | cars\nAutos | cars" }));

        Assert.Equal(["The value 'cars' is used by more than one option."], result.Errors);
    }

    private Task<T> Editor<T>(Func<FieldSettingsEditor, Task<T>> work) => _tenant.RunAsync(work);

    private async Task<ContentPartFieldDefinition> Field(string name)
        => (await _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync())).FindPart("Enterprise")!.Fields.Single(f => f.Name == name);
}
