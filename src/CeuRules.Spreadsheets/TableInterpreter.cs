using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Turns the tables of a spreadsheet into people's documents: maps headers to column ids, reads each
/// cell by its column's type, groups rows by person (and credit-line rows by activity id), and reports
/// every problem located by sheet, cell and column.
/// </summary>
internal sealed class TableInterpreter
{
    private const int MaxTextLength = TranscriptJsonReader.MaxTextLength;

    private static readonly string[] KnownUnits = [.. CreditUnit.BuiltIn.Select(u => u.Id)];
    private static readonly string[] KnownCategories = [.. Category.BuiltIn.Select(c => c.Id)];
    private static readonly string[] ActivityFields = ["id", "title", "provider", "kind", "completedOn", "durationMinutes", "purchasedOn", "validMonths"];
    private static readonly string[] UsPatterns = ["M/d/uuuu", "M-d-uuuu", "M.d.uuuu"];

    private readonly SheetFindings findings;
    private readonly SpreadsheetReadOptions options;
    private readonly PolicyCatalog catalog;

    /// <summary>The kinds of activity a sheet may state without an <c>unknown-kind</c> warning: those the catalog knows.</summary>
    private readonly string[] knownKinds;

    /// <summary>The findings of each person (by person key), besides the list of all.</summary>
    private readonly Dictionary<string, List<Finding>> byPerson = new(StringComparer.Ordinal);

    /// <summary>The person the current row belongs to, or null while it is not known.</summary>
    private string? currentPerson;

    private readonly CancellationToken cancellationToken;

    internal TableInterpreter(SheetFindings findings, SpreadsheetReadOptions options, PolicyCatalog catalog, CancellationToken cancellationToken)
    {
        this.cancellationToken = cancellationToken;
        this.findings = findings;
        this.options = options;
        this.catalog = catalog;
        knownKinds = [.. catalog.Kinds.Select(k => k.Id)];
    }

    /// <summary>What <see cref="Steps"/> read, once it has been run to its end.</summary>
    internal SpreadsheetReadResult? Result { get; private set; }

    internal SpreadsheetReadResult Read(Table? activities, Table? certifications, Table? exams)
    {
        foreach (bool _ in Steps(activities, certifications, exams))
        {
        }
        return Result!;
    }

