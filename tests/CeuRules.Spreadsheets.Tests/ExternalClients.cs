using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// Runs the real clients the files are for: LibreOffice (Debian's libreoffice-calc, headless) and an
/// independent iCalendar parser (Debian's python3-icalendar). When one is missing, a test reports itself
/// skipped with the install command; under CI (CI=true) a missing client is a failure, since .ci/run installs them.
/// </summary>
internal static class ExternalClients
{
    internal const string Soffice = "/usr/bin/soffice";
    internal const string Python = "/usr/bin/python3";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    internal static void RequireLibreOffice() => Require(File.Exists(Soffice), "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc");

    internal static void RequireICalendar() => Require(File.Exists(Python) && Run(Python, ["-c", "import icalendar"], null).Exit == 0,
        "The python3-icalendar parser is not installed: apt-get install -y python3-icalendar");

    private static void Require(bool present, string reason)
    {
        if (!present && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " (CI installs it in .ci/run)");
        }
        Skip.IfNot(present, reason);
    }

    /// <summary>Converts every sheet of the files to UTF-8 CSV in one LibreOffice run: "name-Sheet.csv" in <paramref name="outDir"/>.</summary>
    internal static void ConvertToCsv(string workDir, string outDir, IEnumerable<string> files, string? csvCharset = null)
    {
        var args = new List<string> { $"-env:UserInstallation=file://{Path.Combine(workDir, "profile")}", "--headless" };
        if (csvCharset is not null)
        {
            args.Add($"--infilter=CSV:44,34,{csvCharset},1");
        }
        args.AddRange(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", outDir]);
        args.AddRange(files);
        var (exit, output, error) = Run(Soffice, args, workDir);
        Assert.True(exit == 0, $"LibreOffice exited with {exit}:\n{output}\n{error}");
    }

    internal static (int Exit, string Out, string Err) Run(string program, IEnumerable<string> args, string? workDir)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        if (workDir is not null)
        {
            start.WorkingDirectory = workDir;
            start.Environment["HOME"] = workDir;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {Limit}.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
