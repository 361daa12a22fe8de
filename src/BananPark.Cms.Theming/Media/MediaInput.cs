using BananPark.Cms.Core.Media;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Media;

/// <summary>The file a media filter is given: a path, or one file of a media field with its text and anchor.</summary>
/// <param name="Path">The library path.</param>
/// <param name="Text">The field's alternative text for it, if any.</param>
/// <param name="Anchor">The field's anchor for it, if any.</param>
public sealed record MediaInput(string Path, string? Text, FocalPoint? Anchor)
{
    /// <summary>
    /// A string is a path; an object with <c>Paths</c> is a media field (the file at <c>index:</c>, 0 unless given); an array
    /// is its first string. Null when there is no file, or the path is not a library path (a URL, <c>..</c>, a backslash).
    /// </summary>
    public static async ValueTask<MediaInput?> ReadAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        switch (input)
        {
            case StringValue text:
                return Valid(text.ToStringValue()) is { } path ? new MediaInput(path, null, null) : null;
            case ArrayValue array:
                return array.Values.Count > 0 && array.Values[0] is StringValue first && Valid(first.ToStringValue()) is { } firstPath ? new MediaInput(firstPath, null, null) : null;
            case DictionaryValue field:
                var index = arguments.HasNamed("index") ? (int)arguments["index"].ToNumberValue() : 0;
                var paths = await field.GetValueAsync("Paths", context);
                if (index < 0 || await paths.GetIndexAsync(NumberValue.Create(index), context) is not StringValue chosen || Valid(chosen.ToStringValue()) is not { } fieldPath)
                {
                    return null;
                }

                var texts = await field.GetValueAsync("MediaTexts", context);
                var alt = await texts.GetIndexAsync(NumberValue.Create(index), context);
                var anchor = await (await field.GetValueAsync("Anchors", context)).GetIndexAsync(NumberValue.Create(index), context);
                return new MediaInput(fieldPath, alt.IsNil() ? null : alt.ToStringValue(), await AnchorAsync(anchor, context));
            default:
                return null;
        }
    }

    private static async ValueTask<FocalPoint?> AnchorAsync(FluidValue anchor, TemplateContext context)
    {
        if (anchor is not DictionaryValue)
        {
            return null;
        }

        var point = new FocalPoint((double)(await anchor.GetValueAsync("X", context)).ToNumberValue(), (double)(await anchor.GetValueAsync("Y", context)).ToNumberValue());
        return point.IsValid ? point : null;
    }

    /// <summary>The trimmed path when it is a library path; a template never turns a URL or a disk path into a media URL.</summary>
    private static string? Valid(string? path)
    {
        var trimmed = path?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 1024 || trimmed[0] == '/' || trimmed.Contains('\\', StringComparison.Ordinal)
            || trimmed.Contains(':', StringComparison.Ordinal) || trimmed.Any(char.IsControl)
            || trimmed.Split('/').Any(s => s.Length == 0 || s == "." || s == "..")
            ? null
            : trimmed;
    }
}
