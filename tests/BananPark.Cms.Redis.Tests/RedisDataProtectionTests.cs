using Microsoft.AspNetCore.DataProtection;

namespace BananPark.Cms.Redis.Tests;

/// <summary>The cookie and antiforgery keys live in Redis under the instance prefix: what one node protects, the others read.</summary>
public sealed class RedisDataProtectionTests
{
    private const string Purpose = "BananPark.Cms.Redis.Tests";

    [Fact]
    public async Task Unprotect_OnNodeB_ReadsWhatNodeAProtected()
    {
        await using var nodes = new Nodes();
        var a = await nodes.AddAsync();
        var b = await nodes.AddAsync();

        var payload = await a.RunAsync<IDataProtectionProvider, string>(p => Task.FromResult(p.CreateProtector(Purpose).Protect("session of admin")));
        var read = await b.RunAsync<IDataProtectionProvider, string>(p => Task.FromResult(p.CreateProtector(Purpose).Unprotect(payload)));

        Assert.Equal("session of admin", read);
        Assert.Contains($"{nodes.Instance}:{RedisServiceCollectionExtensions.DataProtectionKey}", await Nodes.KeysAsync(nodes.Instance));
    }
}
