using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields.Media;

/// <summary>Several files or one, and the alternative texts (<c>MediaFieldSettings</c>).</summary>
public sealed class MediaFieldSettingsRules : FieldKindSettings<MediaField, MediaFieldSettingsInput>
{
    public override MediaFieldSettingsInput Read(ContentPartFieldDefinition field)
    {
        var own = OwnOf(field);
        return new()
        {
            Multiple = SettingsJson.Bool(own, "Multiple"),
            // Orchard's default: texts allowed unless the setting says otherwise.
            AllowMediaText = own?["AllowMediaText"] is null || SettingsJson.Bool(own, "AllowMediaText"),
            AltTextRequired = SettingsJson.Bool(own, "AltTextRequired"),
        };
    }

    public override IEnumerable<string> Problems(MediaFieldSettingsInput input, ContentDefinition definition)
        => input.AltTextRequired && !input.AllowMediaText ? ["An alternative text can only be required when editors may write one."] : [];

    public override void Write(ContentPartFieldDefinition field, MediaFieldSettingsInput input)
    {
        var own = Own(field);
        own["Multiple"] = input.Multiple;
        own["AllowMediaText"] = input.AllowMediaText;
        own["AltTextRequired"] = input.AltTextRequired;
    }
}