    /// <summary>Reads the tables a step at a time, one step per row and per person (never true: no row is read from a file here), then sets <see cref="Result"/>.</summary>
    internal IEnumerable<bool> Steps(Table? activities, Table? certifications, Table? exams)
    {
        var people = new Dictionary<string, PersonDraft>(StringComparer.Ordinal);
        var order = new List<PersonDraft>();
        bool anyPersonColumn = false;

        if (certifications is not null)
        {
            var columns = MapHeaders(certifications, SpreadsheetWords.CertificationColumns, ["credential", "certifiedOn"]);
            anyPersonColumn = columns.ContainsKey("personId");
            foreach (var row in certifications.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return false;
                if (row.IsBlank)
                {
                    continue;
                }
                var at = new At(certifications, row, columns);
                if (!PersonOf(at, out var key))
                {
                    continue;
                }
                if (!people.TryGetValue(key, out var person))
                {
                    people.Add(key, person = new PersonDraft(key, at.Has("personId") ? key : null, row.Number));
                    order.Add(person);
                }
                if (ReadCertification(at) is { } certification)
                {
                    person.Certifications.Add(certification);
                }
            }
            if (order.Count == 0)
            {
                findings.Error("no-certification", certifications.Name, $"{certifications.Name} has no certification row; nothing can be evaluated without a certification.", ("sheet", certifications.Name), ("what", "sheet"));
            }
        }
        currentPerson = null;

        if (exams is not null)
        {
            var columns = MapHeaders(exams, SpreadsheetWords.ExamColumns, ["credential", "on", "passed"]);
            foreach (var row in exams.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return false;
                if (row.IsBlank)
                {
                    continue;
                }
                var at = new At(exams, row, columns);
                if (FindPerson(at, people, order, anyPersonColumn, "exam attempt") is { } person)
                {
                    ReadExam(at, person);
                }
            }
        }
        currentPerson = null;

        if (activities is not null)
        {
            var columns = MapHeaders(activities, SpreadsheetWords.ActivityColumns, ["kind", "completedOn"]);
            foreach (var row in activities.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return false;
                if (row.IsBlank)
                {
                    continue;
                }
                var at = new At(activities, row, columns);
                if (FindPerson(at, people, order, anyPersonColumn, "activity") is { } person)
                {
                    ReadActivity(at, person);
                }
            }
        }
        currentPerson = null;

        var results = ImmutableArray.CreateBuilder<TranscriptReadResult>(order.Count);
        foreach (var person in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return false;
            if (person.Certifications.Count == 0)
            {
                currentPerson = person.Key;
                string who = person.Id is null ? "The person" : $"'{person.Id}'";
                findings.Error("person-left-out", $"{certifications!.Name}!{person.FirstRow}",
                    $"{who} has no certification that could be read (first on row {person.FirstRow} of {certifications.Name}); their {person.Activities.Count} activities were not evaluated.",
                    ("row", person.FirstRow.ToString(CultureInfo.InvariantCulture)), ("sheet", certifications.Name), ("value", person.Id ?? string.Empty));
                Attribute(findings.All[^1]);
                currentPerson = null;
            }
            var personFindings = byPerson.TryGetValue(person.Key, out var list) ? list : [];
            TranscriptDocument? document = null;
            if (person.Certifications.Count > 0)
            {
                var certs = person.Certifications.Select(c => new Certification(c.Credential, c.CertifiedOn)
                {
                    IsMember = c.Member,
                    ExamAttempts = c.Attempts.ToImmutableArray(),
                });
                var transcript = new Transcript(person.Activities.Where(a => !a.Failed).Select(a => a.Build()));
                document = new TranscriptDocument(null, certs, transcript) { PersonId = person.Id };
            }
            results.Add(new TranscriptReadResult(document, personFindings));
        }
        Result = new SpreadsheetReadResult(results.ToImmutable(), order.Select(p => p.FirstRow).ToImmutableArray(), order.Select(p => p.Id).ToImmutableArray(), findings.ToImmutable());
    }

