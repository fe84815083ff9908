using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
using NodaTime;
using Xunit;

namespace CeuRules.Web.Tests;

/// <summary>
/// A generated HR workbook of a given number of activity rows, in the layout of docs/examples/hr-workforce.xlsx
/// (written by <see cref="SpreadsheetTranscriptWriter"/>, so that the reader reads it as an HR export): one CMA
/// per person, certified on one of the days of 2021 to 2023, and <see cref="RowsPerPerson"/> courses each, of
/// AAMA points in the three categories, some approved by the AAMA and some not, so that the people fall into
/// every status and some are due within the horizon. The same row count always gives the same workbook.
/// </summary>
internal static class LargeWorkbook
{
    /// <summary>The activity rows of one person.</summary>
    internal const int RowsPerPerson = 5;

    private static readonly Category[] Categories = [Category.Clinical, Category.Administrative, Category.General];

    /// <summary>Writes the workbook of <paramref name="rows"/> activity rows into <paramref name="folder"/>, once, and returns its path.</summary>
    internal static string Write(string folder, int rows)
    {
        string path = Path.Combine(folder, $"workforce-{rows}-rows.xlsx");
        if (!File.Exists(path))
        {
            Assert.True(PolicyCatalog.BuiltIn.TryGetCredential("aama-cma", out var cma));
            using var stream = File.Create(path);
            SpreadsheetTranscriptWriter.WriteXlsx(stream, People(cma, rows / RowsPerPerson));
        }
        return path;
    }

    private static IEnumerable<TranscriptDocument> People(Credential cma, int people)
    {
        var first = new LocalDate(2021, 1, 4);
        for (int p = 0; p < people; p++)
        {
            var certifiedOn = first.PlusDays(p * 7 % 1_000);
            var activities = Enumerable.Range(0, RowsPerPerson).Select(a => new LearningActivity($"c{a + 1}", LearningActivityKind.Course, certifiedOn.PlusDays(30 + (a * 97) + (p % 13)))
            {
                Title = $"Course {a + 1} of person {p + 1}",
                Credits =
                [
                    new CreditLine(CreditAmount.FromDecimal(2m + ((p + a) % 5)), CreditUnit.AamaPoint, Categories[(p + a) % 3])
                    {
                        ApprovedBy = (p + a) % 4 == 0 ? ImmutableArray<string>.Empty : ["aama"],
                    },
                ],
            });
            yield return new TranscriptDocument(null, [new Certification(cma, certifiedOn) { IsMember = p % 2 == 0 }], new Transcript(activities))
            {
                PersonId = $"E{p + 1:D6}",
            };
        }
    }
}
