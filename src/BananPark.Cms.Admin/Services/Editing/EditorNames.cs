using System.Text;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// The names of the generated editors' inputs: stable, because the content pages, admin.js and
/// tests rely on them. {Part} is the part's name on the type (<c>ContentTypePartDefinition.Name</c>),
/// {Field} the field's name on the part.
/// <list type="bullet">
/// <item>Parts, <c>{Part}.{Property}</c>: <c>TitlePart.Title</c>, <c>AutoroutePart.Path</c>,
/// <c>AutoroutePart.SetHomepage</c>, <c>HtmlBodyPart.Html</c>, <c>MarkdownBodyPart.Markdown</c>.</item>
/// <item>Fields, <c>{Part}.{Field}.{Property}</c>: TextField <c>.Text</c>; NumericField <c>.Value</c>;
/// BooleanField <c>.Value</c> (a hidden <c>false</c>, then the checkbox's <c>true</c>); DateField
/// <c>.Value</c> (<c>yyyy-MM-dd</c>); DateTimeField <c>.Value</c> (<c>yyyy-MM-ddTHH:mm</c>) with
/// <c>.TimeZone</c> (the IANA zone it is shown in); HtmlField <c>.Html</c>; MarkdownField
/// <c>.Markdown</c>; LinkField <c>.Url</c>, <c>.Text</c>, <c>.Target</c>; ContentPickerField
/// <c>.ContentItemIds</c> (any number, an empty one marks the field as posted), <c>.Remove</c>
/// (ids to drop) and <c>.Search</c> (search text, never stored); MultiTextField <c>.Values</c> (any
/// number, each may hold several lines; an empty one marks the field as posted).</item>
/// <item>Buttons the page handles: <c>picker-search</c> = <c>{Part}.{Field}</c> (search, do not
/// save), <c>list-move</c> = <c>{childId}:up</c> or <c>{childId}:down</c>.</item>
/// </list>
/// A property whose input is not posted is left as it was.
/// </summary>
public static class EditorNames
{
    /// <summary>Name of the submit button that runs a picker's search; its value is the picker's path.</summary>
    public const string PickerSearch = "picker-search";

    /// <summary>Name of the submit buttons that move a list's child; value <c>{childId}:up</c> or <c>{childId}:down</c>.</summary>
    public const string ListMove = "list-move";

    /// <summary>Path of a field: <c>{Part}.{Field}</c>, also the key of its messages.</summary>
    public static string FieldPath(string partName, string fieldName) => $"{partName}.{fieldName}";

    /// <summary>Name of the input of one property: <c>{path}.{property}</c>.</summary>
    public static string Input(string path, string property) => $"{path}.{property}";

    /// <summary>An HTML id for the editor at <paramref name="path"/>: <c>ed-</c>, then letters, digits, '-' and '_' only.</summary>
    public static string Id(string path)
    {
        var id = new StringBuilder("ed-", path.Length + 3);
        foreach (var c in path)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-');
        }

        return id.ToString();
    }
}
