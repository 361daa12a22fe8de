using System.Globalization;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Identity.Components.Admin;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>The words a job's page and its progress endpoint use, in one place so the page and its script agree.</summary>
public static class RecipeJobText
{
    /// <summary>E.g. <c>Step 5 of 5: Content</c>; what the job does before its first step starts otherwise.</summary>
    public static string Step(RecipeProgress? progress)
        => progress is null
            ? "Reading the recipe"
            : string.Create(CultureInfo.InvariantCulture, $"Step {progress.StepIndex + 1:N0} of {progress.StepCount:N0}: {progress.StepName}");

    /// <summary>E.g. <c>3,500 of 10,000 items</c>, or a sentence for a step without items and before the first step.</summary>
    public static string Items(RecipeProgress? progress) => progress switch
    {
        null => "Starting.",
        { ItemsTotal: <= 0 } => "This step has no items to count.",
        _ => string.Create(CultureInfo.InvariantCulture, $"{progress.ItemsDone:N0} of {progress.ItemsTotal:N0} {(progress.ItemsTotal == 1 ? "item" : "items")}"),
    };

    /// <summary>A duration as people read it: <c>0.4 s</c>, <c>12 s</c>, <c>3 min 05 s</c>, <c>1 h 02 min</c>.</summary>
    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalSeconds: < 10 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, duration.TotalSeconds):0.0} s"),
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalSeconds} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds:00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes:00} min"),
    };

    /// <summary>Why a new job cannot start: <c>An import is running, started by admin at 2026-01-05 10:00 UTC.</c></summary>
    public static string Busy(RecipeJob running)
        => $"{(running.Kind == RecipeJobKind.Check ? "A recipe check" : "An import")} is running, started by {running.Origin.UserName} at "
            + $"{AdminFormats.Utc(running.StartedUtc.UtcDateTime)}. Only one check or import runs at a time; try again when it has finished.";
}
