using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Spreadsheets;

/// <summary>
/// A workforce report that an HR officer opens: a row per evaluated certification and per input that
/// could not be read, in input order, with readable headers and values (the next step the engine decided
/// for each certification and its date among them) and one column per requirement shortfall; written as an XLSX workbook (sheets "People", "Due soon" and "Summary") or as a CSV file
/// with a byte-order mark (the "People" sheet). Rows are added as evaluations arrive, in any order, and
/// keep only what the report shows, not the evaluations.
/// </summary>
/// <remarks>Adding is thread-safe; write once everything is added.</remarks>
public sealed class WorkforceReport
{
    private static readonly string[] LeadingRequirements = ["total", "approved", "category:general", "category:clinical", "category:administrative"];
    private static readonly string[] DueColumns = ["personId", "credential", "status", "nextStep", "nextStepBy", "daysToNextStep", "planTotal", "planApproved", "unit"];
    private static readonly string[] DateColumns = ["certifiedOn", "expiresOn", "lastCeDay", "nextStepBy", "nextDeadlineDate"];
    private static readonly string[] WideColumns = ["credential", "status", "nextStep", "nextDeadline"];

    private readonly object gate = new();
    private readonly List<ReportRow> rows = new();
    private readonly WorkforceForecastBuilder forecast;
    private readonly HashSet<string> requirementIds = new(StringComparer.Ordinal);
    private readonly Explainer words;
    private long sequence;

    /// <summary>Creates an empty report.</summary>
    /// <param name="asOf">The as-of date of the evaluations.</param>
    /// <param name="withinDays">The horizon of the "Due soon" sheet, in days from <paramref name="asOf"/>: 0 to 36,500.</param>
    /// <param name="words">The words of the status, deadline and next step names; <see cref="Explainer.English"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is out of range.</exception>
    public WorkforceReport(LocalDate asOf, int withinDays, Explainer? words = null)
    {
        forecast = new WorkforceForecastBuilder(asOf, withinDays);
        this.words = words ?? Explainer.English;
        AsOf = asOf;
        WithinDays = withinDays;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The horizon of the "Due soon" sheet, in days.</summary>
    public int WithinDays { get; }

    /// <summary>Adds one person's evaluations.</summary>
    /// <param name="inputRow">Where the person is in the input (a line or row number); rows are written in this order.</param>
    /// <param name="person">The person's evaluations, as of <see cref="AsOf"/>.</param>
    /// <param name="findings">What reading the person's input found (warnings, for example); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is as of another date.</exception>
    public void Add(long inputRow, PersonEvaluation person, IEnumerable<Finding>? findings = null) =>
        Add(inputRow, person, findings is null ? null : string.Join("; ", findings.Select(f => f.ToString())));

    /// <summary>Adds one person's evaluations, with what reading their input found as text.</summary>
    /// <param name="inputRow">Where the person is in the input (a line or row number); rows are written in this order.</param>
    /// <param name="person">The person's evaluations, as of <see cref="AsOf"/>.</param>
    /// <param name="findings">What reading the person's input found, for people; none when null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is as of another date.</exception>
    public void Add(long inputRow, PersonEvaluation person, string? findings)
    {
        ArgumentNullException.ThrowIfNull(person);
        string text = findings ?? string.Empty;
        lock (gate)
        {
            forecast.Add(person);
            foreach (var row in RowsOf(inputRow, person, text, () => sequence++, words))
            {
                foreach (var (id, amount) in row.Shortfalls)
                {
                    if (amount > 0)
                    {
                        requirementIds.Add(id);
                    }
                }
                rows.Add(row);
            }
        }
    }

    /// <summary>
    /// Adds one row of the workforce pipeline (<see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>):
    /// an evaluated person with its findings as <see cref="WorkforceRow.FindingList"/> states them, or an input
    /// that could not be evaluated with its errors in the report's language (<see cref="WorkforceRow.ReasonIn(Explainer)"/>).
    /// </summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">The row's evaluations are as of another date.</exception>
    public void Add(WorkforceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Evaluation is { } person)
        {
            Add(row.Line, person, row.FindingList);
        }
        else
        {
            AddProblem(row.Line, row.PersonId, row.ReasonIn(words));
        }
    }

