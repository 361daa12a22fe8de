using System.Text.Encodings.Web;
using System.Text.Json;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>The one set of serializer options for parts, fields and definitions.</summary>
public static class ContentJson
{
    /// <summary>PascalCase as Orchard writes it; names match case-insensitively on read;
    /// non-ASCII text (Chinese) is written as is, not as \u escapes.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Indented variant for files people read (recipes, exports).</summary>
    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
