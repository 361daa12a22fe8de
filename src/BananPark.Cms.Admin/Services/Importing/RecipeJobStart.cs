namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>What starting a job gave.</summary>
public enum RecipeJobStartOutcome
{
    /// <summary>The job was started.</summary>
    Started,

    /// <summary>Another job runs in the tenant: <see cref="RecipeJobStart.Job"/> is that one.</summary>
    Busy,

    /// <summary>The check's confirmation has expired or was already used.</summary>
    Expired,
}

/// <summary>The outcome of a start, with the started job or the one that runs instead.</summary>
public sealed record RecipeJobStart(RecipeJobStartOutcome Outcome, RecipeJob? Job);
