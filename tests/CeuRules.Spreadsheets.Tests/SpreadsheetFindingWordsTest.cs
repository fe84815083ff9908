using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Explanations;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// The spreadsheet reader's findings carry every argument their code's words name, so a Spanish reader is told
/// the value, the header or the limit an English reader is told, not only the place.
/// </summary>
public sealed class SpreadsheetFindingWordsTest
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Rows with one problem each: an unknown and a duplicate column, a number that is no number, a whole number and yes-or-no that are not, an unknown person, rows of one activity that disagree, an unknown kind, credential and unit, an amount and a month count out of range.</summary>
    private static SpreadsheetReadResult Broken() => SpreadsheetTranscriptReader.ReadCsv(
        new CsvInput("activities.csv", Utf8(
            "Person,Activity ID,Kind,Completed on,Amount,Unit,Valid months,Shoe size,Title,Title\n"
            + "E1,c1,course,2022-03-01,two,aama-point,,,,\n"
            + "E1,c2,course,2022-03-01,2,aama-point,,,,\n"
            + "E1,c2,course,2022-03-05,1,aama-point,,,,\n"
            + "E1,c3,webinarish,2022-03-01,1,aama-point,,,,\n"
            + "E1,c4,course,2022-03-01,2000000,aama-point,,,,\n"
            + "E1,c5,cpr,2022-03-01,1,aama-point,1.5,,,\n"
            + "E1,c6,cpr,2022-03-01,1,aama-point,9999,,,\n"
            + "E9,c7,course,2022-03-01,1,aama-point,,,,\n")),
        new CsvInput("certifications.csv", Utf8("Person,Credential,Certified on,Member\nE1,CMA,2021-02-10,yes\nE2,XYZ,2021-02-10,no\nE3,CMA,2021-02-10,maybe\n")),
        null, null);

    [Fact]
    public void Every_finding_of_a_declared_code_carries_the_arguments_its_words_name()
    {
        var read = Broken();
        var codes = read.Findings.Select(f => f.Code).ToHashSet();
        foreach (var expected in new[] { "unknown-column", "duplicate-column", "not-a-number", "not-a-whole-number", "not-yes-or-no", "unknown-person", "conflicting-activity", "unknown-kind", "unknown-credential", "invalid-amount", "out-of-range" })
        {
            Assert.True(codes.Contains(expected), $"No {expected} among: {string.Join("; ", read.Findings)}");
        }
        foreach (var finding in read.Findings)
        {
            Assert.True(FindingCodes.TryGet(finding.Code, out var code), $"{finding.Code} is not declared.");
            foreach (var name in code!.ArgumentNames)
            {
                Assert.True(finding.Arguments.ContainsKey(name), $"{finding} lacks the argument {name} its words name.");
            }
            // A value the finding carries but its code does not declare is a value the words of other languages never name.
            foreach (var name in finding.Arguments.Keys)
            {
                Assert.True(code.ArgumentNames.Contains(name) || PlaceArguments.Contains(name), $"{finding} carries the argument {name}, which the words of {code.Id} do not name.");
            }
        }
    }

    /// <summary>The arguments that say where a finding is, which its place words name.</summary>
    private static readonly string[] PlaceArguments = ["row", "sheet", "column", "field", "file"];

    /// <summary>Rows left out and an exam attempt left out, each for a reason of its own, and an empty cell where a value is needed.</summary>
    private static SpreadsheetReadResult LeftOut() => SpreadsheetTranscriptReader.ReadCsv(
        new CsvInput("activities.csv", Utf8(
            "Person,Activity ID,Kind,Completed on,Amount,Unit\n"
            + ",c1,course,2022-03-01,1,aama-point\n"
            + "E1,c2,course,,1,aama-point\n")),
        new CsvInput("certifications.csv", Utf8("Person,Credential,Certified on,Member\nE1,CMA,2021-02-10,yes\n")),
        new CsvInput("exams.csv", Utf8("Person,Credential,On,Passed\nE1,RMA,2022-01-01,no\nE1,CMA,,no\n")),
        null);

    [Fact]
    public void Every_row_left_out_says_why_in_both_languages()
    {
        var read = LeftOut();
        var leftOut = read.Findings.Where(f => f.Code is "row-left-out" or "exam-attempt-left-out" or "missing-value").ToList();
        Assert.True(leftOut.Count >= 4, string.Join("; ", read.Findings));
        foreach (var finding in leftOut)
        {
            Assert.True(FindingCodes.TryGet(finding.Code, out var code));
            Assert.NotEmpty(code!.ArgumentNames);
            string english = FindingExplainer.English.Sentence(finding);
            string spanish = FindingExplainer.Spanish.Sentence(finding);
            Assert.NotEqual(english, spanish);
        }
        string Spanish(string code, string name, string value) =>
            FindingExplainer.Spanish.Sentence(leftOut.First(f => f.Code == code && f.Arguments[name] == value));
        Assert.Contains("la persona no tiene ninguna certificación legible de esa credencial", Spanish("exam-attempt-left-out", "why", "no-such-certification"), System.StringComparison.Ordinal);
        Assert.Contains("no nombra a ninguna persona", Spanish("row-left-out", "why", "no-person"), System.StringComparison.Ordinal);
        Assert.Contains("se necesita una fecha", Spanish("missing-value", "expected", "date"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_Spanish_reader_is_told_the_value_an_English_reader_is_told()
    {
        var read = Broken();
        var notANumber = Assert.Single(read.Findings, f => f.Code == "not-a-number");
        Assert.Contains("“two”", FindingExplainer.Spanish.Sentence(notANumber), System.StringComparison.Ordinal);
        Assert.Contains("“two”", FindingExplainer.English.Sentence(notANumber), System.StringComparison.Ordinal);
        var unknownColumn = Assert.Single(read.Findings, f => f.Code == "unknown-column");
        Assert.Contains("Shoe size", FindingExplainer.Spanish.Sentence(unknownColumn), System.StringComparison.Ordinal);
        var conflict = Assert.Single(read.Findings, f => f.Code == "conflicting-activity");
        string spanish = FindingExplainer.Spanish.Sentence(conflict);
        Assert.Contains("2022-03-05", spanish, System.StringComparison.Ordinal);
        Assert.Contains("2022-03-01", spanish, System.StringComparison.Ordinal);
    }
}
