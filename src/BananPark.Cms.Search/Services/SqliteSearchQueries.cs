using System.Globalization;
using System.Text;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Search.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// SQLite: an FTS5 table with the <c>trigram</c> tokenizer over the documents (made by the migration, kept by triggers).
/// Trigrams find any substring of three or more characters, which is what Chinese needs (no word breaks to
/// tokenize on: 铃木 inside 长安铃木). Words of one or two characters (铃木, "EV") have no trigram; they are matched
/// with <c>LIKE '%word%'</c> on the documents instead (escaped by <see cref="LikePattern"/>). When the query
/// also has a longer word the FTS match narrows the rows first; a query of short words alone reads every document
/// of the culture (measured: README, Search). Ranking: documents whose title holds every word first, then FTS5's
/// <c>bm25</c> with the title weighted ten times the body.
/// </summary>
internal sealed class SqliteSearchQueries(SearchDbContext db) : ISearchQueries
{
    private const string TitleWeight = "10.0";

    public async Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(SearchTerms terms, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var trigramWords = terms.Words.Where(w => SearchTerms.CodePoints(w) >= SearchTerms.TrigramLength).ToList();
        var shortWords = terms.Words.Where(w => SearchTerms.CodePoints(w) < SearchTerms.TrigramLength).ToList();
        var from = new StringBuilder();
        var where = new StringBuilder("d.\"Culture\" = @culture");
        if (trigramWords.Count > 0)
        {
            from.Append(CultureInfo.InvariantCulture, $"\"{SearchDbContext.FtsTable}\" JOIN \"{SearchDbContext.DocumentsTable}\" d ON d.\"Id\" = \"{SearchDbContext.FtsTable}\".rowid");
            where.Append(CultureInfo.InvariantCulture, $" AND \"{SearchDbContext.FtsTable}\" MATCH @match");
        }
        else
        {
            from.Append(CultureInfo.InvariantCulture, $"\"{SearchDbContext.DocumentsTable}\" d");
        }

        for (var i = 0; i < shortWords.Count; i++)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND (d.\"Title\" LIKE @s{i} ESCAPE '\\' OR d.\"Body\" LIKE @s{i} ESCAPE '\\')");
        }

        var titleHit = string.Join(" AND ", terms.Words.Select((_, i) => $"d.\"Title\" LIKE @t{i} ESCAPE '\\'"));
        var rank = trigramWords.Count > 0 ? $"-bm25(\"{SearchDbContext.FtsTable}\", {TitleWeight}, 1.0)" : "0.0";
        var select = $"""
            SELECT d."ContentItemId", d."ContentType", d."Title", d."Route", d."Body", {rank} AS "Rank",
                   CASE WHEN {titleHit} THEN 1 ELSE 0 END AS "TitleHit"
            FROM {from} WHERE {where}
            ORDER BY "TitleHit" DESC, "Rank" DESC, d."Title", d."Id"
            LIMIT @take OFFSET @skip
            """;
        // Only the shape is built here (table names, numbered parameter names); every value is a parameter.
        var count = $"SELECT COUNT(*) AS \"Value\" FROM {from} WHERE {where}";
        var rows = await db.Database.SqlQueryRaw<SearchRow>(select, Parameters(terms, culture, trigramWords, shortWords, skip, take)).ToListAsync(cancellationToken);
        var total = rows.Count < take && (skip == 0 || rows.Count > 0)
            ? skip + rows.Count
            : await db.Database.SqlQueryRaw<int>(count, Parameters(terms, culture, trigramWords, shortWords, skip, take))
                .SingleAsync(cancellationToken);
        return (rows, total);
    }

    public IQueryable<SearchDocumentRecord> Matching(IQueryable<SearchDocumentRecord> documents, SearchTerms terms)
    {
        var trigramWords = terms.Words.Where(w => SearchTerms.CodePoints(w) >= SearchTerms.TrigramLength).ToList();
        if (trigramWords.Count > 0)
        {
            var match = string.Join(' ', trigramWords.Select(SearchTerms.Fts5Literal));
            var sql = $"SELECT rowid AS \"Value\" FROM \"{SearchDbContext.FtsTable}\" WHERE \"{SearchDbContext.FtsTable}\" MATCH @dq_match";
            var ids = db.Database.SqlQueryRaw<long>(sql, new SqliteParameter("@dq_match", match));
            documents = documents.Where(d => ids.Contains(d.Id));
        }

        foreach (var word in terms.Words.Where(w => SearchTerms.CodePoints(w) < SearchTerms.TrigramLength))
        {
            var pattern = LikePattern.Containing(word);
            documents = documents.Where(d => EF.Functions.Like(d.Title, pattern, LikePattern.Escape) || EF.Functions.Like(d.Body, pattern, LikePattern.Escape));
        }

        return documents;
    }

    private static object[] Parameters(SearchTerms terms, string culture, List<string> trigramWords, List<string> shortWords, int skip, int take)
    {
        var parameters = new List<object>
        {
            new SqliteParameter("@culture", culture),
            new SqliteParameter("@skip", skip),
            new SqliteParameter("@take", take),
        };
        if (trigramWords.Count > 0)
        {
            // Each word a quoted FTS5 string (implicitly AND-ed): NEAR, OR, * and quotes in it are text, not syntax.
            parameters.Add(new SqliteParameter("@match", string.Join(' ', trigramWords.Select(SearchTerms.Fts5Literal))));
        }

        parameters.AddRange(shortWords.Select((w, i) => new SqliteParameter($"@s{i}", LikePattern.Containing(w))));
        parameters.AddRange(terms.Words.Select((w, i) => new SqliteParameter($"@t{i}", LikePattern.Containing(w))));
        return [.. parameters];
    }
}
