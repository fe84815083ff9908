using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace CeuRules.Cli;

/// <summary>The entry point of the <c>ceurules</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // The first SIGINT or SIGTERM stops the run cleanly (a batch report is not replaced); a second one ends the process at once.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            if (!stop.IsCancellationRequested)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, progress: !Console.IsErrorRedirected,
            cancellationToken: stop.Token);
    }
}
