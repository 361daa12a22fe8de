using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Testing;

/// <summary>Builds content items with sensible defaults (published, latest, a fresh id).</summary>
public sealed class ContentItemBuilder(string contentType)
{
    private readonly ContentItem _item = new()
    {
        ContentItemId = IdGenerator.NewId(),
        ContentType = contentType,
        Latest = true,
        Published = true,
    };

    public ContentItemBuilder WithId(string id)
    {
        _item.ContentItemId = id;
        return this;
    }

    public ContentItemBuilder WithTitle(string title)
    {
        _item.DisplayText = title;
        _item.Apply(new TitlePart { Title = title });
        return this;
    }

    public ContentItemBuilder WithRoute(string path, bool homepage = false)
    {
        _item.Apply(new AutoroutePart { Path = path, SetHomepage = homepage });
        return this;
    }

    public ContentItemBuilder WithText(string field, string? text)
    {
        _item.SetField(contentType, field, new TextField { Text = text });
        return this;
    }

    public ContentItemBuilder WithNumber(string field, decimal? value)
    {
        _item.SetField(contentType, field, new NumericField { Value = value });
        return this;
    }

    public ContentItemBuilder Draft()
    {
        _item.Published = false;
        return this;
    }

    public ContentItemBuilder With(Action<ContentItem> change)
    {
        change(_item);
        return this;
    }

    public ContentItem Build() => _item.Clone();
}
