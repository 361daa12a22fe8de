using BananPark.Cms.Identity.Components.Account;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class AccountLayoutTests : ComponentTest
{
    [Fact]
    public void Render_WhenGivenBody_WrapsItInTheAccountCard()
    {
        var cut = Render<AccountLayout>(p => p.Add(x => x.Body, "<h1>Sign in</h1>"));

        cut.MarkupMatches("""
            <div class="account-page">
              <main id="main" class="account-card">
                <p class="account-brand">Banan Park CMS</p>
                <h1>Sign in</h1>
              </main>
            </div>
            """);
    }
}
