using System;

namespace CeuRules.Cli;

/// <summary>The entry point of the <c>ceurules</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, progress: !Console.IsErrorRedirected);
}
