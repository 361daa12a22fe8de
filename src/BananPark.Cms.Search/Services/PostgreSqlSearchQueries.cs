using System.Text;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Search.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// PostgreSQL: every word must be a word of the document (the generated <c>Vector</c> column,
/// <c>to_tsvector('simple', …)</c>, title weighted A, GIN-indexed) or a substring of its title or body
/// (<c>ILIKE '%word%'</c>, served by <c>pg_trgm</c> GIN indexes for words of three characters or more). The
/// <c>simple</c> configuration has no stemming and no stop words, so it means the same in every language; Chinese has
/// no spaces for it to split at, which the substring match covers. The word goes in through
/// <c>plainto_tsquery</c> and an escaped pattern, never as query syntax. Ranking: documents whose title holds every
/// word first, then <c>ts_rank</c>.
/// </summary>
internal sealed class PostgreSqlSearchQueries(SearchDbContext db) : ISearchQueries
{
    public async Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(SearchTerms terms, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("d.\"Culture\" = @culture");
        for (var i = 0; i < terms.Words.Count; i++)
        {
            // A word with punctuation in it ("100%", "made_here") is matched as typed, never as the words the parser
            // would cut it into ("100"), so both providers find the same documents.
            var word = IsWord(terms.Words[i]) ? $"d.\"Vector\" @@ plainto_tsquery('simple', @w{i}) OR " : "";
            where.Append(System.Globalization.CultureInfo.InvariantCulture,
                $" AND ({word}d.\"Title\" ILIKE @l{i} ESCAPE '\\' OR d.\"Body\" ILIKE @l{i} ESCAPE '\\')");
        }

        var titleHit = string.Join(" AND ", terms.Words.Select((_, i) => $"d.\"Title\" ILIKE @l{i} ESCAPE '\\'"));
        var select = $"""
            SELECT d."ContentItemId", d."ContentType", d."Title", d."Route", d."Body",
                   ts_rank(d."Vector", plainto_tsquery('simple', @all))::float8 AS "Rank",
                   CASE WHEN {titleHit} THEN 1 ELSE 0 END AS "TitleHit"
            FROM "{SearchDbContext.DocumentsTable}" d WHERE {where}
            ORDER BY "TitleHit" DESC, "Rank" DESC, d."Title", d."Id"
            LIMIT @take OFFSET @skip
            """;
        // Only the shape is built here (the table name, numbered parameter names); every value is a parameter.
        var count = $"SELECT COUNT(*)::int AS \"Value\" FROM \"{SearchDbContext.DocumentsTable}\" d WHERE {where}";
        var rows = await db.Database.SqlQueryRaw<SearchRow>(select, [.. WordParameters(terms, culture), new NpgsqlParameter("all", string.Join(' ', terms.Words)),
            new NpgsqlParameter("take", take), new NpgsqlParameter("skip", skip)]).ToListAsync(cancellationToken);
        var total = rows.Count < take && (skip == 0 || rows.Count > 0)
            ? skip + rows.Count
            : await db.Database.SqlQueryRaw<int>(count, [.. WordParameters(terms, culture)])
                .SingleAsync(cancellationToken);
        return (rows, total);
    }

    public IQueryable<SearchDocumentRecord> Matching(IQueryable<SearchDocumentRecord> documents, SearchTerms terms)
    {
        for (var i = 0; i < terms.Words.Count; i++)
        {
            var word = terms.Words[i];
            var pattern = LikePattern.Containing(word);
            if (IsWord(word))
            {
                // Only the parameter's number is built into the text; the word is a parameter.
                var name = "dq_w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var sql = $"SELECT \"Id\" AS \"Value\" FROM \"{SearchDbContext.DocumentsTable}\" WHERE \"Vector\" @@ plainto_tsquery('simple', @{name})";
                var ids = db.Database.SqlQueryRaw<long>(sql, new NpgsqlParameter(name, word));
                documents = documents.Where(d => ids.Contains(d.Id)
                    || EF.Functions.ILike(d.Title, pattern, LikePattern.Escape) || EF.Functions.ILike(d.Body, pattern, LikePattern.Escape));
            }
            else
            {
                documents = documents.Where(d => EF.Functions.ILike(d.Title, pattern, LikePattern.Escape) || EF.Functions.ILike(d.Body, pattern, LikePattern.Escape));
            }
        }

        return documents;
    }

    private static IEnumerable<object> WordParameters(SearchTerms terms, string culture)
    {
        yield return new NpgsqlParameter("culture", culture);
        for (var i = 0; i < terms.Words.Count; i++)
        {
            if (IsWord(terms.Words[i]))
            {
                yield return new NpgsqlParameter($"w{i}", terms.Words[i]);
            }

            yield return new NpgsqlParameter($"l{i}", LikePattern.Containing(terms.Words[i]));
        }
    }

    /// <summary>True when <paramref name="word"/> is letters and digits only: what the <c>simple</c> parser keeps as one word.</summary>
    private static bool IsWord(string word) => word.All(char.IsLetterOrDigit);
}
