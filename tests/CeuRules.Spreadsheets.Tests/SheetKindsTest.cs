using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Policies;
using CeuRules.Tests;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>A sheet's kinds of activity are known as the catalog knows them: a custom policy's own kinds are not "unknown".</summary>
public sealed class SheetKindsTest
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static SpreadsheetReadResult Read(PolicyCatalog catalog, string credential) => SpreadsheetTranscriptReader.ReadCsv(
        new CsvInput("activities.csv", Utf8("Person,Activity ID,Kind,Completed on,Duration minutes\nE1,d1,drill,2024-05-01,60\nE1,x1,juggling,2024-05-02,60\n")),
        new CsvInput("certifications.csv", Utf8($"Person,Credential,Certified on\nE1,{credential},2024-03-01\n")),
        null, null, catalog);

    [Fact]
    public void A_kind_a_policy_of_the_catalog_names_is_read_without_a_warning()
    {
        var read = Read(PolicyCatalog.BuiltIn.With([SpanishNamedPolicy.Policy]), "example-safety");
        var unknown = read.Findings.Where(f => f.Code == "unknown-kind").Select(f => f.Arguments["value"]).ToList();
        Assert.Equal(["juggling"], unknown);
    }

    [Fact]
    public void The_same_kind_is_unknown_to_a_catalog_without_that_policy()
    {
        var read = Read(PolicyCatalog.BuiltIn, "aama-cma");
        var unknown = read.Findings.Where(f => f.Code == "unknown-kind").Select(f => f.Arguments["value"]).Order().ToList();
        Assert.Equal(["drill", "juggling"], unknown);
    }
}
