using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Data;

/// <summary>Where tenants keep their data. Bound from the <c>Cms</c> section (<c>Cms:DataPath</c>, <c>Cms:DatabaseProvider</c>, …).</summary>
public sealed class DataOptions
{
    /// <summary>Root of all data; relative paths are under the content root. Each tenant gets <c>Sites/{Tenant}</c> (SQLite's files, setup lock).</summary>
    [Required]
    [Display(Name = "Cms:DataPath")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Storage engine: an embedded SQLite file per tenant (default) or a PostgreSQL schema per tenant.</summary>
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The Npgsql connection string of the PostgreSQL database (<c>Cms:ConnectionString</c>); required for
    /// <see cref="DatabaseProvider.PostgreSql"/>. Never in the repository: environment or user secrets.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Tenant T lives in the PostgreSQL schema <c>{SchemaPrefix}{lower-case T}</c>; sites or tests sharing one
    /// database each use their own prefix. Lower-case letters, digits and <c>_</c> only.
    /// </summary>
    public string SchemaPrefix { get; set; } = "";
}

/// <summary>Storage engines the data layer can use.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file per tenant: <c>Sites/{Tenant}/cms.db</c>.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database (<see cref="DataOptions.ConnectionString"/>), a schema per tenant.</summary>
    PostgreSql,
}
