using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// Every <see cref="DateTime"/> the store holds is UTC. PostgreSQL's <c>timestamp with time zone</c> (Npgsql)
/// refuses a value whose kind is not UTC, while SQLite stored whatever came; values parsed from JSON or typed
/// into a form are often <see cref="DateTimeKind.Unspecified"/>. Written: unspecified is taken as UTC (what
/// every caller means: the columns end in <c>Utc</c>), local is converted. Read: marked UTC on both providers.
/// </summary>
public static class UtcDateTimes
{
    /// <summary>Applies <see cref="UtcDateTimeConverter"/> to every <see cref="DateTime"/> and <c>DateTime?</c> property of the model.</summary>
    public static ModelConfigurationBuilder UseUtcDateTimes(this ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        return builder;
    }

    /// <summary><paramref name="value"/> as UTC: unspecified is taken as UTC, local is converted.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

/// <summary>See <see cref="UtcDateTimes"/>.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => UtcDateTimes.AsUtc(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
