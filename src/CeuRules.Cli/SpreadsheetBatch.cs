using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Policies;
using CeuRules.Workforce;

namespace CeuRules.Cli;

/// <summary>
/// The entries of a batch given as a spreadsheet (CSV or XLSX), for the workforce pipeline: a person
/// whose rows have an error is reported whole and not evaluated, as a malformed JSON line is; a row that
/// belongs to no person is reported too. The input "line" of a person is the row of their first certification.
/// </summary>
internal static class SpreadsheetBatch
{
    internal static async IAsyncEnumerable<WorkforceEntry> Entries(FileInfo file, SheetArguments arguments, PolicyCatalog catalog,
        BatchCommand.BatchState state, TextWriter stderr)
    {
        await Task.Yield();
        var read = SpreadsheetInput.Read(file, arguments, catalog, stderr);
        Interlocked.Exchange(ref state.BytesRead, file.Length);
        if (read is null)
        {
            state.Unreadable = true;
            yield break;
        }
        var attributed = new HashSet<Finding>(read.People.SelectMany(p => p.Findings), ReferenceEqualityComparer.Instance);
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error && !attributed.Contains(f)))
        {
            long row = finding.Arguments.TryGetValue("row", out var text) && long.TryParse(text, out long number) ? number : 0;
            yield return WorkforceEntry.Malformed(row, [finding]);
        }
        for (int i = 0; i < read.People.Length; i++)
        {
            var person = read.People[i];
            long row = read.PersonRows[i];
            if (!person.IsValid || person.Document is null || person.Document.PersonId is null)
            {
                var errors = person.Document?.PersonId is null && person.IsValid
                    ? [new Finding("missing-field", FindingSeverity.Error, "personId", "The certifications sheet has no person column; a batch needs one (personId).")]
                    : person.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
                yield return WorkforceEntry.Malformed(row, errors, read.PersonIds[i]);
                continue;
            }
            var document = person.Document;
            yield return WorkforceEntry.ForPerson(row, new Person(document.PersonId!, document.Certifications, document.Transcript), person.Findings);
        }
    }
}