    /// <summary>The rows of one person: one per evaluated certification, one per certification without a policy.</summary>
    internal static List<ReportRow> RowsOf(long inputRow, PersonEvaluation person, string findings, Func<long> next, Explainer words)
    {
        var result = new List<ReportRow>(person.Results.Length + person.NotEvaluated.Length);
        foreach (var evaluation in person.Results)
        {
            var deadline = evaluation.NextDeadline;
            var shortfalls = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var requirement in evaluation.Requirements.Where(r => !r.IsCap))
            {
                shortfalls[requirement.RequirementId] = requirement.Shortfall.RoundedUp.Value;
            }
            var step = evaluation.NextStep;
            result.Add(new ReportRow(inputRow, next(), person.PersonId, evaluation.Credential.ToString(), words.StatusName(evaluation.Status),
                evaluation.Certification.CertifiedOn, evaluation.ExpiresOn, evaluation.LastCeDay,
                words.ActionName(step.Action), step.By, step.DaysFromAsOf,
                deadline is null ? null : words.DeadlineName(deadline.Kind), deadline?.Date, deadline?.DaysFromAsOf,
                evaluation.Plan.Total.RoundedUp.Value, evaluation.Plan.Approved.RoundedUp.Value, words.UnitName(evaluation.Plan.Unit.Id), shortfalls, null, findings));
        }
        foreach (var certification in person.NotEvaluated)
        {
            result.Add(ProblemRow(inputRow, next(), person.PersonId, words.NoPolicy(certification.Credential.Id), findings) with { Credential = certification.Credential.ToString() });
        }
        return result;
    }

    /// <summary>Adds a row for an input that could not be evaluated (a malformed line, a person whose rows have errors).</summary>
    /// <param name="inputRow">Where the input is (a line or row number).</param>
    /// <param name="personId">The person's id when it is known, else null.</param>
    /// <param name="problem">What is wrong, for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void AddProblem(long inputRow, string? personId, string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (gate)
        {
            rows.Add(ProblemRow(inputRow, sequence++, personId, problem, string.Empty));
        }
    }

    internal static ReportRow ProblemRow(long inputRow, long sequence, string? personId, string problem, string findings) =>
        new(inputRow, sequence, personId, null, null, null, null, null, null, null, null, null, null, null, null, null, null, new Dictionary<string, decimal>(), problem, findings);

    /// <summary>Writes the report as an XLSX workbook: "People" (input order), "Due soon" (one row per certification whose next step is due inside the horizon, most urgent first) and "Summary".</summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="cancellationToken">Checked at every row; cancelled, the method throws <see cref="OperationCanceledException"/>, nothing has been written to <paramref name="stream"/>, and the report can be written again.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void WriteXlsx(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var headers = Headers(OrderedIds(requirementIds), words);
            var built = forecast.Build();
            var people = Ordered().Select(row => Cells(row, headers));
            var due = built.DueSoon.Select(entry => (IReadOnlyList<object?>)
            [
                CsvCells.Inert(entry.PersonId),
                Credential(entry.CredentialId),
                words.StatusName(entry.Status),
                words.ActionName(entry.NextStep.Action),
                Date(entry.NextStep.By),
                entry.NextStep.DaysFromAsOf,
                entry.Plan.Total.RoundedUp.Value,
                entry.Plan.Approved.RoundedUp.Value,
                words.UnitName(entry.Plan.Unit.Id),
            ]);
            var summary = built.Counts.Select(count => (IReadOnlyList<object?>)[Credential(count.CredentialId), words.StatusName(count.Status), count.Count])
                .Append([words.ColumnHeader("asOf"), AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), null])
                .Append([words.DueWithin(WithinDays), null, built.DueSoonCount])
                .Append([words.ActionName(NextAction.None), null, built.NoRouteCount]);
            var widths = DateColumns.Select(h => (Header: h, Width: 14d)).Concat(WideColumns.Select(h => (Header: h, Width: 28d)))
                .Append((Header: "findings", Width: 60d)).Append((Header: "problem", Width: 60d))
                .ToDictionary(c => words.ColumnHeader(c.Header), c => c.Width, StringComparer.Ordinal);
            XlsxWriter.Write(stream,
            [
                new XlsxSheet(words.ColumnHeader("sheet:people"), headers.Select(h => h.Header).ToList(), people, widths),
                new XlsxSheet(words.ColumnHeader("sheet:dueSoon"), DueColumns.Select(h => words.ColumnHeader(h)).ToList(), due, widths),
                new XlsxSheet(words.ColumnHeader("sheet:summary"),
                    [words.ColumnHeader("credential"), words.ColumnHeader("status"), words.ColumnHeader("certifications")], summary, widths),
            ], cancellationToken);
        }
    }

    /// <summary>Writes the "People" rows as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that spreadsheet programs read accents right; text that a spreadsheet would run as a formula is made inert.</summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="cancellationToken">Checked at every row; cancelled, the method throws <see cref="OperationCanceledException"/> and the report can be written again. The rows are streamed, so the rows before the cancellation may already be in <paramref name="stream"/>: discard what it holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void WriteCsv(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var headers = Headers(OrderedIds(requirementIds), words);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
            WriteCsvHeader(writer, headers);
            foreach (var row in Ordered())
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteCsvRow(writer, row, headers);
            }
        }
    }

    private IEnumerable<ReportRow> Ordered() => rows.OrderBy(r => r.InputRow).ThenBy(r => r.Sequence);

    internal static void WriteCsvHeader(TextWriter writer, List<(string Header, Func<ReportRow, object?> Value)> headers)
    {
        writer.Write(string.Join(",", headers.Select(h => CsvCells.Guard(h.Header))));
        writer.Write("\r\n");
    }

    internal static void WriteCsvRow(TextWriter writer, ReportRow row, List<(string Header, Func<ReportRow, object?> Value)> headers)
    {
        writer.Write(string.Join(",", headers.Select(h => Format(h.Value(row)))));
        writer.Write("\r\n");
    }

    /// <summary>The requirement ids in column order: total, approved, the three categories, then the others alphabetically.</summary>
    internal static IEnumerable<string> OrderedIds(IEnumerable<string> ids)
    {
        var set = new HashSet<string>(ids, StringComparer.Ordinal);
        return LeadingRequirements.Where(set.Contains).Concat(set.Where(id => Array.IndexOf(LeadingRequirements, id) < 0).Order(StringComparer.Ordinal)).ToList();
    }

    internal static List<(string Header, Func<ReportRow, object?> Value)> Headers(IEnumerable<string> requirementIds, Explainer words)
    {
        string H(string id) => words.ColumnHeader(id);
        var headers = new List<(string, Func<ReportRow, object?>)>
        {
            (H("row"), r => r.InputRow == 0 ? null : r.InputRow),
            (H("personId"), r => r.PersonId),
            (H("credential"), r => r.Credential),
            (H("status"), r => r.Status),
            (H("certifiedOn"), r => Date(r.CertifiedOn)),
            (H("expiresOn"), r => Date(r.ExpiresOn)),
            (H("lastCeDay"), r => Date(r.LastCeDay)),
            (H("nextStep"), r => r.NextStep),
            (H("nextStepBy"), r => Date(r.NextStepBy)),
            (H("daysToNextStep"), r => r.DaysToNextStep),
            (H("nextDeadline"), r => r.NextDeadline),
            (H("nextDeadlineDate"), r => Date(r.NextDeadlineDate)),
            (H("daysToNextDeadline"), r => r.DaysLeft),
            (H("planTotal"), r => r.PlanTotal),
            (H("planApproved"), r => r.PlanApproved),
            (H("unit"), r => r.Unit),
        };
        foreach (var id in requirementIds)
        {
            headers.Add((words.ColumnHeader("missing:" + id), r => r.Shortfalls.TryGetValue(id, out var amount) ? amount : null));
        }
        headers.Add((H("problem"), r => r.Problem));
        headers.Add((H("findings"), r => r.Findings.Length == 0 ? null : r.Findings));
        return headers;
    }

    private static object?[] Cells(ReportRow row, List<(string Header, Func<ReportRow, object?> Value)> headers)
    {
        var cells = new object?[headers.Count];
        for (int i = 0; i < cells.Length; i++)
        {
            var cell = headers[i].Value(row);
            cells[i] = cell is string text ? CsvCells.Inert(text) : cell;
        }
        return cells;
    }

    private static DateTime? Date(LocalDate? date) => date?.ToDateTimeUnspecified();

    private static string Credential(string id) => Policies.PolicyCatalog.BuiltIn.TryGetCredential(id, out var credential) ? credential.ToString() : id;

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => LocalDate.FromDateTime(date).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => CsvCells.Guard(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    internal sealed record ReportRow(long InputRow, long Sequence, string? PersonId, string? Credential, string? Status,
        LocalDate? CertifiedOn, LocalDate? ExpiresOn, LocalDate? LastCeDay, string? NextStep, LocalDate? NextStepBy, int? DaysToNextStep, string? NextDeadline, LocalDate? NextDeadlineDate, int? DaysLeft,
        decimal? PlanTotal, decimal? PlanApproved, string? Unit, Dictionary<string, decimal> Shortfalls, string? Problem, string Findings);
}
