namespace BananPark.Cms.Web.Tests;

/// <summary>One two-node site for the tests that leave both nodes running; started by the first test that needs it.</summary>
public sealed class SharedTwoNodeSite : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TwoNodeSite? _site;

    public async Task<TwoNodeSite> SiteAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _site ??= await TwoNodeSite.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        _gate.Dispose();
    }
}
