using BananPark.Cms.Core.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Testing;

/// <summary>
/// Holds an import (or a dry run) inside its Content step, between two write batches of the content manager, until
/// the test lets it go: whoever watches the import sees it running, with the first batch's items done, for sure.
/// Registered only in test hosts (<see cref="AddImportGate"/>); it does nothing until armed.
/// </summary>
public sealed class ImportGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _held = New();
    private TaskCompletionSource _released = New();
    private int _holdAtBatch;
    private int _batches;

    /// <summary>Completes when an armed gate has stopped an import.</summary>
    public Task Held => _held.Task;

    /// <summary>Stops the next import when it starts writing its second batch (after the first one's progress was reported).</summary>
    public void Arm(int holdAtBatch = 2)
    {
        lock (_lock)
        {
            _holdAtBatch = holdAtBatch;
            _batches = 0;
            _held = New();
            _released = New();
        }
    }

    /// <summary>Lets a held import go on, and stops holding.</summary>
    public void Release()
    {
        lock (_lock)
        {
            _holdAtBatch = 0;
            _released.TrySetResult();
        }
    }

    /// <summary>Adds the gate to a host's services.</summary>
    public static IServiceCollection AddImportGate(IServiceCollection services)
    {
        services.AddSingleton<ImportGate>();
        services.AddScoped<IContentEventListener, Listener>();
        return services;
    }

    private Task OnBatchAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (_lock)
        {
            if (_holdAtBatch == 0 || ++_batches != _holdAtBatch)
            {
                return Task.CompletedTask;
            }

            _held.TrySetResult();
            wait = _released.Task;
        }

        return wait.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Hears each batch the content manager imports (its events come in one call per batch).</summary>
    private sealed class Listener(ImportGate gate) : IContentEventListener
    {
        public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task HandleManyAsync(IReadOnlyList<ContentEvent> contentEvents, CancellationToken cancellationToken) => gate.OnBatchAsync(cancellationToken);
    }
}
