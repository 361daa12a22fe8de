using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Media;

/// <summary>Nothing yet: there is no media library to serve the files from, so a path would be a broken image.</summary>
public sealed class MediaFieldDisplay : FieldKindDisplay<MediaField>;
