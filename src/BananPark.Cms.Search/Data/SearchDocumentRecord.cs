namespace BananPark.Cms.Search.Data;

/// <summary>
/// One published item's text in one culture. The full-text structures are built from these rows by the database
/// itself (SQLite: an FTS5 table kept by triggers; PostgreSQL: a generated <c>tsvector</c> column and trigram indexes),
/// so they are never out of step with them.
/// </summary>
public sealed class SearchDocumentRecord
{
    /// <summary>Most characters of <see cref="Title"/> kept.</summary>
    public const int TitleLength = 1024;

    /// <summary>Most characters of <see cref="Route"/> kept.</summary>
    public const int RouteLength = 1024;

    /// <summary>Most characters of <see cref="Culture"/>.</summary>
    public const int CultureLength = 16;

    /// <summary>Row id; SQLite's FTS table is keyed by it (<c>content_rowid</c>).</summary>
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The culture of the text; empty for the site's default culture.</summary>
    public string Culture { get; set; } = "";

    public string Title { get; set; } = "";

    public string Route { get; set; } = "";

    /// <summary>The item's other text, plain; cut at <see cref="SearchOptions.MaxBodyLength"/>.</summary>
    public string Body { get; set; } = "";
}
