using BananPark.Cms.Media.Storage;

namespace BananPark.Cms.Benchmarks;

/// <summary>One original held in memory, for renders that measure ImageSharp's work and not the disk's.</summary>
public sealed class MemoryMediaFileStore(string storedHash, byte[] storedBytes) : IMediaFileStore
{
    public Task<Stream?> OpenReadAsync(string contentHash, CancellationToken cancellationToken = default)
        => Task.FromResult<Stream?>(contentHash == storedHash ? new MemoryStream(storedBytes, writable: false) : null);

    public Task<bool> WriteIfAbsentAsync(string contentHash, Stream content, CancellationToken cancellationToken = default)
        => throw new NotSupportedException("The benchmark's store is read-only.");

    public Task DeleteAsync(string contentHash, CancellationToken cancellationToken = default)
        => throw new NotSupportedException("The benchmark's store is read-only.");

    public Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default)
        => Task.FromResult(contentHash == storedHash);
}
