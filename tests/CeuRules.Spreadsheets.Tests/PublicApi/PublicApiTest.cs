using System;
using System.IO;
using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace CeuRules.Spreadsheets.Tests.PublicApi;

/// <summary>
/// The public API of the spreadsheet and calendar packages, compared with their approved texts; on a
/// change, a <c>.received.txt</c> is written beside the approved file for review.
/// </summary>
public sealed class PublicApiTest
{
    [Fact]
    public void The_CeuRules_Spreadsheets_public_API_is_approved() =>
        Verify(typeof(SpreadsheetTranscriptReader).Assembly, "CeuRules.Spreadsheets.approved.txt");

    [Fact]
    public void The_CeuRules_Calendars_public_API_is_approved() =>
        Verify(typeof(Calendars.DeadlineCalendar).Assembly, "CeuRules.Calendars.approved.txt");

    private static void Verify(Assembly assembly, string file)
    {
        string text = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string approved = Path.Combine(Paths.Root(), "tests", "CeuRules.Spreadsheets.Tests", "PublicApi", file);
        string received = Path.ChangeExtension(Path.ChangeExtension(approved, null), ".received.txt");
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == text)
        {
            File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approved, text);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review {received} and, if the change is intended, copy it over {approved}.");
    }
}
