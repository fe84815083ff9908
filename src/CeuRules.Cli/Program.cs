using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
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
        // Redirected output is written through one buffer, flushed at the end: Console.Out flushes on every
        // write, which costs a system call per piece of a large report. A terminal keeps Console.Out, so that
        // what is written there interleaves with the error stream as it happens.
        bool interactive = !Console.IsOutputRedirected;
        using var buffered = interactive ? null
            : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { AutoFlush = false };
        try
        {
            return CliApp.Run(args, buffered ?? Console.Out, Console.Error, interactive, progress: !Console.IsErrorRedirected,
                cancellationToken: stop.Token);
        }
        finally
        {
            buffered?.Flush();
        }
    }
}
