using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data.Services;

internal sealed class DocumentStore(CmsDbContext db, TimeProvider clock) : IDocumentStore
{
    public async Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var json = await db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonNode.Parse(json) as JsonObject;
    }

    public async Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default)
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (record is null)
        {
            record = new DocumentRecord { Name = name };
            db.Documents.Add(record);
        }

        record.Json = document.ToJsonString();
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        record.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
    }
}
