using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace CeuRules.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (for example <c>--filter '*'</c>), or writes a
/// generated workforce file: <c>generate-workforce COUNT FILE</c>.
/// </summary>
/// <remarks>
/// The exit code is 1 when a benchmark failed, for example when a baseline's setup found that it
/// disagrees with the library, so that a dry run in CI fails too.
/// </remarks>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>generate-workforce COUNT FILE</c>.</param>
    /// <returns>The exit code: 0, or 1 when a benchmark failed or a validation error stopped one.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate-workforce")
        {
            WorkforceFile.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            return 0;
        }
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
