namespace BananPark.Cms.Testing;

/// <summary>The providers a <see cref="TestTenant"/> can store on.</summary>
public enum TestStore
{
    /// <summary>A SQLite file in a temporary folder.</summary>
    Sqlite,

    /// <summary>A schema of its own in the database <see cref="TestServices.Postgres"/> names.</summary>
    PostgreSql,
}
