using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Policies;
using CeuRules.Workforce;

namespace CeuRules.Cli;

/// <summary>
/// The people of a batch given as a spreadsheet (CSV or XLSX): a person whose rows have an error is
/// reported whole and not evaluated, as a malformed JSON line is; a row that belongs to no person is
/// reported too. The input "line" of a person is the row of their first certification.
/// </summary>
internal static class SpreadsheetBatch
{
    internal static async IAsyncEnumerable<Person> People(FileInfo file, SheetArguments arguments, PolicyCatalog catalog,
        BatchCommand.BatchState state, ReportWriter? report, TextWriter stderr)
    {
        await Task.Yield();
        var read = SpreadsheetInput.Read(file, arguments, catalog, stderr);
        Interlocked.Exchange(ref state.BytesRead, file.Length);
        if (read is null)
        {
            state.MalformedLines++;
            yield break;
        }
        var attributed = new HashSet<Finding>(read.People.SelectMany(p => p.Findings), ReferenceEqualityComparer.Instance);
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error && !attributed.Contains(f)))
        {
            long row = finding.Arguments.TryGetValue("row", out var text) && long.TryParse(text, out long number) ? number : 0;
            Malformed(state, report, row, null, finding.ToString());
        }
        for (int i = 0; i < read.People.Length; i++)
        {
            var person = read.People[i];
            long row = read.PersonRows[i];
            state.Lines++;
            if (!person.IsValid || person.Document is null || person.Document.PersonId is null)
            {
                var problem = person.Document?.PersonId is null && person.IsValid
                    ? "The certifications sheet has no person column; a batch needs one (personId)."
                    : string.Join("; ", person.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()));
                Malformed(state, report, row, read.PersonIds[i], problem);
                continue;
            }
            var document = person.Document;
            var findings = person.Findings.IsEmpty ? string.Empty : string.Join("; ", person.Findings.Select(f => f.ToString()));
            var evaluated = new Person(document.PersonId!, document.Certifications, document.Transcript);
            state.Arrived(evaluated, row, findings);
            report?.Expect(row);
            yield return evaluated;
        }
    }

    private static void Malformed(BatchCommand.BatchState state, ReportWriter? report, long row, string? personId, string problem)
    {
        state.MalformedLines++;
        if (state.Errors.Count < 1000)
        {
            state.Errors.Add((row, personId is null ? problem : $"{personId}: {problem}"));
        }
        if (report is SpreadsheetReport sheet)
        {
            sheet.WriteProblem(row, personId, problem);
        }
        else
        {
            report?.WriteMalformed(row, problem);
        }
    }
}
