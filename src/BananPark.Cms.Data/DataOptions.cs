using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Data;

/// <summary>Where tenants keep their data. Bound from the <c>Cms</c> section (<c>Cms:DataPath</c>).</summary>
public sealed class DataOptions
{
    /// <summary>Root of all data; relative paths are under the content root. Each tenant gets <c>Sites/{Tenant}</c>.</summary>
    [Required]
    [Display(Name = "Cms:DataPath")]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Storage engine. Only SQLite is available so far.</summary>
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>Storage engines the data layer can use.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file per tenant: <c>Sites/{Tenant}/cms.db</c>.</summary>
    Sqlite,
}
