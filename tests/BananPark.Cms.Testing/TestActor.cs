using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Testing;

/// <summary>Who the content manager thinks is acting; a test switches users by setting it.</summary>
public sealed class TestActor : ICurrentActor
{
    public string? UserId { get; private set; }

    public string Name { get; private set; } = "system";

    /// <summary>Acts as a signed-in user from now on.</summary>
    public void SignIn(string userId, string name)
    {
        UserId = userId;
        Name = name;
    }

    /// <summary>Acts as the system (no user) from now on.</summary>
    public void SignOut()
    {
        UserId = null;
        Name = "system";
    }
}
