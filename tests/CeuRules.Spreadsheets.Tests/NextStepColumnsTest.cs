using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Workforce;
using NodaTime;
using Xunit;

using static CeuRules.Spreadsheets.Tests.Scenarios;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>
/// The workforce report's next step columns and its "Due soon" sheet read the engine's next step; the
/// status, deadline and action names come from the explanation layer, in the language asked for.
/// </summary>
public sealed class NextStepColumnsTest
{
    /// <summary>
    /// "soon": a CMA to earn and apply for by 2025-12-31 (38 days); "ccma": by 2025-12-14 (21 days); "grace": within the CE time
    /// limit with only the exam left, no date; "none": three failed exams, no route left.
    /// </summary>
    private static List<PersonEvaluation> People() =>
    [
        Scenarios.Evaluate("soon", Cma(new LocalDate(2020, 12, 1))),
        Scenarios.Evaluate("ccma", new Certification(Credential.NhaCcma, new LocalDate(2023, 12, 15))),
        Scenarios.Evaluate("grace", Cma(new LocalDate(2020, 9, 15))),
        Scenarios.Evaluate("none", Exhausted()),
    ];

    private static Dictionary<string, Dictionary<string, string>> CsvRows(Explainer? words)
    {
        var report = new WorkforceReport(AsOf, 60, words);
        long row = 1;
        foreach (var person in People())
        {
            report.Add(row++, person, (string?)null);
        }
        using var stream = new MemoryStream();
        report.WriteCsv(stream);
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF')))
        {
            TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        while (parser.ReadFields() is { } cells)
        {
            rows[cells[1]] = header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
        return rows;
    }

    [Fact]
    public void The_people_rows_carry_the_next_step_and_its_date_as_the_evaluation_decided_them()
    {
        var rows = CsvRows(null);
        var expected = People().ToDictionary(p => p.PersonId, p => p.Results.Single().NextStep);
        foreach (var (person, step) in expected)
        {
            Assert.Equal(Explainer.English.ActionName(step.Action), rows[person]["Next step"]);
            Assert.Equal(step.By?.ToString("uuuu-MM-dd", null) ?? string.Empty, rows[person]["Next step by"]);
            Assert.Equal(step.DaysFromAsOf?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, rows[person]["Days to next step"]);
        }
        Assert.Equal(("Earn the missing credit, then apply", "2025-12-31", "38"), (rows["soon"]["Next step"], rows["soon"]["Next step by"], rows["soon"]["Days to next step"]));
        Assert.Equal(("Take the exam", string.Empty), (rows["grace"]["Next step"], rows["grace"]["Next step by"]));
        Assert.Equal(("No route left", string.Empty), (rows["none"]["Next step"], rows["none"]["Next step by"]));
    }

    [Fact]
    public void Status_deadline_and_action_names_come_from_the_explanation_layer_in_the_language_asked_for()
    {
        foreach (var words in new[] { Explainer.English, Explainer.Spanish })
        {
            var rows = CsvRows(words);
            foreach (var person in People())
            {
                var result = person.Results.Single();
                var row = rows[person.PersonId];
                Assert.Equal(words.StatusName(result.Status), row[words.ColumnHeader("status")]);
                Assert.Equal(words.ActionName(result.NextStep.Action), row[words.ColumnHeader("nextStep")]);
                Assert.Equal(result.NextDeadline is { } next ? words.DeadlineName(next.Kind) : string.Empty, row[words.ColumnHeader("nextDeadline")]);
            }
        }
        Assert.Equal("Presentar el examen", CsvRows(Explainer.Spanish)["grace"]["Próximo paso"]);
        Assert.Equal("Take the exam", CsvRows(Explainer.English)["grace"]["Next step"]);
    }

    [Fact]
    public void The_due_soon_sheet_has_one_row_per_certification_whose_next_step_is_due_most_urgent_first()
    {
        var report = new WorkforceReport(AsOf, 60, Explainer.Spanish);
        long row = 1;
        foreach (var person in People())
        {
            report.Add(row++, person, (string?)null);
        }
        using var stream = new MemoryStream();
        report.WriteXlsx(stream);
        stream.Position = 0;
        var sheets = XlsxTables.Read(stream, "report.xlsx", new SheetFindings())!;
        var due = Rows(sheets.Single(t => t.Name == "Próximas a vencer"));
        Assert.Equal(["ccma", "soon"], due.Select(r => r["Persona"].Text));
        Assert.Equal(new LocalDate(2025, 12, 14), due[0]["Fecha del próximo paso"].Date);
        Assert.Equal(CellKind.Date, due[0]["Fecha del próximo paso"].Kind);
        Assert.Equal(21d, due[0]["Días hasta el próximo paso"].Number);
        Assert.Equal(Explainer.Spanish.ActionName(NextAction.EarnThenApply), due[1]["Próximo paso"].Text);
        var summary = Rows(sheets.Single(t => t.Name == "Resumen"));
        Assert.Contains(summary, r => r["Credencial"].Text == Explainer.Spanish.ActionName(NextAction.None) && r["Certificaciones"].Number == 1);
        Assert.Contains(summary, r => r["Credencial"].Text == "Vencen en los próximos 60 días" && r["Certificaciones"].Number == 2);
    }

    /// <summary>A sheet's rows as cells by header, read back with the package's own reader.</summary>
    private static List<Dictionary<string, Cell>> Rows(Table table) =>
        table.Rows.Select(row => table.Headers.Select((header, i) => (header, cell: row[i])).ToDictionary(c => c.header, c => c.cell)).ToList();
}
