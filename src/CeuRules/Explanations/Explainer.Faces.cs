using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>
/// The words of the faces that are not reports: a catalog course's yield, the spreadsheets' column headers
/// and the calendar's names, summaries and descriptions. The faces compose no sentence of their own.
/// </summary>
public sealed partial class Explainer
{
    /// <summary>
    /// What a course would earn, in words: "2 AAMA points in the clinical category (not approved by the AAMA)",
    /// "0.75 NHA credits"; "nothing" when it earns nothing. Approval is named only for credit not approved and
    /// only when <see cref="CredentialPolicy.DistinguishesApproval"/>.
    /// </summary>
    /// <param name="counted">The credit counted, in the policy's unit.</param>
    /// <param name="policy">The policy whose unit, categories and approval rules are used.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Yield(IEnumerable<CountedCredit> counted, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(counted);
        Preconditions.CheckNotNull(policy);
        var parts = counted
            .GroupBy(c => (c.Category, c.Approved))
            .Select(g => (g.Key.Category, g.Key.Approved, Amount: g.Aggregate(CreditAmount.Zero, (sum, c) => sum + c.Amount)))
            .Select(p =>
            {
                string amount = Amount(p.Amount, policy);
                string part = p.Category is { } category ? Format("Yield.InCategory", amount, CategoryPhrase(category, policy)) : amount;
                return !p.Approved && policy.DistinguishesApproval ? Format("Counted.WithApproval", part, Approval(policy, approved: false, p.Amount, policy.Units.Unit)) : part;
            })
            .ToList();
        return parts.Count == 0 ? Get("Yield.Nothing") : List(parts, "List.And");
    }

    /// <summary>What a catalog course would earn, in words: <see cref="Yield(IEnumerable{CountedCredit}, CredentialPolicy)"/> of its counted credit under its policy.</summary>
    /// <param name="yield">The course's yield.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yield"/> is null.</exception>
    public string Yield(CourseYield yield)
    {
        Preconditions.CheckNotNull(yield);
        return Yield(yield.Counted, yield.Policy);
    }

    /// <summary>
    /// The heading of a catalog check: "catalog.json (Acme CE, 12 courses) checked against the policies in force
    /// on 23 November 2025"; without the vendor and count when the catalog could not be read.
    /// </summary>
    /// <param name="fileName">The catalog file's name, as given.</param>
    /// <param name="vendor">The catalog's vendor, or null when no catalog was read.</param>
    /// <param name="courses">The number of courses read.</param>
    /// <param name="asOf">The date whose policy versions were used.</param>
    /// <returns>The heading, with the file and vendor names as given (the face escapes them).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public string CatalogHeading(string fileName, string? vendor, int courses, LocalDate asOf)
    {
        Preconditions.CheckNotNull(fileName);
        return vendor is null
            ? Format("Catalog.Heading", fileName, Date(asOf))
            : Format("Catalog.HeadingWithVendor", fileName, vendor, courses.ToString("0", Culture), Date(asOf));
    }

    /// <summary>Whether a catalog check found no error, as a label: "Valid", "Not valid" ("Válido", "No válido").</summary>
    /// <param name="valid">Whether no finding is an error.</param>
    /// <returns>The label.</returns>
    public string CatalogVerdict(bool valid) => Get(valid ? "Catalog.Valid" : "Catalog.NotValid");

    /// <summary>How many errors and warnings a catalog check found: "no errors, 1 warning.", "3 errors, 0 warnings.".</summary>
    /// <param name="errors">The number of error findings.</param>
    /// <param name="warnings">The number of warning findings.</param>
    /// <returns>The words.</returns>
    public string CatalogCounts(int errors, int warnings) => errors == 0
        ? Format("Catalog.CountsNoErrors", CountOf("Catalog.Warnings", warnings))
        : Format("Catalog.Counts", CountOf("Catalog.Errors", errors), CountOf("Catalog.Warnings", warnings));

    /// <summary>A catalog check's result in one line: "Valid: no errors, 1 warning.", "No válido: 2 errores, 0 advertencias.".</summary>
    /// <param name="valid">Whether no finding is an error.</param>
    /// <param name="errors">The number of error findings.</param>
    /// <param name="warnings">The number of warning findings.</param>
    /// <returns>The line.</returns>
    public string CatalogResult(bool valid, int errors, int warnings) => Format("Catalog.Result", CatalogVerdict(valid), CatalogCounts(errors, warnings));

    /// <summary>
    /// The header of a catalog check's tables, by id: <c>severity</c>, <c>code</c>, <c>where</c>, <c>what</c>,
    /// <c>credential</c>, <c>earns</c>, <c>notCounted</c>; and <c>catalog</c>, the title of the findings about
    /// the catalog as a whole.
    /// </summary>
    /// <param name="columnId">The column's id.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columnId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columnId"/> is not a column of a catalog check.</exception>
    public string CatalogColumn(string columnId)
    {
        Preconditions.CheckNotNull(columnId);
        return Find("Catalog.Column." + columnId) ?? throw new ArgumentException($"'{PlainText.Escape(columnId)}' is not a column of a catalog check.", nameof(columnId));
    }

    /// <summary>
    /// The header of a workforce report column, by the column's id: "Status", "Expires on", "Vence el"; a
    /// requirement's shortfall column (<c>missing:total</c>, <c>missing:approved</c>, <c>missing:category:ID</c>)
    /// reads "Missing: clinical".
    /// </summary>
    /// <param name="columnId">The column's id, for example <c>expiresOn</c>.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columnId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columnId"/> is not a column of the reports.</exception>
    public string ColumnHeader(string columnId)
    {
        Preconditions.CheckNotNull(columnId);
        const string missing = "missing:";
        if (columnId.StartsWith(missing, StringComparison.Ordinal))
        {
            string requirement = columnId[missing.Length..];
            string what = requirement switch
            {
                "total" => Get("Column.Missing.Total"),
                "approved" => Get("Column.Missing.Approved"),
                _ when requirement.StartsWith("category:", StringComparison.Ordinal) => Find("Category." + requirement["category:".Length..]) ?? requirement["category:".Length..],
                _ => requirement,
            };
            return Format("Column.Missing", what);
        }
        return Find("Column." + columnId) ?? throw new ArgumentException($"'{PlainText.Escape(columnId)}' is not a column of the reports.", nameof(columnId));
    }

    /// <summary>A count of certifications due soon, as a workforce summary labels it: "Due within 90 days", "Vencen en los próximos 90 días".</summary>
    /// <param name="withinDays">The horizon in days.</param>
    /// <returns>The label.</returns>
    public string DueWithin(int withinDays) => Plural("Column.DueWithin", withinDays == 1, withinDays.ToString("0", Culture));

    /// <summary>Why a certification was not evaluated: no policy for its credential: "No policy for the credential “xyz”.".</summary>
    /// <param name="credentialId">The credential's id as given.</param>
    /// <returns>The sentence, with the id escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credentialId"/> is null.</exception>
    public string NoPolicy(string credentialId)
    {
        Preconditions.CheckNotNull(credentialId);
        return Format("Column.NoPolicy", PlainText.Escape(credentialId));
    }

    /// <summary>A unit's plural name as a column of amounts names it: "AAMA points", "horas de contacto"; a unit the resources do not know by its id.</summary>
    /// <param name="unitId">The unit's id, for example <c>aama-point</c>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public string UnitName(string unitId)
    {
        Preconditions.CheckNotNull(unitId);
        return Find("Unit." + unitId + ".Other") ?? unitId;
    }

    /// <summary>Whose document a rule's source is, as a reader of the details reads it: "the body's own source", "fuente secundaria".</summary>
    /// <param name="authority">The source's authority.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authority"/> is not defined.</exception>
    public string AuthorityName(SourceAuthority authority) => authority switch
    {
        SourceAuthority.Body => Get("Authority.Body"),
        SourceAuthority.Mirror => Get("Authority.Mirror"),
        SourceAuthority.Secondary => Get("Authority.Secondary"),
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, "Unknown source authority."),
    };

    /// <summary>A calendar's name: "Recertification deadlines", or with the person: "Recertification deadlines: E-104".</summary>
    /// <param name="personId">The person's id or name, or null.</param>
    /// <returns>The name.</returns>
    public string CalendarName(string? personId) =>
        personId is null ? Get("Calendar.Name") : Format("Calendar.Name.Person", personId);

    /// <summary>A workforce calendar's name: "Recertification deadlines in the 90 days after March 1, 2026".</summary>
    /// <param name="withinDays">The forecast's horizon in days.</param>
    /// <param name="asOf">The forecast's date.</param>
    /// <returns>The name.</returns>
    public string CalendarName(int withinDays, LocalDate asOf) =>
        Plural("Calendar.Name.Within", withinDays == 1, withinDays.ToString("0", Culture), Date(asOf));

    /// <summary>The category every calendar event carries: "Recertification", "Recertificación".</summary>
    public string CalendarCategory => Get("Calendar.Category");

    /// <summary>A calendar event's title: "E-104: CMA (AAMA) — Expiration date".</summary>
    /// <param name="personId">The person's id or name, or null.</param>
    /// <param name="credential">The credential as its name reads, for example "CMA (AAMA)".</param>
    /// <param name="what">What happens on the day: a next step's or deadline's name.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> or <paramref name="what"/> is null.</exception>
    public string CalendarSummary(string? personId, string credential, string what)
    {
        Preconditions.CheckNotNull(credential);
        Preconditions.CheckNotNull(what);
        return personId is null ? Format("Calendar.Summary", credential, what) : Format("Calendar.Summary.Person", personId, credential, what);
    }

    /// <summary>
    /// A calendar event's description: where the certification stands, the line of the day, and the rule it
    /// comes from last, as the details: "CMA (AAMA): In progress (March 1, 2026). … Rule: aama-cma/expiration".
    /// </summary>
    /// <param name="credential">The credential as its name reads.</param>
    /// <param name="status">The certification's status.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="line">What the day is, from <see cref="NextStepLine"/> or <see cref="Deadline(Deadline)"/>.</param>
    /// <param name="ruleId">The rule the day comes from.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string CalendarDescription(string credential, CertificationStatus status, LocalDate asOf, string line, string ruleId)
    {
        Preconditions.CheckNotNull(credential);
        Preconditions.CheckNotNull(line);
        Preconditions.CheckNotNull(ruleId);
        return Format("Calendar.Description", credential, StatusName(status), Date(asOf), line, ruleId);
    }

    /// <summary>A next step with its date, for a calendar: "Earn the credit, then apply (8 AAMA points): June 30, 2026 (in 4 months)".</summary>
    /// <param name="step">The next step; it must have a date.</param>
    /// <param name="plan">What is still needed.</param>
    /// <param name="policy">The policy, whose unit the need is in.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> has no date.</exception>
    public string NextStepLine(NextStep step, RecertificationPlan plan, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(step);
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(policy);
        if (step.By is not { } by || step.DaysFromAsOf is not { } days)
        {
            throw new ArgumentException("The next step has no date.", nameof(step));
        }
        string what = ActionName(step.Action);
        return step.Action is NextAction.EarnThenApply or NextAction.Reactivate && !plan.IsEmpty
            ? Format("Calendar.Step.Needing", what, Need(plan.Total, policy), Date(by), Days(days))
            : Format("Calendar.Step", what, Date(by), Days(days));
    }

    /// <summary>A reminder's text, some days before an event: "In 30 days: E-104: CMA (AAMA) — Expiration date"; "Today: …".</summary>
    /// <param name="daysBefore">Days before the event, 0 or more.</param>
    /// <param name="summary">The event's title.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public string Reminder(int daysBefore, string summary)
    {
        Preconditions.CheckNotNull(summary);
        string when = Days(daysBefore);
        return Format("Calendar.Reminder", char.ToUpper(when[0], Culture) + when[1..], summary);
    }
}
