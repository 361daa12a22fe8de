namespace BananPark.Cms.Core.ContentManagement;

/// <summary>An item that can't be stored as it is; <see cref="Problems"/> says where and why.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ContentValidationException(IReadOnlyList<(string Path, string Message)> problems)
        : base(string.Join(" ", problems.Select(p => p.Message)))
        => Problems = problems;

    /// <summary>Creates the exception with one problem.</summary>
    public ContentValidationException(string message) : this([("", message)])
    {
    }

    /// <summary>Creates an exception with no detail; prefer the other constructors.</summary>
    public ContentValidationException() : this("The content item is not valid.")
    {
    }

    /// <summary>Creates the exception around the error that caused it.</summary>
    public ContentValidationException(string message, Exception innerException) : base(message, innerException)
        => Problems = [("", message)];

    /// <summary>Each problem with its path inside the item (e.g. <c>Park.ApprovedArea.Value</c>).</summary>
    public IReadOnlyList<(string Path, string Message)> Problems { get; }

    /// <summary>In a bulk write (an import), the position of the item the problems are about.</summary>
    public int? ItemIndex { get; init; }
}
