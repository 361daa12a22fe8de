using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>
/// An uploaded recipe between its dry run and the confirmation, kept in memory for
/// <see cref="Lifetime"/>, bound to the user who uploaded it, usable once. The browser only holds a
/// random token, so the recipe that is imported is exactly the one that was checked.
/// </summary>
public sealed class PendingRecipes(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const int MaxPending = 100;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public string Add(string userId, string fileName, string json)
    {
        Sweep();
        if (_entries.Count >= MaxPending)
        {
            _entries.Clear();
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _entries[token] = new Entry(userId, fileName, json, clock.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The recipe for <paramref name="token"/> if it belongs to <paramref name="userId"/> and has not expired; removed either way.</summary>
    public (string FileName, string Json)? Take(string token, string userId)
    {
        if (!_entries.TryRemove(token, out var entry) || entry.UserId != userId || entry.Expires < clock.GetUtcNow())
        {
            return null;
        }

        return (entry.FileName, entry.Json);
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, entry) in _entries)
        {
            if (entry.Expires < now)
            {
                _entries.TryRemove(token, out _);
            }
        }
    }

    private sealed record Entry(string UserId, string FileName, string Json, DateTimeOffset Expires);
}
