using System.Globalization;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// One line of <see cref="NginxProxy"/>'s access log: what the visitor got, and each node nginx tried in turn with
/// what that node answered (<c>502</c> or <c>-</c> for a node that failed before answering).
/// </summary>
public sealed partial record ProxiedRequest(DateTimeOffset Time, int Status, string Method, string Path, IReadOnlyList<(int Port, string Status)> Attempts)
{
    public static ProxiedRequest Parse(string line)
    {
        var match = Line().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"Not an access-log line of the two-node format: {line}");
        }

        var ports = match.Groups["nodes"].Value.Split([", ", " : "], StringSplitOptions.RemoveEmptyEntries);
        var statuses = match.Groups["statuses"].Value.Split([", ", " : "], StringSplitOptions.RemoveEmptyEntries);
        var attempts = ports.Select((address, i) => (
            int.TryParse(address[(address.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture, out var port) ? port : 0,
            i < statuses.Length ? statuses[i] : "-")).ToList();
        var seconds = double.Parse(match.Groups["msec"].Value, CultureInfo.InvariantCulture);
        return new ProxiedRequest(
            DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)),
            int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture),
            match.Groups["method"].Value,
            match.Groups["path"].Value,
            attempts);
    }

    public override string ToString()
        => $"{Time:HH:mm:ss.fff} {Status} {Method} {Path} via {string.Join(", ", Attempts.Select(a => $"{a.Port}={a.Status}"))}";

    [GeneratedRegex(@"^(?<msec>[0-9.]+) (?<status>\d{3}) (?<method>\S+) (?<path>\S+) \[(?<nodes>[^\]]*)\] \[(?<statuses>[^\]]*)\]$")]
    private static partial Regex Line();
}
