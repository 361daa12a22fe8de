namespace BananPark.Cms.Data.Entities;

/// <summary>A named JSON document of the tenant (content definitions, settings, …).</summary>
public sealed class DocumentRecord
{
    public string Name { get; set; } = "";

    public string Json { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
