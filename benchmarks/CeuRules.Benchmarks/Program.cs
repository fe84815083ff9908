using System.Globalization;
using BenchmarkDotNet.Running;

namespace CeuRules.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (for example <c>--filter '*'</c>), or writes a
/// generated workforce file: <c>generate-workforce COUNT FILE</c>.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>generate-workforce COUNT FILE</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate-workforce")
        {
            WorkforceFile.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
