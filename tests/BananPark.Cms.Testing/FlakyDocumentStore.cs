using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Testing;

/// <summary>
/// Wraps the tenant's <see cref="IDocumentStore"/> so that reading one document fails the next few times
/// (a locked or unreachable store), then works again; counts every read of it.
/// </summary>
public sealed class FlakyDocumentStore(IDocumentStore inner, FlakyDocumentStore.Faults faults) : IDocumentStore
{
    /// <summary>Replaces the registered document store of <paramref name="services"/> with one that fails as <paramref name="faults"/> says.</summary>
    public static IServiceCollection Install(IServiceCollection services, Faults faults)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
        var type = registered.ImplementationType ?? throw new InvalidOperationException("The document store is not registered by type.");
        services.Remove(registered);
        return services.AddSingleton(faults)
            .AddScoped<IDocumentStore>(sp => new FlakyDocumentStore((IDocumentStore)ActivatorUtilities.CreateInstance(sp, type), sp.GetRequiredService<Faults>()));
    }

    public Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (name == faults.Document && faults.FailThisRead())
        {
            throw new IOException($"The store could not be read (a fault of the test, for '{name}').");
        }

        return inner.GetAsync(name, cancellationToken);
    }

    public Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default)
        => inner.SaveAsync(name, document, cancellationToken);

    /// <summary>Which document fails, how many more times, and how often it was read.</summary>
    public sealed class Faults(string document)
    {
        private int _failuresLeft;
        private int _reads;

        public string Document { get; } = document;

        /// <summary>How many times the document was read, failed reads included.</summary>
        public int Reads => Volatile.Read(ref _reads);

        /// <summary>The next <paramref name="count"/> reads of the document fail; reads are counted from now.</summary>
        public void FailNext(int count)
        {
            Volatile.Write(ref _reads, 0);
            Volatile.Write(ref _failuresLeft, count);
        }

        internal bool FailThisRead()
        {
            Interlocked.Increment(ref _reads);
            return Interlocked.Decrement(ref _failuresLeft) >= 0;
        }
    }
}
