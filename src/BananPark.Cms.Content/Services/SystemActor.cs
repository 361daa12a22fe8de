using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Services;

/// <summary>The actor when no user is signed in: setup, recipes run at start, the scheduler.</summary>
internal sealed class SystemActor : ICurrentActor
{
    public string? UserId => null;

    public string Name => "system";
}