    private Dictionary<string, int> MapHeaders(Table table, ImmutableDictionary<string, string> aliases, string[] required)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < table.Headers.Count; c++)
        {
            string header = table.Headers[c];
            string key = SpreadsheetWords.Normalize(header);
            string path = $"{table.Name}!{Table.ColumnLetters(c)}1";
            if (key.Length == 0)
            {
                if (table.Rows.Any(r => !r[c].IsBlank))
                {
                    findings.Warning("unnamed-column", path, $"Column {Table.ColumnLetters(c)} of {table.Name} has no header; its values were ignored.",
                        ("sheet", table.Name), ("column", Table.ColumnLetters(c)));
                }
                continue;
            }
            if (!(options.Columns.TryGetValue(key, out var id) && aliases.ContainsValue(id)) && !aliases.TryGetValue(key, out id))
            {
                findings.Warning("unknown-column", path,
                    $"The column '{header}' of {table.Name} is not one CeuRules reads; its values were ignored. Map it to a column id (ceurules --column \"{header}=ID\") if it is one. Known: {string.Join(", ", aliases.Values.Distinct())}.",
                    ("sheet", table.Name), ("column", Table.ColumnLetters(c)), ("header", header));
                continue;
            }
            if (columns.TryGetValue(id, out int first))
            {
                findings.Error("duplicate-column", path,
                    $"The columns '{table.Headers[first]}' ({Table.ColumnLetters(first)}) and '{header}' ({Table.ColumnLetters(c)}) of {table.Name} both read as {id}; which one is meant is unclear, so the second was ignored.",
                    ("sheet", table.Name), ("column", Table.ColumnLetters(c)), ("header", header), ("field", id));
                continue;
            }
            columns.Add(id, c);
        }
        foreach (var id in required)
        {
            if (!columns.ContainsKey(id))
            {
                findings.Error("missing-column", $"{table.Name}!1",
                    $"{table.Name} has no {id} column (headers: {string.Join(", ", table.Headers.Where(h => h.Length > 0).Select(h => $"'{h}'"))}); every row of it is left out.",
                    ("sheet", table.Name), ("field", id));
            }
        }
        return columns;
    }

    /// <summary>The person key of a certification row: its person id, or "" when the sheet has no person column.</summary>
    private bool PersonOf(At at, out string key)
    {
        key = string.Empty;
        currentPerson = null;
        if (!at.Has("personId"))
        {
            currentPerson = key;
            return true;
        }
        if (Text(at, "personId", required: true, maxLength: 200) is not { } id)
        {
            Error(at, "row-left-out", null, $"row {at.Row.Number} of {at.Table.Name} was left out: it names no person.", ("why", "no-person"));
            return false;
        }
        key = id;
        currentPerson = key;
        return true;
    }

    private PersonDraft? FindPerson(At at, Dictionary<string, PersonDraft> people, List<PersonDraft> order, bool personColumn, string what)
    {
        currentPerson = null;
        if (!at.Has("personId"))
        {
            if (order.Count == 1)
            {
                currentPerson = order[0].Key;
                return order[0];
            }
            if (order.Count == 0)
            {
                Error(at, "row-left-out", null, $"row {at.Row.Number} of {at.Table.Name} was left out: the {what} belongs to no certification that could be read.", ("why", "no-certification"));
            }
            else
            {
                Error(at, "row-left-out", null, $"row {at.Row.Number} of {at.Table.Name} was left out: {at.Table.Name} has no person column and the certifications name {order.Count} people.", ("why", "no-person-column"));
            }
            return null;
        }
        if (Text(at, "personId", required: true, maxLength: 200) is not { } id)
        {
            Error(at, "row-left-out", null, $"row {at.Row.Number} of {at.Table.Name} was left out: it names no person.", ("why", "no-person"));
            return null;
        }
        string key = personColumn ? id : string.Empty;
        if (!people.TryGetValue(key, out var person))
        {
            Error(at, "unknown-person", "personId",
                $"row {at.Row.Number} of {at.Table.Name}, {at.Header("personId")}: '{id}' has no certification row that could be read; the {what} was left out.",
                ("value", id));
            return null;
        }
        currentPerson = key;
        return person;
    }

    private CertificationDraft? ReadCertification(At at)
    {
        int errors = findings.ErrorCount;
        Credential? credential = null;
        if (Text(at, "credential", required: true) is { } text)
        {
            string id = ValueId(text);
            if (catalog.TryGetCredential(id, out var known))
            {
                credential = known;
            }
            else
            {
                Error(at, "unknown-credential", "credential",
                    $"row {at.Row.Number}, {at.Header("credential")}: '{text}' is not a known credential; known: {string.Join(", ", catalog.Credentials.Select(c => $"{c.Id} ({c.Acronym})"))}.",
                    ("value", text), ("known", string.Join(", ", catalog.Credentials.Select(c => $"{c.Id} ({c.Acronym})"))));
            }
        }
        var certifiedOn = Date(at, "certifiedOn", required: true);
        bool member = Bool(at, "member") ?? false;
        if (at.Has("name"))
        {
            _ = Text(at, "name", required: false, maxLength: MaxTextLength);
        }
        if (findings.ErrorCount > errors || credential is null || certifiedOn is null)
        {
            Error(at, "certification-left-out", null, $"row {at.Row.Number} of {at.Table.Name}: this certification was not evaluated because of the errors above.");
            return null;
        }
        return new CertificationDraft(credential, certifiedOn.Value, member);
    }

    private void ReadExam(At at, PersonDraft person)
    {
        int errors = findings.ErrorCount;
        string? text = Text(at, "credential", required: true);
        var on = Date(at, "on", required: true);
        var passed = Bool(at, "passed", required: true);
        if (findings.ErrorCount > errors || text is null || on is null || passed is null)
        {
            Error(at, "exam-attempt-left-out", null, $"row {at.Row.Number} of {at.Table.Name}: this exam attempt was left out because of the errors above.", ("why", "errors"));
            return;
        }
        string id = ValueId(text);
        var certification = person.Certifications.FirstOrDefault(c => c.Credential.Id == id);
        if (certification is null)
        {
            Error(at, "exam-attempt-left-out", "credential",
                $"row {at.Row.Number}, {at.Header("credential")}: the person has no readable '{text}' certification; this exam attempt was left out.",
                ("value", text), ("why", "no-such-certification"));
            return;
        }
        certification.Attempts.Add(new ExamAttempt(on.Value, passed.Value));
    }

    private void ReadActivity(At at, PersonDraft person)
    {
        int errors = findings.ErrorCount;
        string? id = at.Has("id") ? Text(at, "id", required: false, maxLength: LearningActivity.MaxIdLength) : null;
        id ??= $"row-{at.Row.Number}";
        var existing = person.Activities.FirstOrDefault(a => a.Id == id);
        // A further row of an activity (a further credit line) may leave the activity's cells blank.
        string? kind = Id(at, "kind", knownKinds, required: existing is null, unknownCode: "unknown-kind", what: "kind of activity");
        var completedOn = Date(at, "completedOn", required: existing is null);
        string? title = Text(at, "title", required: false, maxLength: MaxTextLength);
        string? provider = Text(at, "provider", required: false, maxLength: MaxTextLength);
        int? duration = Int(at, "durationMinutes", TranscriptJsonReader.MaxDurationMinutes);
        var purchasedOn = Date(at, "purchasedOn", required: false);
        int? validMonths = Int(at, "validMonths", TranscriptJsonReader.MaxValidMonths);
        var line = ReadLine(at);

        if (existing is null)
        {
            var draft = new ActivityDraft(id, at.Row.Number);
            person.Activities.Add(draft);
            if (findings.ErrorCount > errors || kind is null || completedOn is null)
            {
                draft.Failed = true;
                Error(at, "activity-left-out", null, $"row {at.Row.Number} of {at.Table.Name}: the activity '{id}' was not evaluated because of the errors above.");
                return;
            }
            draft.Kind = kind;
            draft.CompletedOn = completedOn.Value;
            draft.Title = title;
            draft.Provider = provider;
            draft.Duration = duration;
            draft.PurchasedOn = purchasedOn;
            draft.ValidMonths = validMonths;
            if (line is not null)
            {
                draft.Lines.Add(line);
            }
            return;
        }

        // A further credit line of the same activity: its activity cells must be blank or agree with the first row.
        if (existing.Failed)
        {
            Error(at, "activity-left-out", null, $"row {at.Row.Number} of {at.Table.Name}: the activity '{id}' (first on row {existing.FirstRow}) was not evaluated because of errors, so this credit line was left out too.");
            return;
        }
        Agree(at, "kind", kind, existing.Kind, existing);
        Agree(at, "completedOn", completedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), existing.CompletedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), existing);
        Agree(at, "title", title, existing.Title, existing);
        Agree(at, "provider", provider, existing.Provider, existing);
        Agree(at, "durationMinutes", duration?.ToString(CultureInfo.InvariantCulture), existing.Duration?.ToString(CultureInfo.InvariantCulture), existing);
        Agree(at, "purchasedOn", purchasedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), existing.PurchasedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), existing);
        Agree(at, "validMonths", validMonths?.ToString(CultureInfo.InvariantCulture), existing.ValidMonths?.ToString(CultureInfo.InvariantCulture), existing);
        if (findings.ErrorCount > errors)
        {
            Error(at, "row-left-out", null, $"row {at.Row.Number} of {at.Table.Name}: this credit line of the activity '{id}' was left out because of the errors above.", ("why", "errors"));
            return;
        }
        if (line is null)
        {
            findings.Warning("duplicate-activity-id", at.Path("id"),
                $"row {at.Row.Number}, {at.Header("id")}: '{id}' is also on row {existing.FirstRow} and this row states no credit; it adds nothing.",
                ("row", Row(at)), ("value", id), ("id", id), ("first", $"{at.Table.Name}!{existing.FirstRow.ToString(CultureInfo.InvariantCulture)}"));
            return;
        }
        existing.Lines.Add(line);
    }

    private void Agree(At at, string field, string? value, string? first, ActivityDraft existing)
    {
        if (value is not null && !string.Equals(value, first, StringComparison.Ordinal))
        {
            Error(at, "conflicting-activity", field,
                $"row {at.Row.Number}, {at.Header(field)}: '{value}' differs from '{first}' on row {existing.FirstRow}, the first row of the activity '{existing.Id}'; rows of one activity must agree (or leave the cell blank).",
                ("value", value), ("first", first ?? string.Empty));
        }
    }

    private CreditLine? ReadLine(At at)
    {
        bool any = !at.Cell("amount").IsBlank || !at.Cell("unit").IsBlank || !at.Cell("category").IsBlank || !at.Cell("approvedBy").IsBlank || !at.Cell("approvalReference").IsBlank;
        if (!any)
        {
            return null;
        }
        int errors = findings.ErrorCount;
        var amount = Amount(at);
        var unit = Id(at, "unit", KnownUnits, required: true, unknownCode: null, what: "unit");
        var category = Id(at, "category", KnownCategories, required: false, unknownCode: null, what: "category");
        var bodies = ImmutableArray.CreateBuilder<string>();
        if (Text(at, "approvedBy", required: false) is { } approvals)
        {
            foreach (var part in approvals.Split([',', ';', '/', '|', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var body = part.ToLowerInvariant();
                if (CreditUnit.IsValidId(body))
                {
                    bodies.Add(body);
                }
                else
                {
                    Error(at, "invalid-id", "approvedBy", $"row {at.Row.Number}, {at.Header("approvedBy")}: '{part}' is not a body id such as AAMA, AMT, NHA or NCCT.", ("value", part), ("what", "body"));
                }
            }
        }
        string? reference = Text(at, "approvalReference", required: false, maxLength: MaxTextLength);
        if (findings.ErrorCount > errors || amount is null || unit is null)
        {
            return null;
        }
        return new CreditLine(amount.Value, new CreditUnit(unit), category is null ? null : new Category(category))
        {
            ApprovedBy = bodies.ToImmutable(),
            ApprovalReference = reference,
        };
    }

    // Cell readers: each reports a located finding for a bad value and returns null.

    private string? Text(At at, string field, bool required, int maxLength = MaxTextLength)
    {
        var cell = at.Cell(field);
        if (cell.IsBlank)
        {
            if (required && at.Has(field))
            {
                Error(at, "missing-value", field, $"row {at.Row.Number}, {at.Header(field)}: the cell is empty; a value is required.", ("expected", "value"));
            }
            return null;
        }
        if (cell.Kind == CellKind.Error)
        {
            CellError(at, field, cell);
            return null;
        }
        string text = cell.Kind == CellKind.Date ? Iso(cell.Date) : cell.Text.Trim();
        if (text.Length > maxLength)
        {
            Error(at, "text-too-long", field, $"row {at.Row.Number}, {at.Header(field)}: the text has {text.Length} characters; at most {maxLength} are accepted.",
                ("length", text.Length.ToString(CultureInfo.InvariantCulture)), ("limit", maxLength.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        return text;
    }

    private LocalDate? Date(At at, string field, bool required)
    {
        var cell = at.Cell(field);
        if (cell.IsBlank)
        {
            if (required && at.Has(field))
            {
                Error(at, "missing-value", field, $"row {at.Row.Number}, {at.Header(field)}: the cell is empty; a date is required.", ("expected", "date"));
            }
            return null;
        }
        switch (cell.Kind)
        {
            case CellKind.Date:
                return cell.Date;
            case CellKind.Error:
                CellError(at, field, cell);
                return null;
            case CellKind.Number when at.Table.Dates is { } system:
                if (cell.Number == Math.Floor(cell.Number) && SerialDates.ToDate(cell.Number, system) is { } serial && serial.Year >= 1950)
                {
                    findings.Warning("date-as-number", at.Path(field),
                        $"row {at.Row.Number}, {at.Header(field)}: the number {cell.Text} was read as the date {Iso(serial)} (its serial number in the {(system == DateSystem.Date1904 ? "1904" : "1900")} date system); format the column as dates to be sure.",
                        ("row", Row(at)), ("value", cell.Text), ("date", Iso(serial)));
                    Attribute(findings.All[^1]);
                    return serial;
                }
                break;
            default:
                break;
        }
        string text = cell.Text.Trim();
        var iso = LocalDatePattern.Iso.Parse(text);
        if (iso.Success && text.Length == 10)
        {
            return iso.Value;
        }
        var withTime = LocalDateTimePattern.ExtendedIso.Parse(text);
        if (withTime.Success)
        {
            return withTime.Value.Date;
        }
        foreach (var pattern in UsPatterns)
        {
            var us = LocalDatePattern.CreateWithInvariantCulture(pattern).Parse(text);
            if (us.Success)
            {
                return us.Value;
            }
        }
        Error(at, "not-a-date", field,
            $"row {at.Row.Number}, {at.Header(field)}: '{Truncate(cell.Text)}' is not a date; write YYYY-MM-DD (or M/D/YYYY), or use a date cell.",
            ("value", Truncate(cell.Text)));
        return null;
    }

    private bool? Bool(At at, string field, bool required = false)
    {
        var cell = at.Cell(field);
        if (cell.IsBlank)
        {
            if (required && at.Has(field))
            {
                Error(at, "missing-value", field, $"row {at.Row.Number}, {at.Header(field)}: the cell is empty; yes or no is required.", ("expected", "yes-or-no"));
            }
            return null;
        }
        if (cell.Kind == CellKind.Error)
        {
            CellError(at, field, cell);
            return null;
        }
        switch (SpreadsheetWords.Normalize(cell.Text))
        {
            case "true" or "yes" or "y" or "1" or "x" or "pass" or "passed" or "member":
                return true;
            case "false" or "no" or "n" or "0" or "fail" or "failed" or "nonmember":
                return false;
            default:
                Error(at, "not-yes-or-no", field, $"row {at.Row.Number}, {at.Header(field)}: '{Truncate(cell.Text)}' is not yes or no (yes, no, true, false, passed, failed).",
                    ("value", Truncate(cell.Text)));
                return null;
        }
    }

    private int? Int(At at, string field, int max)
    {
        var cell = at.Cell(field);
        if (cell.IsBlank)
        {
            return null;
        }
        if (cell.Kind == CellKind.Error)
        {
            CellError(at, field, cell);
            return null;
        }
        if (Number(cell) is not { } number || number != decimal.Truncate(number))
        {
            Error(at, "not-a-whole-number", field, $"row {at.Row.Number}, {at.Header(field)}: '{Truncate(cell.Text)}' is not a whole number.", ("value", Truncate(cell.Text)));
            return null;
        }
        if (number < 0 || number > max)
        {
            Error(at, "out-of-range", field, $"row {at.Row.Number}, {at.Header(field)}: {cell.Text} is outside 0 to {max}.",
                ("value", cell.Text), ("min", "0"), ("max", max.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        return (int)number;
    }

    private CreditAmount? Amount(At at)
    {
        var cell = at.Cell("amount");
        if (cell.IsBlank)
        {
            Error(at, "missing-value", "amount", $"row {at.Row.Number}, {at.Header("amount")}: the cell is empty, but the row states a credit; an amount is required.", ("expected", "amount"));
            return null;
        }
        if (cell.Kind == CellKind.Error)
        {
            CellError(at, "amount", cell);
            return null;
        }
        if (Number(cell) is not { } value)
        {
            Error(at, "not-a-number", "amount", $"row {at.Row.Number}, {at.Header("amount")}: '{Truncate(cell.Text)}' is not a number (write 2.5, with a point).", ("value", Truncate(cell.Text)));
            return null;
        }
        if (value < 0)
        {
            Error(at, "negative-amount", "amount", $"row {at.Row.Number}, {at.Header("amount")}: {cell.Text} is negative; credit is never negative.", ("value", cell.Text));
            return null;
        }
        if (value > CreditLine.MaxAmount.Value)
        {
            Error(at, "invalid-amount", "amount", $"row {at.Row.Number}, {at.Header("amount")}: {cell.Text} is more than {CreditLine.MaxAmount}, the most one line may state.", ("value", cell.Text), ("limit", CreditLine.MaxAmount.Value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        if (!CreditAmount.TryFromDecimal(value, out var exact))
        {
            Error(at, "over-precise-amount", "amount", $"row {at.Row.Number}, {at.Header("amount")}: {cell.Text} has more than two decimal places; amounts are exact to the hundredth.", ("value", cell.Text));
            return null;
        }
        return exact;
    }

    private string? Id(At at, string field, string[] known, bool required, string? unknownCode, string what)
    {
        if (Text(at, field, required) is not { } text)
        {
            return null;
        }
        string id = ValueId(text);
        if (!CreditUnit.IsValidId(id))
        {
            Error(at, "invalid-id", field,
                $"row {at.Row.Number}, {at.Header(field)}: '{Truncate(text)}' is not a {what}; known: {string.Join(", ", known)}.", ("value", Truncate(text)), ("what", field));
            return null;
        }
        if (unknownCode is not null && Array.IndexOf(known, id) < 0)
        {
            findings.Warning(unknownCode, at.Path(field),
                $"row {at.Row.Number}, {at.Header(field)}: '{text}' is not a {what} CeuRules knows; it is treated as an ordinary activity. Known: {string.Join(", ", known)}.",
                ("row", Row(at)), ("value", text), ("known", string.Join(", ", known)));
            Attribute(findings.All[^1]);
        }
        return id;
    }

    /// <summary>An id from a cell: the id itself, a readable alias ("AAMA points", "Self study", "CMA"), or the text in lower case with dashes.</summary>
    private static string ValueId(string text)
    {
        if (CreditUnit.IsValidId(text))
        {
            return SpreadsheetWords.ValueAliases.TryGetValue(SpreadsheetWords.Normalize(text), out var aliased) ? aliased : text;
        }
        if (SpreadsheetWords.ValueAliases.TryGetValue(SpreadsheetWords.Normalize(text), out var id))
        {
            return id;
        }
        return string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The decimal places a number cell keeps: a workbook stores numbers as binary doubles, so a formula's
    /// saved 0.1 + 0.2 reads 0.30000000000000004; ten places remove that noise (a spreadsheet program shows
    /// 15 significant digits) and keep every digit a person can type, and the amount must then be whole
    /// hundredths like any other (docs/hr-integration.md).
    /// </summary>
    private const int NumberCellDecimals = 10;

    private static decimal? Number(Cell cell) => cell.Kind switch
    {
        CellKind.Number when Math.Abs(cell.Number) < 1e15 => Math.Round((decimal)cell.Number, NumberCellDecimals),
        CellKind.Text when decimal.TryParse(cell.Text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    private void CellError(At at, string field, Cell cell)
    {
        string what = cell.Note switch
        {
            "formula-without-value" => $"the formula {Truncate(cell.Text)} has no saved value; open and save the file in a spreadsheet program, or type the value",
            "error-value" => $"the cell shows the error {cell.Text}",
            "bad-serial-date" => $"the date cell holds {cell.Text}, which is no date",
            _ => $"the cell holds '{Truncate(cell.Text)}', which cannot be read",
        };
        Error(at, "bad-cell", field, $"row {at.Row.Number}, {at.Header(field)}: {what}.", ("value", Truncate(cell.Text)));
    }

    private void Error(At at, string code, string? field, string message, params (string Name, string Value)[] arguments)
    {
        var all = new List<(string, string)>(arguments) { ("row", Row(at)), ("sheet", at.Table.Name) };
        if (field is not null)
        {
            all.Add(("column", Table.ColumnLetters(at.Columns[field])));
            all.Add(("field", field));
        }
        findings.Error(code, field is null ? $"{at.Table.Name}!{at.Row.Number}" : at.Path(field), message, all.ToArray());
        Attribute(findings.All[^1]);
    }

    private void Attribute(Finding finding)
    {
        if (currentPerson is not null)
        {
            if (!byPerson.TryGetValue(currentPerson, out var list))
            {
                byPerson.Add(currentPerson, list = new List<Finding>());
            }
            list.Add(finding);
        }
    }

    private static string Row(At at) => at.Row.Number.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..77] + "...";

    /// <summary>A row being read, with its table and the columns of its sheet.</summary>
    private readonly record struct At(Table Table, TableRow Row, Dictionary<string, int> Columns)
    {
        internal bool Has(string field) => Columns.ContainsKey(field);

        internal Cell Cell(string field) => Columns.TryGetValue(field, out int c) ? Row[c] : Spreadsheets.Cell.Empty;

        /// <summary>The header as the file writes it, with the column id when they differ: "Completion Date (completedOn)".</summary>
        internal string Header(string field)
        {
            if (!Columns.TryGetValue(field, out int c))
            {
                return field;
            }
            string header = Table.Headers[c].Trim();
            return header == field ? field : $"{header} ({field})";
        }

        /// <summary>The finding path of a cell: "Activities!F14.completedOn".</summary>
        internal string Path(string field) => Columns.TryGetValue(field, out int c)
            ? $"{Table.Name}!{Spreadsheets.Table.ColumnLetters(c)}{Row.Number}.{field}"
            : $"{Table.Name}!{Row.Number}.{field}";
    }

    private sealed class PersonDraft(string key, string? id, int firstRow)
    {
        internal int FirstRow { get; } = firstRow;

        internal string Key { get; } = key;

        internal string? Id { get; } = id;

        internal List<CertificationDraft> Certifications { get; } = new();

        internal List<ActivityDraft> Activities { get; } = new();
    }

    private sealed class CertificationDraft(Credential credential, LocalDate certifiedOn, bool member)
    {
        internal Credential Credential { get; } = credential;

        internal LocalDate CertifiedOn { get; } = certifiedOn;

        internal bool Member { get; } = member;

        internal List<ExamAttempt> Attempts { get; } = new();
    }

    private sealed class ActivityDraft(string id, int firstRow)
    {
        internal string Id { get; } = id;

        internal int FirstRow { get; } = firstRow;

        internal bool Failed { get; set; }

        internal string Kind { get; set; } = "course";

        internal LocalDate CompletedOn { get; set; }

        internal string? Title { get; set; }

        internal string? Provider { get; set; }

        internal int? Duration { get; set; }

        internal LocalDate? PurchasedOn { get; set; }

        internal int? ValidMonths { get; set; }

        internal List<CreditLine> Lines { get; } = new();

        internal LearningActivity Build() => new(Id, new LearningActivityKind(Kind), CompletedOn)
        {
            Title = Title,
            Provider = Provider,
            DurationMinutes = Duration,
            PurchasedOn = PurchasedOn,
            ValidMonths = ValidMonths,
            Credits = Lines.ToImmutableArray(),
        };
    }
}
