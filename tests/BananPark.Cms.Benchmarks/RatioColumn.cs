using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// A benchmark's mean time over a reference benchmark's, where <paramref name="isReference"/> picks the reference
/// of a measured case and <paramref name="reference"/> names it in the legend. Unlike BenchmarkDotNet's own <c>Ratio</c>, the reference may have other parameters
/// (e.g. the same page on the 30-item site), so one table compares sizes. Empty when the reference did not run.
/// </summary>
public sealed class RatioColumn(string name, string reference, Func<BenchmarkCase, BenchmarkCase, bool> isReference) : IColumn
{
    public string Id => nameof(RatioColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Mean time over the mean time of {reference} (below 1 is faster)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var measured = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var baseline = summary.Reports.FirstOrDefault(r => isReference(benchmarkCase, r.BenchmarkCase))?.ResultStatistics?.Mean;
        return measured is { } m && baseline is > 0 and var b ? (m / b).ToString("0.00", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => name;
}
